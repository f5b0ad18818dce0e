// scamdrill import, run in-process through the command line.
#include "game/bank/bank_validator.h"
#include "support/program_run.h"
#include "support/temp_folder.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
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

// Runs `scamdrill import ARGS...`.
testing::ProgramRun runImport(std::vector<std::string> args) {
    args.insert(args.begin(), "import");
    return testing::runInProcess(args);
}

} // namespace

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
