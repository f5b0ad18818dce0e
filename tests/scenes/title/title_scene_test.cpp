#include "scenes/scene_list.h"
#include "support/headless_ui.h"

#include <catch2/catch.hpp>

#include <fstream>

using testing::HeadlessUi;

TEST_CASE("every registered scene draws in both languages with every glyph it needs", "[scenes]") {
    for (const auto language : {game::Language::ZhCN, game::Language::En}) {
        HeadlessUi ui(language);
        for (const auto& entry : scenes::sceneList()) {
            INFO("scene " << scenes::codeOf(entry.id) << " in " << game::languageCode(language));
            ui.open(entry.id);
            ui.step(3); // the atlas is rebuilt when a frame drew text it lacked
            CHECK(ui.topScene() == scenes::codeOf(entry.id));
            CHECK_FALSE(ui.trace().texts().empty());
            CHECK(ui.missingGlyphs().empty());
            CHECK_FALSE(ui.sees("[")); // a missing string key shows as [key]
        }
    }
}

SCENARIO("the title scene offers the game's modes", "[scenes]") {
    HeadlessUi ui;
    ui.open(scenes::SceneId::Title);
    THEN("the title and every mode are shown") {
        CHECK(ui.sees("反诈实战演练"));
        for (const char* mode : {"培训测验", "自主闯关", "知识竞赛", "大厅体验", "组织者"}) {
            INFO(mode);
            REQUIRE(ui.trace().findWidget(mode));
        }
    }
    THEN("modes that are not built yet are disabled and marked, not faked") {
        const auto contest = ui.trace().findWidget("知识竞赛");
        REQUIRE(contest);
        CHECK_FALSE(contest->enabled);
        CHECK(contest->label.find("即将推出") != std::string::npos);
        CHECK_FALSE(ui.click("知识竞赛"));
        CHECK(ui.topScene() == "title");
    }
    WHEN("the settings button is clicked") {
        REQUIRE(ui.click("设置"));
        THEN("the settings scene is on top, and Back returns") {
            CHECK(ui.topScene() == "settings");
            REQUIRE(ui.click("返回"));
            CHECK(ui.topScene() == "title");
        }
    }
    WHEN("quit is clicked") {
        REQUIRE(ui.click("退出"));
        THEN("the stack is empty, which ends the program") { CHECK(ui.stack().empty()); }
    }
}

TEST_CASE("the title scene speaks English with --lang en", "[scenes]") {
    HeadlessUi ui(game::Language::En);
    ui.open(scenes::SceneId::Title);
    CHECK(ui.sees("ScamDrill"));
    CHECK(ui.trace().findWidget("Practice"));
    CHECK_FALSE(ui.sees("反诈实战演练"));
}

TEST_CASE("at the largest text the title screen keeps settings and quit in view", "[scenes]") {
    testing::HeadlessUi ui;
    ui.settings().textSize = game::TextSize::ExtraLarge;
    ui.open(scenes::SceneId::Title);
    ui.step(3);
    for (const char* label : {"组织者", "设置（字号、声音）", "退出"}) {
        INFO(label);
        const auto widget = ui.trace().findWidget(label);
        REQUIRE(widget);
        CHECK(widget->visible);
    }
}
