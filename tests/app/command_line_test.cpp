#include "app/command_line.h"

#include <catch2/catch.hpp>

TEST_CASE("the command line gives options, or a subcommand with its arguments", "[command-line]") {
    const std::vector<std::string> subs{"validate", "import"};
    SECTION("game options") {
        const auto o = app::parseCommandLine({"--lang", "en", "--db", "/tmp/x.db", "--screenshot", "s.png", "--frames", "7"}, subs);
        CHECK(o.errors.empty());
        CHECK(o.language == "en");
        CHECK(o.database == "/tmp/x.db");
        CHECK(o.screenshot == "s.png");
        CHECK(o.frames == 7);
    }
    SECTION("a subcommand takes the rest") {
        const auto o = app::parseCommandLine({"validate", "questions", "--strict"}, subs);
        CHECK(o.errors.empty());
        CHECK(o.subcommand == "validate");
        CHECK(o.subcommandArgs == std::vector<std::string>{"questions", "--strict"});
    }
    SECTION("mistakes are reported") {
        const auto o = app::parseCommandLine({"--frames", "zero", "--db", "--bogus"}, subs);
        REQUIRE(o.errors.size() == 1); // --db takes "--bogus" as its value
        CHECK(o.errors[0].find("--frames") != std::string::npos);
        CHECK(o.database == "--bogus");
        CHECK(app::parseCommandLine({"--db"}, subs).errors.at(0) == "--db needs a value");
        CHECK(app::parseCommandLine({"vallidate"}, subs).errors.size() == 1);
    }
    SECTION("--screenshot defaults to 5 frames") { CHECK(app::parseCommandLine({"--screenshot", "a.png"}, subs).frames == 5); }
}
