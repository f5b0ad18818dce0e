#include "game/bank/json_positions.h"

#include <catch2/catch.hpp>

TEST_CASE("positions of values, of missing fields' parents and of repeated keys", "[bank]") {
    const std::string text = "{\"a\": [1, {\"b\": \"文字\", \"c/d\": true}],\n \"e\": {\"f\": 2, \"f\": 3}}";
    const auto located = game::JsonPositions::locate(text, {"/a/1/c~1d", "/a/1/missing", "/e/f"});
    CHECK(located.find("/a/1/c~1d").line == 1);
    CHECK(located.find("/a/1/c~1d").column == 30); // characters, not bytes: 文字 counts 2
    CHECK(located.find("/a/1/missing").column == 11); // falls back to the object it belongs in
    CHECK(located.find("/e/f").line == 2);
    CHECK(located.find("/nowhere").line == 1);

    const auto scanned = game::JsonPositions::scan(text);
    REQUIRE(scanned.duplicateKeys().size() == 1);
    CHECK(scanned.duplicateKeys()[0].pointer == "/e/f");
    CHECK(scanned.duplicateKeys()[0].position.line == 2);
    CHECK(scanned.duplicateKeys()[0].position.column == 16);
}

TEST_CASE("offsets become lines and character columns", "[bank]") {
    const std::string text = "ab\n中c";
    CHECK(game::positionOfOffset(text, 0).column == 1);
    CHECK(game::positionOfOffset(text, 3).line == 2);
    CHECK(game::positionOfOffset(text, 6).column == 2); // after the three bytes of 中
    CHECK(game::escapePointerToken("a/b~c") == "a~1b~0c");
}
