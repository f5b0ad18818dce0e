// The organiser's region setting: a national hotline cannot be left out.
#include "support/session_fixtures.h"

#include <catch2/catch.hpp>

using testing::HeadlessUi;

SCENARIO("an organiser cannot save a region without the national hotlines", "[session-scenes]") {
    HeadlessUi ui;
    ui.open(scenes::SceneId::Region);
    WHEN("the anti-fraud line is emptied and saved") {
        retype(ui, "全国反诈专线", "", 8);
        REQUIRE(ui.click("保存"));
        THEN("it is refused with a message, and the setting and its file keep 96110") {
            CHECK(ui.sees("报警电话和反诈专线不能为空。"));
            CHECK(ui.settings().region.antifraud == "96110");
            CHECK_FALSE(std::filesystem::exists(ui.folder() / "settings.json"));
        }
    }
}
