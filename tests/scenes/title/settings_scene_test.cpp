#include "support/headless_ui.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using testing::HeadlessUi;

SCENARIO("an elderly player makes the text extra large", "[scenes]") {
    HeadlessUi ui;
    ui.open(scenes::SceneId::Settings);
    const float before = ui.fontPixels();
    REQUIRE(before > 0);
    WHEN("extra large is picked") {
        REQUIRE(ui.click("特大"));
        ui.step(2);
        THEN("the setting changes, the fonts grow and the choice is kept on disk") {
            CHECK(ui.settings().textSize == game::TextSize::ExtraLarge);
            CHECK(ui.fontPixels() > before * 1.5f);
            std::ifstream in(ui.folder() / "settings.json");
            std::stringstream text;
            text << in.rdbuf();
            CHECK(text.str().find("extra_large") != std::string::npos);
            game::SettingsFile again(ui.folder() / "settings.json");
            CHECK(again.load().textSize == game::TextSize::ExtraLarge);
        }
    }
    WHEN("mute is picked") {
        REQUIRE(ui.click("静音"));
        THEN("sound is off") { CHECK(ui.settings().muted); }
    }
    WHEN("Escape is pressed") {
        ui.key("Escape");
        THEN("the scene closes") { CHECK(ui.stack().empty()); }
    }
}

TEST_CASE("a settings file that cannot be written is reported, not fatal", "[scenes]") {
    HeadlessUi ui;
    // Make the settings path a folder, so writing the file fails.
    std::filesystem::create_directories(ui.folder() / "settings.json");
    ui.open(scenes::SceneId::Settings);
    REQUIRE(ui.click("大"));
    ui.step(2);
    CHECK(ui.settings().textSize == game::TextSize::Large);
    CHECK(ui.sees("设置没能保存"));
    CHECK(ui.sees("settings.json"));
    REQUIRE(ui.click("知道了"));
    CHECK_FALSE(ui.sees("设置没能保存"));
    CHECK(ui.topScene() == "settings");
}

SCENARIO("an organiser changes the local anti-fraud line", "[scenes]") {
    HeadlessUi ui;
    ui.open(scenes::SceneId::Region);
    REQUIRE(ui.sees("023-79332042"));
    WHEN("a new local line is typed and saved") {
        REQUIRE(ui.click("本地反诈热线"));
        for (int i = 0; i < 12; ++i) ui.key("Backspace");
        ui.type("0999-1234567");
        REQUIRE(ui.click("保存"));
        THEN("the setting holds it and it is kept on disk") {
            CHECK(ui.settings().region.localLine == "0999-1234567");
            CHECK(game::SettingsFile(ui.folder() / "settings.json").load().region.localLine == "0999-1234567");
            CHECK(ui.sees("已保存"));
        }
    }
}
