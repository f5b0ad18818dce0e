#include "game/import/import_text.h"
#include "game/import/text_decoding.h"

#include <catch2/catch.hpp>

#include "support/fixtures.h"

#include <filesystem>
#include <fstream>
#include <sstream>

using game::TextEncoding;

namespace {

std::string fixture(const std::string& name) { return testing::fixtureBytes("import", name); }

} // namespace

TEST_CASE("every encoding of the same bank decodes to the same UTF-8 text", "[import]") {
    const std::string expected = fixture("bank_utf8.txt");
    REQUIRE(expected.find("反诈知识测试\n一、单项选择题\n") == 0);
    const std::pair<const char*, TextEncoding> cases[] = {
        {"bank_utf8.txt", TextEncoding::Utf8},       {"bank_utf8_bom_crlf.txt", TextEncoding::Utf8Bom},
        {"bank_gbk_crlf.txt", TextEncoding::Gb18030}, {"bank_utf16le.txt", TextEncoding::Utf16Le},
        {"bank_utf16be.txt", TextEncoding::Utf16Be},  {"bank_cr_only.txt", TextEncoding::Utf8},
    };
    for (const auto& [name, encoding] : cases) {
        INFO(name);
        const auto decoded = game::decodeText(fixture(name));
        CHECK(decoded.encoding == encoding);
        CHECK(decoded.text == expected);
    }
}

TEST_CASE("the GBK CRLF bank parses like the UTF-8 one", "[import]") {
    const auto decoded = game::decodeText(fixture("bank_gbk_crlf.txt"));
    const auto result = game::parseQuestionText(decoded.text);
    REQUIRE(result.items.size() == 5);
    CHECK(result.items[0]["prompt"] == "接到自称“公安局”的电话，要你把钱转到“安全账户”，应该（  ）。");
    CHECK(result.items[1]["options"].size() == 3);
    CHECK(result.items[2]["answer"] == nlohmann::json{"A", "B"});
    CHECK(result.items[3]["answer"] == false);
    CHECK(result.items[4]["answer"] == true);
    REQUIRE(result.notes.size() == 1); // the title line
    CHECK(result.notes[0].line == 1);
}

TEST_CASE("bytes in no known encoding give a DecodeError naming the byte", "[import]") {
    // 0x80 is neither UTF-8 nor the first byte of a GB18030 character.
    CHECK_THROWS_AS(game::decodeText("abc\x80"), game::DecodeError);
    CHECK_THROWS_WITH(game::decodeText("abc\x80"), Catch::Contains("byte 3"));
    // GBK cut in the middle of a character.
    CHECK_THROWS_WITH(game::decodeText("ab\xB7"), Catch::Contains("middle of a character"));
    // UTF-16 with an odd byte count.
    CHECK_THROWS_AS(game::decodeText("\xFF\xFE\x41"), game::DecodeError);
}

TEST_CASE("line ends: CRLF and lone CR become LF", "[import]") {
    CHECK(game::normaliseLineEnds("a\r\nb\rc\n\r\n") == "a\nb\nc\n\n");
    CHECK(game::decodeText("\xEF\xBB\xBFx\r\ny").text == "x\ny");
    CHECK(std::string(game::encodingName(TextEncoding::Gb18030)) == "GB18030/GBK");
}

TEST_CASE("UTF-16 surrogate pairs decode to one character", "[import]") {
    // U+1F600 in UTF-16LE after a BOM.
    const auto decoded = game::decodeText(std::string("\xFF\xFE\x3D\xD8\x00\xDE", 6));
    CHECK(decoded.text == "\xF0\x9F\x98\x80");
}
