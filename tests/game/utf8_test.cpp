#include "game/utf8.h"

#include <catch2/catch.hpp>

TEST_CASE("UTF-8 round trips Chinese and rejects broken bytes", "[utf8]") {
    const std::string text = "反诈 A1";
    const auto cps = game::decodeUtf8(text);
    REQUIRE(cps.size() == 5);
    CHECK(cps[0] == U'反');
    std::string back;
    for (char32_t c : cps) back += game::encodeUtf8(c);
    CHECK(back == text);
    CHECK(game::isValidUtf8(text));
    CHECK_FALSE(game::isValidUtf8("\xD5\xC5\xCE\xB0")); // 张伟 in GBK
    CHECK_FALSE(game::isValidUtf8("\xC0\xAF"));         // overlong
    CHECK(game::decodeUtf8("\xE5\x8F")[0] == 0xFFFD);    // truncated
}
