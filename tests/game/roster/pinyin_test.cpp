#include "game/roster/pinyin.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using game::pinyinInitials;
using game::pinyinInitialVariants;

TEST_CASE("the reading table gives the common toneless reading", "[pinyin]") {
    CHECK(game::mandarinReading(U'张') == "zhang");
    CHECK(game::mandarinReading(U'伟') == "wei");
    CHECK(game::mandarinReading(U'绿') == "lv");
    CHECK(game::mandarinReading(U'一') == "yi");       // U+4E00, first of the block
    CHECK(game::mandarinReading(U'\u9FA5') == "yu");    // 龥, the last GB-era character
    CHECK(game::mandarinReading(U'\u3400') == "qiu");   // Extension A
    CHECK(game::mandarinReading(U'\u9FFF').empty());    // unassigned
    CHECK(game::mandarinReading(U'A').empty());
    CHECK(game::mandarinReading(U'\U00020000').empty()); // Extension B is not in the table
}

TEST_CASE("surname readings only where they differ", "[pinyin]") {
    CHECK(game::surnameReading(U'曾') == "zeng");
    CHECK(game::surnameReading(U'单') == "shan");
    CHECK(game::surnameReading(U'解') == "xie");
    CHECK(game::surnameReading(U'张').empty());
}

TEST_CASE("initials of common Chinese names", "[pinyin]") {
    CHECK(pinyinInitials("张伟") == "zw");
    CHECK(pinyinInitials("李娜") == "ln");
    CHECK(pinyinInitials("王芳") == "wf");
    CHECK(pinyinInitials("欧阳娜娜") == "oynn");
    CHECK(pinyinInitials("张文文") == "zww");
}

SCENARIO("a polyphonic surname is read as a surname only in first place", "[pinyin]") {
    GIVEN("names beginning with 曾, 单 and 解") {
        THEN("the initials use the surname reading") {
            CHECK(pinyinInitials("曾小贤") == "zxx");
            CHECK(pinyinInitials("单田芳") == "stf");
            CHECK(pinyinInitials("解晓东") == "xxd");
        }
        THEN("the variants also offer the common reading, surname reading first") {
            CHECK(pinyinInitialVariants("曾小贤") == std::vector<std::string>{"zxx", "cxx"});
            CHECK(pinyinInitialVariants("单田芳") == std::vector<std::string>{"stf", "dtf"});
        }
    }
    GIVEN("the same character later in the name") {
        THEN("it keeps its common reading") {
            CHECK(pinyinInitials("王曾") == "wc");
            CHECK(pinyinInitialVariants("王曾") == std::vector<std::string>{"wc"});
        }
    }
    GIVEN("a name whose surname has one reading") {
        THEN("there is one variant") { CHECK(pinyinInitialVariants("张伟") == std::vector<std::string>{"zw"}); }
    }
}

TEST_CASE("letters are kept lower-cased, everything else is skipped", "[pinyin]") {
    CHECK(pinyinInitials("Tom李") == "toml");
    CHECK(pinyinInitials("ＴＯＭ 李") == "toml");           // full-width letters and a space
    CHECK(pinyinInitials("阿依古丽·买买提") == "aygl" "mmt"); // the middle dot of minority names
    CHECK(pinyinInitials("张3伟") == "zw");                  // digits are not initials
    CHECK(pinyinInitials("") == "");
    CHECK(pinyinInitials("\xFF\xFE") == "");                  // malformed bytes do not crash
    CHECK(pinyinInitialVariants("") == std::vector<std::string>{""});
}

TEST_CASE("name sounds keep what can be typed", "[pinyin]") {
    const auto sounds = game::nameSounds("单 A-1");
    REQUIRE(sounds.size() == 3);
    CHECK(sounds[0].character == U'单');
    CHECK(sounds[0].readings == std::vector<std::string_view>{"shan", "dan"});
    CHECK(sounds[1].character == U'a');
    CHECK(sounds[1].readings == std::vector<std::string_view>{"a"});
    CHECK(sounds[2].character == U'1');
    CHECK(sounds[2].readings == std::vector<std::string_view>{"1"});
}

TEST_CASE("folding for search", "[pinyin]") {
    CHECK(game::foldForSearch(U'Ｚ') == U'z');
    CHECK(game::foldForSearch(U'９') == U'9');
    CHECK(game::foldForSearch(U'\u3000') == U' ');
    CHECK(game::foldForSearch(U'Q') == U'q');
    CHECK(game::foldForSearch(U'张') == U'张');
}
