// The harness itself: typing, glyphs added at run time, scripts run headless.
#include "scenes/scene.h"
#include "scenes/scene_stack.h"
#include "scenes/automation/script_runner.h"
#include "scenes/ui.h"
#include "support/headless_ui.h"

#include <catch2/catch.hpp>

#include <set>
#include <stdexcept>

using testing::HeadlessUi;

namespace {
// A scene with a name field, as sign-in will have.
class NameFieldScene : public scenes::Scene {
public:
    void draw(scenes::SceneStack& stack) override {
        scenes::ui::beginScreen("##name-field");
        scenes::ui::text("请输入姓名");
        scenes::ui::inputText("姓名##name", m_name);
        if (scenes::ui::button("确定##ok") || scenes::ui::keyPressed(ImGuiKey_Enter)) m_confirmed = m_name;
        if (scenes::ui::button("出错##fail")) throw std::runtime_error("数据库被锁定");
        if (const int d = scenes::ui::digitPressed()) m_digit = d;
        if (scenes::ui::button("关闭##close")) stack.pop();
        scenes::ui::endScreen();
    }
    [[nodiscard]] scenes::SceneId id() const override { return scenes::SceneId::Settings; } // a stand-in: any id
    std::string m_name, m_confirmed;
    int m_digit = 0;
};

NameFieldScene* openNameField(HeadlessUi& ui) {
    auto scene = std::make_unique<NameFieldScene>();
    auto* raw = scene.get();
    ui.stack().push(std::move(scene));
    ui.step(2);
    return raw;
}
} // namespace

TEST_CASE("typed Chinese reaches a field and gets glyphs the atlas lacked", "[harness]") {
    HeadlessUi ui;
    auto* scene = openNameField(ui);
    REQUIRE(ui.click("姓名"));
    ui.type("鑫淼");           // characters no string table uses
    CHECK(scene->m_name == "鑫淼");
    ui.step(2);                // the atlas is rebuilt between frames
    CHECK(ui.sees("鑫淼"));
    CHECK(ui.missingGlyphs().empty());
    ui.key("Enter");
    CHECK(scene->m_confirmed == "鑫淼");
}

TEST_CASE("number keys reach a scene when no field has focus", "[harness]") {
    HeadlessUi ui;
    auto* scene = openNameField(ui);
    ui.key("3");
    CHECK(scene->m_digit == 3);
}

TEST_CASE("an error a scene throws is shown in the one popup and the scene stays", "[harness]") {
    HeadlessUi ui;
    openNameField(ui);
    REQUIRE(ui.click("出错"));
    ui.step(2);
    CHECK(ui.sees("数据库被锁定"));
    CHECK(ui.stack().size() == 1);
    CHECK(ui.sees("请输入姓名"));
}

namespace {
// A scene whose every frame fails (a database that stays locked), and that counts how often it is back on top.
class FailingScene : public scenes::Scene {
public:
    void draw(scenes::SceneStack&) override {
        scenes::ui::beginScreen("##failing");
        scenes::ui::text("每帧都出错");
        scenes::ui::endScreen();
        if (m_fail) throw std::runtime_error("数据库被锁定");
    }
    void resumed() override { ++m_resumed; }
    [[nodiscard]] scenes::SceneId id() const override { return scenes::SceneId::Settings; } // a stand-in: any id
    int m_resumed = 0;
    bool m_fail = true;
};
} // namespace

TEST_CASE("a scene that fails on every frame is reported once, not once per frame", "[harness]") {
    HeadlessUi ui;
    auto failing = std::make_unique<FailingScene>();
    auto* raw = failing.get();
    ui.stack().push(std::move(failing));
    ui.step(10);
    REQUIRE(ui.sees("数据库被锁定"));
    raw->m_fail = false; // the database is free again
    REQUIRE(ui.click("知道了"));
    ui.step(3);
    CHECK_FALSE(ui.sees("数据库被锁定"));
}

TEST_CASE("a scene hears when it is on top again after the scenes above it closed", "[harness]") {
    HeadlessUi ui;
    auto below = std::make_unique<FailingScene>();
    auto* raw = below.get();
    raw->m_fail = false;
    ui.stack().push(std::move(below));
    ui.stack().applyPending();
    CHECK(raw->m_resumed == 0); // opening is not coming back
    openNameField(ui);
    CHECK(raw->m_resumed == 0);
    REQUIRE(ui.click("关闭"));
    ui.step(1);
    CHECK(raw->m_resumed == 1);
}

TEST_CASE("a UI script runs against headless frames and reports the failing line", "[harness]") {
    HeadlessUi ui;
    openNameField(ui);
    scenes::UiDriver driver;
    auto run = [&](const char* text) {
        scenes::ScriptRunner runner(game::parseUiScript(text), "t.txt", driver, {});
        for (int frame = 0; frame < 400 && runner.state() == scenes::ScriptRunner::State::Running; ++frame) {
            driver.beforeFrame(ImGui::GetIO());
            ui.step(1);
            runner.afterFrame(ui.trace());
        }
        return runner;
    };
    SECTION("a passing script") {
        const auto runner = run("expect 请输入姓名\nclick 姓名\ntype 王芳\nexpect 王芳\nclick 确定\n");
        CHECK(runner.state() == scenes::ScriptRunner::State::Passed);
    }
    SECTION("a failing expect names the line and what was on screen") {
        const auto runner = run("# comment\n\nexpect 不存在的字\n");
        CHECK(runner.state() == scenes::ScriptRunner::State::Failed);
        CHECK(runner.failure().find("t.txt line 3") != std::string::npos);
        CHECK(runner.failure().find("请输入姓名") != std::string::npos);
    }
    SECTION("a click on a missing widget fails") {
        const auto runner = run("click 没有这个按钮\n");
        CHECK(runner.state() == scenes::ScriptRunner::State::Failed);
        CHECK(runner.failure().find("no widget") != std::string::npos);
    }
}

namespace {
// A scene with a long list in a child window, as the scenario list has.
class LongListScene : public scenes::Scene {
public:
    void draw(scenes::SceneStack&) override {
        scenes::ui::beginScreen("##long-list");
        ImGui::BeginChild("##list", ImVec2(0, 200), true);
        for (int i = 0; i < 40; ++i)
            if (scenes::ui::selectable("第" + std::to_string(i) + "行##row" + std::to_string(i), false)) m_picked = i;
        ImGui::EndChild();
        scenes::ui::endScreen();
    }
    [[nodiscard]] scenes::SceneId id() const override { return scenes::SceneId::Settings; } // a stand-in: any id
    int m_picked = -1;
};
} // namespace

TEST_CASE("a row out of view is scrolled to with the wheel before it is clicked", "[harness]") {
    HeadlessUi ui;
    auto scene = std::make_unique<LongListScene>();
    auto* raw = scene.get();
    ui.stack().push(std::move(scene));
    ui.step(2);
    const auto row = ui.trace().findWidget("第35行");
    REQUIRE(row);
    CHECK_FALSE(row->visible);
    REQUIRE(ui.click("第35行"));
    CHECK(raw->m_picked == 35);
}

TEST_CASE("every scene id has its own code", "[harness]") {
    std::set<std::string_view> codes;
    for (int i = 0; i <= static_cast<int>(scenes::SceneId::Region); ++i) {
        const auto code = scenes::codeOf(static_cast<scenes::SceneId>(i));
        CHECK_FALSE(code.empty());
        CHECK(codes.insert(code).second);
    }
    CHECK(codes.size() == 16);
}
