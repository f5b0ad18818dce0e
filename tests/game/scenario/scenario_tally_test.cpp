#include "game/bank/bank_library.h"
#include "game/scenario/scenario_tally.h"
#include "support/temp_folder.h"

#include <catch2/catch.hpp>

SCENARIO("scams stopped and genuine contacts refused are counted apart", "[scenario-run]") {
    const auto library = game::loadBankFolder(testing::builtInQuestions());
    auto answer = [](const char* item, const char* ending) {
        game::AnswerRecord record;
        record.itemId = item;
        record.response = {{"ending", ending}};
        return record;
    };
    GIVEN("two scams (one stopped), two genuine calls (one refused) and a quiz answer") {
        const std::vector<game::AnswerRecord> answers{
            answer("fake-police.call-01", "hung-up"),      answer("fake-police.call-01", "paid"),
            answer("genuine.s01", "listened"),             answer("genuine.s01", "refused"),
            answer("general.q01", ""),
        };
        const auto tally = game::tallyScenarios(answers, library.banks);
        THEN("each is counted where it belongs") {
            CHECK(tally.scams == 2);
            CHECK(tally.scamsStopped == 1);
            CHECK(tally.genuine == 2);
            CHECK(tally.genuineRefused == 1);
        }
        THEN("the last ending of each scenario is kept, by item id") {
            const auto last = game::lastOutcomes(answers, library.banks);
            CHECK(last.size() == 2);
            CHECK(last.at("fake-police.call-01") == game::Outcome::MoneyLost);
            CHECK(last.at("genuine.s01") == game::Outcome::GenuineRefused);
        }
    }
}
