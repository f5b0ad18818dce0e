#include "app/import_command.h"
#include "game/bank/bank_validator.h"
#include "game/import/import_bank.h"
#include "support/headless_ui.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

fs::path fixture(const std::string& name) { return fs::path(SCAMDRILL_TEST_DATA) / "import" / name; }

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

// Runs `scamdrill import ARGS...` in-process, capturing what it prints.
struct ImportRun {
    int status = -1;
    std::string out;
    std::string err;
};
ImportRun runImport(const std::vector<std::string>& args) {
    std::ostringstream out;
    std::ostringstream err;
    auto* oldOut = std::cout.rdbuf(out.rdbuf());
    auto* oldErr = std::cerr.rdbuf(err.rdbuf());
    ImportRun run;
    run.status = app::runImportCommand(args);
    std::cout.rdbuf(oldOut);
    std::cerr.rdbuf(oldErr);
    run.out = out.str();
    run.err = err.str();
    return run;
}

} // namespace

TEST_CASE("bank ids come from the prefix or file name in lower-case ASCII", "[import]") {
    CHECK(game::bankIdFrom("Fraud Quiz 2024") == "fraud-quiz-2024");
    CHECK(game::bankIdFrom("反诈题库") == "imported");
    CHECK(game::bankIdFrom("反诈-police_bank") == "police_bank");
    CHECK(game::bankIdFrom("--a--b--") == "a-b");
}

SCENARIO("an imported bank gets ids and the fields its input lacked", "[import]") {
    GIVEN("items read from text, one with an explanation and one without") {
        game::ImportedItems read;
        read.items = json::array({
            {{"kind", "truefalse"}, {"prompt", "p1"}, {"answer", true}, {"explanation", "e1"}},
            {{"kind", "single"}, {"prompt", "p2"}, {"options", {{{"key", "A"}, {"text", "a"}}, {{"key", "B"}, {"text", "b"}}}},
             {"answer", {"B"}}, {"difficulty", 3}, {"audience", {"elderly"}}, {"fraud_type", "fake_police"}},
        });
        read.itemLines = {4, 9};
        WHEN("the bank is assembled with a fraud type") {
            const auto bank = game::assembleBank(read, {"quiz", "测验", "fake_police", "imported from quiz.txt"});
            THEN("ids are numbered, defaults filled in and gaps reported") {
                CHECK(bank["format"] == "scamdrill-bank");
                CHECK(bank["version"] == 1);
                CHECK(bank["revision"] == 1);
                CHECK(bank["fraud_type"] == "fake_police");
                CHECK(bank["source"] == "imported from quiz.txt");
                REQUIRE(bank["items"].size() == 2);
                const auto& first = bank["items"][0];
                CHECK(first["id"] == "quiz.001");
                CHECK(first["difficulty"] == 1);
                CHECK(first["audience"] == json{"resident"});
                CHECK(first["points"] == 5);
                CHECK(first["red_flags"] == json::array());
                const auto& second = bank["items"][1];
                CHECK(second["id"] == "quiz.002");
                CHECK(second["explanation"] == std::string(game::kMissingExplanation));
                CHECK(second["difficulty"] == 3);
                CHECK_FALSE(second.contains("fraud_type")); // the same as the bank's
                REQUIRE(read.notes.size() == 2);
                CHECK(read.notes[0].line == 9);
                CHECK_THAT(read.notes[0].message, Catch::Contains("quiz.002 has no explanation"));
                CHECK_THAT(read.notes[1].message, Catch::StartsWith("2 item(s) have no red flags"));
                AND_THEN("the bank passes the validator") {
                    const auto problems = game::validateBankText(bank.dump(2), "quiz.json");
                    for (const auto& p : problems) INFO(game::formatProblem(p));
                    CHECK(game::countErrors(problems) == 0);
                }
            }
        }
    }
}

TEST_CASE("every fixture imports into a bank that passes validate", "[import]") {
    const std::pair<const char*, size_t> cases[] = {
        {"bank_utf8.txt", 5}, {"bank_gbk_crlf.txt", 5}, {"bank_utf16le.txt", 5}, {"runs.docx", 5},
        {"quoted.csv", 2},    {"sheet_gbk.csv", 2},     {"rich.xlsx", 2},
    };
    for (const auto& [name, count] : cases) {
        INFO(name);
        auto file = game::importQuestionFile(fixture(name));
        const auto bank = game::assembleBank(file.read, {"fixture", "fixture", "", ""});
        CHECK(bank["items"].size() == count);
        const auto problems = game::validateBankText(bank.dump(2), std::string(name) + ".json");
        for (const auto& p : problems)
            if (p.severity == game::Severity::Error) FAIL_CHECK(game::formatProblem(p));
    }
}

TEST_CASE("scamdrill import writes a valid bank and lists what it could not read", "[import]") {
    testing::TempFolder folder;
    const auto out = folder.path() / "bank.json";
    const auto run = runImport({fixture("runs.docx").string(), "-o", out.string(), "--fraud-type", "冒充公检法",
                                "--id-prefix", "police-quiz", "--title", "反诈测验"});
    INFO(run.out << run.err);
    CHECK(run.status == 0);
    CHECK_THAT(run.out, Catch::Contains("5 item(s): 2 single, 1 multi, 2 truefalse"));
    CHECK_THAT(run.out, Catch::Contains("runs.docx:1: not imported: not read: \"反诈知识测试\""));
    CHECK_THAT(run.out, Catch::Contains("runs.docx:18: not imported"));
    CHECK_THAT(run.out, Catch::Contains("validate: 0 error(s)"));
    const json bank = json::parse(readFile(out));
    CHECK(bank["id"] == "police-quiz");
    CHECK(bank["title"] == "反诈测验");
    CHECK(bank["fraud_type"] == "fake_police");
    CHECK(bank["items"][4]["id"] == "police-quiz.005");
    CHECK_THAT(bank["source"].get<std::string>(), Catch::Contains("runs.docx"));
    const auto problems = game::validateBankText(readFile(out), out.string());
    CHECK(game::countErrors(problems) == 0);
}

TEST_CASE("scamdrill import exit codes: 1 for unreadable or empty input, 2 for usage", "[import]") {
    testing::TempFolder folder;
    const auto out = (folder.path() / "out.json").string();
    const auto truncated = runImport({fixture("truncated.docx").string(), "-o", out});
    CHECK(truncated.status == 1);
    CHECK_THAT(truncated.err, Catch::Contains("truncated.docx: not a readable .docx"));
    const auto noColumn = runImport({fixture("missing_column.csv").string(), "-o", out});
    CHECK(noColumn.status == 1);
    CHECK_THAT(noColumn.out, Catch::Contains("missing_column.csv:1: not imported: the header row has no 答案"));
    CHECK_THAT(noColumn.err, Catch::Contains("nothing written"));
    CHECK_FALSE(fs::exists(out));
    CHECK(runImport({(folder.path() / "missing.txt").string(), "-o", out}).status == 1);
    CHECK(runImport({fixture("bank_utf8.txt").string(), "-o", out, "--fraud-type", "no-such-type"}).status == 2);
    CHECK(runImport({fixture("bank_utf8.txt").string()}).status == 2);
    CHECK(runImport({"-o", out}).status == 2);
    CHECK(runImport({fixture("bank_utf8.txt").string(), "-o", out, "--bogus"}).status == 2);
    const auto wrongType = runImport({(folder.path() / "bank.pdf").string(), "-o", out});
    CHECK(wrongType.status == 1);
    CHECK_THAT(wrongType.err, Catch::Contains("use .txt, .docx, .csv or .xlsx"));
}
