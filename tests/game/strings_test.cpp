#include "game/strings.h"
#include "support/temp_folder.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

using game::Language;

TEST_CASE("both string tables have the same keys and no empty text") {
    const auto zh = game::StringTable::load(testing::builtInAssets(), Language::ZhCN);
    const auto en = game::StringTable::load(testing::builtInAssets(), Language::En);
    REQUIRE(zh.entries().size() > 10);
    for (const auto& [key, text] : zh.entries()) {
        INFO(key);
        CHECK(en.has(key));
        CHECK_FALSE(text.empty());
    }
    for (const auto& [key, text] : en.entries()) {
        INFO(key);
        CHECK(zh.has(key));
        CHECK_FALSE(text.empty());
    }
}

TEST_CASE("every string key the code uses is in the tables") {
    const auto zh = game::StringTable::load(testing::builtInAssets(), Language::ZhCN);
    const std::filesystem::path root = std::filesystem::path(SCAMDRILL_TEST_DATA).parent_path().parent_path();
    const std::regex use(R"re(\.(?:get|format)\("([a-z_]+\.[a-z_.]+)")re");
    const std::regex constant(R"re("((?:title|settings|common|error|startup|unit|role|session|quiz|results)\.[a-z_.]+)")re");
    int uses = 0;
    for (const char* folder : {"scenes", "app"}) {
        for (const auto& entry : std::filesystem::recursive_directory_iterator(root / folder)) {
            if (entry.path().extension() != ".cpp") continue;
            std::ifstream in(entry.path());
            std::stringstream text;
            text << in.rdbuf();
            const std::string source = text.str();
            for (const auto* re : {&use, &constant}) {
                for (std::sregex_iterator it(source.begin(), source.end(), *re), end; it != end; ++it) {
                    const std::string key = (*it)[1].str();
                    if (key.find(".json") != std::string::npos) continue; // a file name
                    if (key.back() == '.') {                               // a prefix: "unit.kind." + code
                        bool any = false;
                        for (const auto& [k, v] : zh.entries()) any |= k.rfind(key, 0) == 0;
                        CHECK(any);
                        continue;
                    }
                    INFO(entry.path().filename().string() << ": " << (*it)[1].str());
                    CHECK(zh.has((*it)[1].str()));
                    ++uses;
                }
            }
        }
    }
    CHECK(uses > 10);
}

TEST_CASE("a missing key shows itself in brackets") {
    const game::StringTable table(std::map<std::string, std::string>{{"a.b", "x"}});
    CHECK(table.get("a.b") == "x");
    CHECK(table.get("no.such") == "[no.such]");
}

TEST_CASE("format fills numbered places") {
    const game::StringTable table(std::map<std::string, std::string>{{"k", "{0} 和 {1}，还是 {0}"}});
    CHECK(table.format("k", {"甲", "乙"}) == "甲 和 乙，还是 甲");
}

SCENARIO("the language comes from --lang, then the environment, else Chinese") {
    GIVEN("no --lang and an English locale") {
        auto env = [](const char* name) -> std::string_view { return std::string_view(name) == "LANG" ? "en_US.UTF-8" : ""; };
        THEN("English is chosen") { CHECK(game::chooseLanguage("", env) == Language::En); }
        THEN("--lang wins") { CHECK(game::chooseLanguage("zh-CN", env) == Language::ZhCN); }
    }
    GIVEN("a C locale") {
        auto env = [](const char* name) -> std::string_view { return std::string_view(name) == "LANG" ? "C.UTF-8" : ""; };
        THEN("Chinese is the default") { CHECK(game::chooseLanguage("", env) == Language::ZhCN); }
    }
    GIVEN("SCAMDRILL_LANG set") {
        auto env = [](const char* name) -> std::string_view {
            if (std::string_view(name) == "SCAMDRILL_LANG") return "en";
            return std::string_view(name) == "LANG" ? "zh_CN.UTF-8" : "";
        };
        THEN("it wins over LANG") { CHECK(game::chooseLanguage("", env) == Language::En); }
    }
    THEN("near misses are not English") {
        CHECK(game::parseLanguage("eng") == Language::ZhCN);
        CHECK(game::parseLanguage("EN") == Language::En);
    }
}
