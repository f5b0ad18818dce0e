// The organiser's entry and the players' list of open sessions.
#include "support/session_fixtures.h"

#include <catch2/catch.hpp>

using testing::HeadlessUi;

SCENARIO("the organiser scene leads to units, sessions and the bank report", "[session-scenes]") {
    HeadlessUi ui;
    ui.open(scenes::SceneId::Title);
    REQUIRE(ui.click("组织者"));
    REQUIRE(ui.topScene() == "organiser");
    CHECK(ui.sees("组织者"));
    const auto& banks = ui.services().banks;
    CHECK(ui.trace().findWidget("题库检查（已载入 " + std::to_string(banks.banks.size()) + " 个题库，跳过 "
                                + std::to_string(banks.skipped.size()) + " 处）"));
    for (const auto& [button, scene] : std::vector<std::pair<std::string, std::string>>{
             {"单位与人员", "units"}, {"培训场次", "manage-sessions"}, {"题库检查", "bank-report"}}) {
        INFO(button);
        REQUIRE(ui.click(button));
        CHECK(ui.topScene() == scene);
        REQUIRE(ui.click("返回"));
        CHECK(ui.topScene() == "organiser");
    }
    ui.key("Escape");
    CHECK(ui.topScene() == "title");
}

SCENARIO("players see every open session, and only those", "[session-scenes]") {
    HeadlessUi ui;
    ui.open(scenes::SceneId::OpenSessions);
    CHECK(ui.sees("现在没有开放签到的培训"));
    GIVEN("two open sessions and a draft") {
        const auto roster = testing::addRoster(ui.store(), "城东小学", {{"张伟", "2024001"}});
        const auto village = testing::addRoster(ui.store(), "河西村", {{"李大爷", ""}});
        (void)testing::openSession(ui, roster.unit, "十一月反诈测验", testing::fixedDrillRules(false));
        (void)testing::openSession(ui, village.unit, "老年人防骗讲座", testing::fixedDrillRules(true));
        game::TrainingSession draft;
        draft.title = "还没开放的培训";
        draft.unit = roster.unit;
        draft.paperRules = testing::fixedDrillRules(false);
        (void)ui.store().createSession(draft);
        ui.open(scenes::SceneId::OpenSessions); // the list reads the sessions when it opens
        THEN("the open ones are listed with their unit and place, the draft is not") {
            const auto first = ui.trace().findWidget("十一月反诈测验");
            REQUIRE(first);
            CHECK(first->label.find("城东小学") != std::string::npos);
            CHECK(first->label.find("三楼机房") != std::string::npos);
            const auto second = ui.trace().findWidget("老年人防骗讲座");
            REQUIRE(second);
            CHECK(second->label.find("河西村") != std::string::npos);
            CHECK_FALSE(ui.sees("还没开放的培训"));
            CHECK_FALSE(ui.sees("现在没有开放签到的培训"));
            CHECK(ui.missingGlyphs().empty());
        }
        WHEN("one is clicked") {
            REQUIRE(ui.click("老年人防骗讲座"));
            THEN("its sign-in opens, with its roster") {
                CHECK(ui.topScene() == "sign-in");
                CHECK(ui.sees("老年人防骗讲座"));
                CHECK(ui.trace().findWidget("李大爷"));
                CHECK_FALSE(ui.trace().findWidget("张伟"));
            }
        }
    }
}
