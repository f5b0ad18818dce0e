#include "game/bank/bank_validator.h"
#include "game/import/import_bank.h"

#include <catch2/catch.hpp>

#include <filesystem>

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

fs::path fixture(const std::string& name) { return fs::path(SCAMDRILL_TEST_DATA) / "import" / name; }

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
