#include "game/roster/roster_search.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using game::RosterEntry;
using game::RosterMatch;
using game::searchRoster;

namespace {
const std::vector<RosterEntry> kRoster{
    {1, "张伟", "2023001"},      // 0
    {2, "李娜", "2023002"},      // 1
    {3, "王芳", "13800138000"},  // 2
    {4, "张文文", "2023004"},    // 3
    {5, "欧阳娜娜", "2023005"},  // 4
    {6, "曾小贤", "2023006"},    // 5
    {7, "单田芳", "2023007"},    // 6
    {8, "Tom李", "A-108"},       // 7
    {9, "周杰", ""},             // 8
    {10, "赵张伟", "2023010"},   // 9
};

std::vector<std::string> namesFound(std::string_view query, size_t limit = 100) {
    std::vector<std::string> names;
    for (const size_t i : searchRoster(kRoster, query, limit)) names.push_back(kRoster.at(i).name);
    return names;
}

std::optional<RosterMatch> match(std::string_view name, std::string_view number, std::string_view query) {
    return game::matchRosterEntry(RosterEntry{0, std::string(name), std::string(number)}, query);
}
} // namespace

SCENARIO("searching the roster by pinyin initials", "[pinyin]") {
    GIVEN("a roster with 张伟, 张文文, 周杰 and 赵张伟") {
        THEN("zw finds the people whose initials start with zw") {
            CHECK(namesFound("zw") == std::vector<std::string>{"张伟", "张文文"});
        }
        THEN("zww finds only 张文文") { CHECK(namesFound("zww") == std::vector<std::string>{"张文文"}); }
        THEN("z finds every Z surname in roster order") {
            CHECK(namesFound("z") == std::vector<std::string>{"张伟", "张文文", "曾小贤", "周杰", "赵张伟"});
        }
        THEN("capitals and full-width letters are the same letters") {
            CHECK(namesFound("ZW") == std::vector<std::string>{"张伟", "张文文"});
            CHECK(namesFound("ＺＷ") == std::vector<std::string>{"张伟", "张文文"});
            CHECK(namesFound(" z w ") == std::vector<std::string>{"张伟", "张文文"});
        }
    }
    GIVEN("surnames read differently from the common reading") {
        THEN("both readings find the person") {
            CHECK(namesFound("zxx") == std::vector<std::string>{"曾小贤"});
            CHECK(namesFound("cxx") == std::vector<std::string>{"曾小贤"});
            CHECK(namesFound("stf") == std::vector<std::string>{"单田芳"});
            CHECK(namesFound("dtf") == std::vector<std::string>{"单田芳"});
            CHECK(namesFound("oynn") == std::vector<std::string>{"欧阳娜娜"});
        }
    }
}

TEST_CASE("full pinyin and mixed spellings find the name", "[pinyin]") {
    CHECK(match("张伟", "", "zhangwei") == RosterMatch::PinyinPrefix);
    CHECK(match("张伟", "", "zhangw") == RosterMatch::PinyinPrefix);
    CHECK(match("张伟", "", "zhwei") == RosterMatch::PinyinPrefix);
    CHECK(match("张伟", "", "张w") == RosterMatch::PinyinPrefix);
    CHECK(match("单田芳", "", "shantianfang") == RosterMatch::PinyinPrefix);
    CHECK(match("单田芳", "", "dantian") == RosterMatch::PinyinPrefix);
    CHECK_FALSE(match("张伟", "", "zhangwe1"));
    CHECK_FALSE(match("张伟", "", "zhangweix"));
    CHECK_FALSE(match("张伟", "", "wei")); // pinyin is matched from the surname on
}

TEST_CASE("each kind of match is recognised", "[pinyin]") {
    CHECK(match("张伟", "1", "张伟") == RosterMatch::ExactName);
    CHECK(match("张伟", "1", "张") == RosterMatch::NamePrefix);
    CHECK(match("张伟", "1", "zw") == RosterMatch::InitialsPrefix);
    CHECK(match("张伟", "1", "伟") == RosterMatch::NameSubstring);
    CHECK(match("张伟", "2023001", "2023001") == RosterMatch::ExactNumber);
    CHECK(match("张伟", "2023001", "2023") == RosterMatch::NumberPrefix);
    CHECK(match("张伟", "2023001", "001") == RosterMatch::NumberSubstring);
    CHECK(match("Tom Li", "", "tom li") == RosterMatch::ExactName);
    CHECK(match("Tom Li", "", "TOMLI") == RosterMatch::ExactName);
    CHECK_FALSE(match("张伟", "2023001", "李"));
    CHECK_FALSE(match("张伟", "2023001", ""));
}

TEST_CASE("names mixing letters and Han characters", "[pinyin]") {
    CHECK(namesFound("Tom李") == std::vector<std::string>{"Tom李"});
    CHECK(namesFound("tom") == std::vector<std::string>{"Tom李"});
    CHECK(namesFound("toml") == std::vector<std::string>{"Tom李"});
    CHECK(namesFound("tomli") == std::vector<std::string>{"Tom李"});
    CHECK(namesFound("ａ108") == std::vector<std::string>{"Tom李"}); // number A-108, full-width a
}

SCENARIO("results are ranked by how well they match", "[pinyin]") {
    GIVEN("张伟 (exact), 张伟伟 (prefix), 赵张伟 (substring) and a 张伟-like number") {
        const std::vector<RosterEntry> roster{
            {1, "赵张伟", "1"}, {2, "张伟伟", "2"}, {3, "张伟", "3"}, {4, "郑文", "4"}, {5, "张伟", "5"},
        };
        WHEN("searching 张伟") {
            THEN("exact names come first in roster order, then prefixes, then substrings") {
                CHECK(searchRoster(roster, "张伟", 10) == std::vector<size_t>{2, 4, 1, 0});
            }
        }
        WHEN("searching zw") {
            THEN("initials matches keep roster order") {
                CHECK(searchRoster(roster, "zw", 10) == std::vector<size_t>{1, 2, 3, 4});
            }
        }
        WHEN("searching zhangw") {
            THEN("only names spelled from the start match") {
                CHECK(searchRoster(roster, "zhangw", 10) == std::vector<size_t>{1, 2, 4});
            }
        }
    }
    GIVEN("a name spelled with letters and a number containing the same text") {
        const std::vector<RosterEntry> roster{
            {1, "Ann", "x-zw-1"}, {2, "ZW Li", "9"}, {3, "郑文", "7"}, {4, "王张伟", "8"},
        };
        THEN("name prefixes beat initials, and numbers come last") {
            CHECK(searchRoster(roster, "zw", 10) == std::vector<size_t>{1, 2, 0});
        }
    }
    GIVEN("numbers") {
        const std::vector<RosterEntry> roster{
            {1, "甲", "13800138000"}, {2, "乙", "138"}, {3, "丙", "2013800"}, {4, "丁", "139"},
        };
        THEN("exact, then prefix, then substring; spaces and dashes ignored") {
            CHECK(searchRoster(roster, "138", 10) == std::vector<size_t>{1, 0, 2});
            CHECK(searchRoster(roster, "138-0013 8000", 10) == std::vector<size_t>{0});
            CHECK(searchRoster(roster, "１３９", 10) == std::vector<size_t>{3});
        }
    }
}

TEST_CASE("empty queries and limits", "[pinyin]") {
    CHECK(searchRoster(kRoster, "", 3) == std::vector<size_t>{0, 1, 2});
    CHECK(searchRoster(kRoster, "  ", 100).size() == kRoster.size());
    CHECK(searchRoster(kRoster, "z", 2) == std::vector<size_t>{0, 3});
    CHECK(searchRoster(kRoster, "z", 0).empty());
    CHECK(searchRoster(kRoster, "xyz", 10).empty());
    CHECK(searchRoster({}, "zw", 10).empty());
}
