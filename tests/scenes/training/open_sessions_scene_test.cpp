// The sessions open for sign-in: read when the list opens and when it is on top again.
#include "support/session_fixtures.h"

#include <catch2/catch.hpp>

using testing::HeadlessUi;

SCENARIO("the list of open sessions is read when it opens and when it is back on top", "[session-scenes]") {
    HeadlessUi ui(game::Language::ZhCN, testing::sceneData("banks-quiz"));
    const auto roster = testing::addRoster(ui.store(), "城东小学", {{"张伟", "2024001"}});
    (void)testing::openSession(ui, roster.unit, "十一月反诈测验", testing::fixedDrillRules(false));
    ui.open(scenes::SceneId::OpenSessions);
    THEN("each open session shows its title, unit and place") {
        CHECK(ui.sees("十一月反诈测验  ·  城东小学  ·  "));
        CHECK(ui.sees("  ·  三楼机房"));
    }
    WHEN("the organiser opens another session while the list is up") {
        (void)testing::openSession(ui, roster.unit, "十二月反诈测验", testing::fixedDrillRules(false));
        ui.step(3);
        THEN("the list does not read the records again by itself") { CHECK_FALSE(ui.sees("十二月反诈测验")); }
        AND_WHEN("a player goes into a session and comes back") {
            REQUIRE(ui.click("十一月反诈测验"));
            REQUIRE(ui.topScene() == "sign-in");
            REQUIRE(ui.click("签到结束，返回"));
            THEN("the list, on top again, shows both") {
                CHECK(ui.topScene() == "open-sessions");
                CHECK(ui.sees("十一月反诈测验"));
                CHECK(ui.sees("十二月反诈测验"));
            }
        }
    }
}
