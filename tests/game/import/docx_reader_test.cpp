#include "game/import/docx_numbering.h"
#include "game/import/docx_reader.h"

#include <catch2/catch.hpp>

#include "support/fixtures.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

std::string fixture(const std::string& name) { return testing::fixtureBytes("import", name); }

} // namespace

TEST_CASE("a .docx paragraph's runs, tabs, breaks, symbols and list numbers are read in order", "[import]") {
    const auto paragraphs = game::readDocxParagraphs(fixture("runs.docx"), "runs.docx");
    REQUIRE(paragraphs.size() == 18);
    CHECK(paragraphs[0] == "反诈知识测试");
    CHECK(paragraphs[2] == "1、接到“客服”退款电话，应该（ B ）。");
    CHECK(paragraphs[3] == "A．按对方说的操作\tB．挂断，拨打官方电话核实");
    CHECK(paragraphs[4] == "2. 反诈预警专线是？"); // table cells, one paragraph each
    CHECK(paragraphs[5] == "A. 96110 B. 12345");
    CHECK(paragraphs[6] == "答案：A\n解析：96110 是反诈预警专线。");
    CHECK(paragraphs[8] == "3. 安全账户是骗局。（✓）");
    CHECK(paragraphs[9] == "4. 把验证码告诉“客服”没有风险。");
    CHECK(paragraphs[10] == "   答案：错");
    CHECK(paragraphs[12] == "1.\t下列哪些是诈骗？");
    CHECK(paragraphs[13] == "A.\t刷单返利");
    CHECK(paragraphs[15] == "C.\t银行柜台办业务");
}

TEST_CASE("questions read from a .docx carry paragraph numbers", "[import]") {
    const auto lines = game::paragraphLines(game::readDocxParagraphs(fixture("runs.docx"), "runs.docx"));
    const auto result = game::parseQuestionLines(lines);
    REQUIRE(result.items.size() == 5);
    CHECK(result.itemLines == std::vector<int>{3, 5, 9, 10, 13});
    CHECK(result.items[0]["answer"] == nlohmann::json{"B"});
    CHECK(result.items[1]["explanation"] == "96110 是反诈预警专线。");
    CHECK(result.items[2] == nlohmann::json{{"kind", "truefalse"}, {"prompt", "安全账户是骗局。（  ）"}, {"answer", true}});
    CHECK(result.items[3]["answer"] == false);
    CHECK(result.items[4]["kind"] == "multi");
    CHECK(result.items[4]["options"].size() == 3);
    std::vector<int> noteLines;
    for (const auto& note : result.notes) noteLines.push_back(note.line);
    CHECK(noteLines == std::vector<int>{1, 18});
}

TEST_CASE("broken .docx files give a clear error naming the file", "[import]") {
    CHECK_THROWS_AS(game::readDocxParagraphs(fixture("truncated.docx"), "truncated.docx"), game::ImportError);
    CHECK_THROWS_WITH(game::readDocxParagraphs(fixture("truncated.docx"), "truncated.docx"),
                      Catch::StartsWith("truncated.docx: not a readable .docx"));
    CHECK_THROWS_WITH(game::readDocxParagraphs(fixture("no_document.docx"), "no_document.docx"),
                      Catch::Contains("no word/document.xml"));
    CHECK_THROWS_AS(game::readDocxParagraphs("plain text, not a zip", "notes.docx"), game::ImportError);
}

TEST_CASE("Word list numbering is written out level by level", "[import]") {
    auto numbering = game::DocxNumbering::parse(
        R"(<w:numbering xmlns:w="w">
             <w:abstractNum w:abstractNumId="3">
               <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>
               <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="（%2）"/><w:suff w:val="space"/></w:lvl>
               <w:lvl w:ilvl="2"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>
             </w:abstractNum>
             <w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>
           </w:numbering>)");
    CHECK(numbering.label(5, 0) == "一、");
    CHECK(numbering.label(5, 1) == "（1） ");
    CHECK(numbering.label(5, 1) == "（2） ");
    CHECK(numbering.label(5, 2).empty());
    CHECK(numbering.label(5, 0) == "二、");
    CHECK(numbering.label(5, 1) == "（1） "); // a deeper level restarts under a new parent
    CHECK(numbering.label(9, 0).empty());   // no such list
    CHECK(game::DocxNumbering::parse("not xml <").label(1, 0).empty());
}
