#include "game/import/import_sheet.h"
#include "game/import/text_decoding.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using game::ImportNote;
using nlohmann::json;

namespace {

std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

std::string fixture(const std::string& name) {
    return readFile(std::filesystem::path(SCAMDRILL_TEST_DATA) / "import" / name);
}

std::filesystem::path templatesFolder() {
    return std::filesystem::path(SCAMDRILL_TEST_DATA).parent_path().parent_path() / "questions" / "templates";
}

game::ImportedItems parseCsv(const std::string& bytes) {
    std::vector<ImportNote> notes;
    auto result = game::parseQuestionSheet(game::readCsvRows(game::decodeText(bytes).text, notes));
    result.notes.insert(result.notes.begin(), notes.begin(), notes.end());
    return result;
}

std::vector<std::string> noteTexts(const game::ImportedItems& result) {
    std::vector<std::string> out;
    for (const auto& n : result.notes) out.push_back(std::to_string(n.line) + ": " + n.message);
    return out;
}

} // namespace

TEST_CASE("CSV rows: quoted commas, quotes and line breaks, with line numbers where rows start", "[import]") {
    std::vector<ImportNote> notes;
    const auto rows = game::readCsvRows("a,\"b,1\",\"say \"\"hi\"\"\"\n\"x\ny\",,z\n\nlast", notes);
    CHECK(notes.empty());
    REQUIRE(rows.size() == 4);
    CHECK(rows[0].cells == std::vector<std::string>{"a", "b,1", "say \"hi\""});
    CHECK(rows[1].line == 2);
    CHECK(rows[1].cells == std::vector<std::string>{"x\ny", "", "z"});
    CHECK(rows[2].line == 4);
    CHECK(rows[3].line == 5);
    CHECK(rows[3].cells == std::vector<std::string>{"last"});
    const auto open = game::readCsvRows("a,\"never closed\nb", notes);
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].line == 1);
    CHECK(open.size() == 1);
}

TEST_CASE("the quoted CSV fixture imports with multi-line prompts and explanations", "[import]") {
    const auto result = parseCsv(fixture("quoted.csv"));
    INFO(noteTexts(result).size());
    CHECK(result.notes.empty());
    REQUIRE(result.items.size() == 2);
    CHECK(result.items[0]["prompt"] == "陌生人发来链接，说：\"点开领补贴\"，\n你应该？");
    CHECK(result.items[0]["options"][1]["text"] == "不点，向官方核实, 再决定");
    CHECK(result.items[0]["explanation"] == "补贴不会通过陌生链接发放。\n遇到可疑链接，拨打96110咨询。");
    CHECK(result.items[1]["prompt"] == "多行\n题目\n第三行");
    CHECK(result.itemLines == std::vector<int>{2, 5});
}

TEST_CASE("a GBK CSV with Chinese names for kind, fraud type, difficulty and audience", "[import]") {
    const auto bytes = fixture("sheet_gbk.csv");
    REQUIRE(game::decodeText(bytes).encoding == game::TextEncoding::Gb18030);
    const auto result = parseCsv(bytes);
    CHECK(result.notes.empty());
    REQUIRE(result.items.size() == 2);
    CHECK(result.items[0] == json{{"kind", "single"}, {"prompt", "“领导”加你微信要你转账，怎么办？"},
                                  {"options", {{{"key", "A"}, {"text", "马上转账"}}, {{"key", "B"}, {"text", "当面或电话核实"}}}},
                                  {"answer", {"B"}}, {"fraud_type", "fake_boss"}, {"difficulty", 2},
                                  {"audience", {"finance", "staff"}}});
    CHECK(result.items[1]["kind"] == "truefalse");
    CHECK(result.items[1]["answer"] == false);
    CHECK(result.items[1]["fraud_type"] == "order_brushing");
    CHECK(result.items[1]["audience"] == json{"student"});
}

TEST_CASE("a CSV without an answer column says so on the header's line", "[import]") {
    const auto result = parseCsv(fixture("missing_column.csv"));
    CHECK(result.items.empty());
    REQUIRE(result.notes.size() == 1);
    CHECK(result.notes[0].line == 1);
    CHECK(result.notes[0].level == ImportNote::Level::Skipped);
    CHECK_THAT(result.notes[0].message, Catch::Contains("no 答案 (answer) column"));
}

TEST_CASE("every bad row is reported with its line and the column at fault", "[import]") {
    const auto result = parseCsv(
        "说明：每行一题\n"                                  // 1: before the header
        "题型（必填）,题目,选项A,选项B,选项C,答案,适用人群,难度,备注\n" // 2: 备注 is no template column
        "单选,没有答案,甲,乙,,,居民,1,\n"                    // 3
        "填空,题型不对,甲,乙,,A,,,\n"                        // 4
        "单选,选项有空缺,甲,,丙,A,,,\n"                      // 5
        "判断,判断题却给字母,,,,A,,,\n"                      // 6
        "单选,人群和难度写错,甲,乙,,A,学生、外星人,很难,\n"     // 7
        ",,,,,,,,\n"                                        // 8: empty, ignored
        "多选,好题,甲,乙,丙,\"A,C\",老人,难,x\n");            // 9
    REQUIRE(result.items.size() == 2);
    CHECK(result.itemLines == std::vector<int>{7, 9});
    CHECK(result.items[0]["audience"] == json{"student"});
    CHECK_FALSE(result.items[0].contains("difficulty"));
    CHECK(result.items[1]["answer"] == json{"A", "C"});
    CHECK(result.items[1]["difficulty"] == 3);
    CHECK(result.items[1]["audience"] == json{"elderly"});
    const auto notes = noteTexts(result);
    REQUIRE(notes.size() == 9);
    CHECK_THAT(notes[0], Catch::StartsWith("1: not read"));
    CHECK_THAT(notes[1], Catch::StartsWith("2: column 9 \"备注\" is not a template column"));
    CHECK_THAT(notes[2], Catch::StartsWith("3: row not imported: 答案 (answer) is empty"));
    CHECK_THAT(notes[3], Catch::StartsWith("4: row not imported: 题型 \"填空\""));
    CHECK_THAT(notes[4], Catch::StartsWith("5: row not imported: option B is empty"));
    CHECK_THAT(notes[5], Catch::StartsWith("6: row not imported: it is marked true/false"));
    CHECK_THAT(notes[6], Catch::StartsWith("7: 难度 \"很难\""));
    CHECK_THAT(notes[7], Catch::StartsWith("7: 适用人群 \"外星人\""));
    CHECK_THAT(notes[8], Catch::StartsWith("9: column 9 has no header"));
}

TEST_CASE("an .xlsx with rich text, inline strings, booleans, numbers and gaps", "[import]") {
    const auto rows = game::readXlsxRows(fixture("rich.xlsx"), "rich.xlsx");
    REQUIRE(rows.size() == 3);
    CHECK(rows[1].line == 3);
    CHECK(rows[1].cells[1] == "以下哪个是诈骗？");
    CHECK(rows[1].cells[4].empty()); // no E3 cell
    CHECK(rows[1].cells[6] == "2");
    CHECK(rows[2].line == 5);
    CHECK(rows[2].cells[5] == "TRUE");
    const auto result = game::parseQuestionSheet(rows);
    CHECK(result.notes.empty());
    REQUIRE(result.items.size() == 2);
    CHECK(result.items[0] == json{{"kind", "single"}, {"prompt", "以下哪个是诈骗？"},
                                  {"options", {{{"key", "A"}, {"text", "刷单返利"}}, {{"key", "B"}, {"text", "正常网购"}}}},
                                  {"answer", {"A"}}, {"difficulty", 2}, {"audience", {"elderly", "merchant"}}});
    CHECK(result.items[1] == json{{"kind", "truefalse"}, {"prompt", "96110是反诈专线。"}, {"answer", true}});
}

TEST_CASE("a broken .xlsx gives a clear error", "[import]") {
    CHECK_THROWS_WITH(game::readXlsxRows(fixture("no_document.docx"), "book.xlsx"),
                      Catch::Contains("book.xlsx: the file has no xl/workbook.xml"));
    CHECK_THROWS_WITH(game::readXlsxRows("PK\x03\x04 cut", "cut.xlsx"), Catch::StartsWith("cut.xlsx: not a readable"));
}

TEST_CASE("the shipped .csv and .xlsx templates hold the same sample questions", "[import]") {
    const auto folder = templatesFolder();
    const std::string csvBytes = readFile(folder / "题库模板.csv");
    CHECK(csvBytes.substr(0, 3) == "\xEF\xBB\xBF"); // so Excel opens it as UTF-8
    const auto fromCsv = parseCsv(csvBytes);
    const auto fromXlsx = game::parseQuestionSheet(game::readXlsxRows(readFile(folder / "题库模板.xlsx"), "题库模板.xlsx"));
    CHECK(noteTexts(fromCsv).empty());
    CHECK(noteTexts(fromXlsx).empty());
    REQUIRE(fromCsv.items.size() == 4);
    CHECK(fromCsv.items == fromXlsx.items);
    CHECK(fromCsv.items[0]["fraud_type"] == "fake_police");
    CHECK(fromCsv.items[0]["audience"] == json{"elderly", "resident"});
    CHECK(fromCsv.items[1]["kind"] == "multi");
    CHECK(fromCsv.items[2]["answer"] == false);
    const std::string readme = readFile(folder / "README.md");
    for (const char* column : {"题型", "题目", "选项A", "答案", "解析", "诈骗类型", "难度", "适用人群"}) {
        INFO(column);
        CHECK(readme.find(column) != std::string::npos);
    }
}
