#include "game/atomic_file.h"
#include "game/settings.h"
#include "support/temp_folder.h"

#include <catch2/catch.hpp>

#include <fstream>

SCENARIO("settings are kept between runs", "[settings]") {
    testing::TempFolder folder;
    const auto path = folder.path() / "sub" / "settings.json";
    GIVEN("no file yet") {
        game::SettingsFile file(path);
        THEN("the defaults are used, silently") {
            CHECK(file.load().textSize == game::TextSize::Standard);
            CHECK(file.lastProblem().empty());
        }
        WHEN("settings are saved and loaded again") {
            game::Settings changed;
            changed.textSize = game::TextSize::Large;
            changed.muted = true;
            changed.region.localLine = "023-0000000";
            file.save(changed);
            const auto loaded = game::SettingsFile(path).load();
            THEN("they come back") {
                CHECK(loaded.textSize == game::TextSize::Large);
                CHECK(loaded.muted);
                CHECK(loaded.region.localLine == "023-0000000");
                CHECK_FALSE(std::filesystem::exists(path.string() + ".partial"));
            }
        }
    }
    GIVEN("a damaged file") {
        std::filesystem::create_directories(path.parent_path());
        std::ofstream(path) << "{ text_size: ";
        game::SettingsFile file(path);
        THEN("the defaults are used and the problem names the file") {
            CHECK(file.load().textSize == game::TextSize::Standard);
            CHECK(file.lastProblem().find("settings.json") != std::string::npos);
        }
    }
    THEN("text sizes grow") {
        CHECK(game::textPixels(game::TextSize::Large) > game::textPixels(game::TextSize::Standard));
        CHECK(game::textPixels(game::TextSize::ExtraLarge) > game::textPixels(game::TextSize::Large));
    }
}

TEST_CASE("an atomic write that fails leaves the old file", "[settings]") {
    testing::TempFolder folder;
    const auto path = folder.path() / "a.txt";
    game::writeFileAtomically(path, "old");
    std::filesystem::create_directories(folder.path() / "a.txt.partial"); // the temp name is taken
    CHECK_THROWS_AS(game::writeFileAtomically(path, "new"), game::WriteError);
    std::ifstream in(path);
    std::string text;
    in >> text;
    CHECK(text == "old");
}
