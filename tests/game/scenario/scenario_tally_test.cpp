#include "game/bank/bank_library.h"
#include "game/scenario/scenario_tally.h"
#include "support/temp_folder.h"

#include <catch2/catch.hpp>

SCENARIO("scams stopped and genuine contacts refused are counted apart", "[scenario-run]") {
    const auto library = game::loadBankFolder(testing::builtInQuestions());
    auto answer = [](const char* item, const char* ending) {
        game::AnswerRecord record;
        record.itemId = item;
        record.response.endingId = ending;
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
        THEN("nothing is unreadable") { CHECK(tally.unreadable == 0); }
    }
    GIVEN("a scenario played twice, the later answer unreadable, and an unreadable quiz answer") {
        auto unreadable = [&](const char* item) {
            auto record = answer(item, "");
            record.unreadable = "response: \"ending\" must be a string";
            return record;
        };
        const std::vector<game::AnswerRecord> answers{answer("genuine.s01", "listened"), unreadable("genuine.s01"),
                                                      unreadable("general.q01")};
        THEN("the scenario's is counted as unreadable; the quiz answer is no scenario's") {
            const auto tally = game::tallyScenarios(answers, library.banks);
            CHECK(tally.genuine == 1);
            CHECK(tally.unreadable == 1);
        }
        THEN("the scenario's last outcome is unknown, not the earlier one") {
            const auto last = game::lastOutcomes(answers, library.banks);
            CHECK(last.size() == 1);
            CHECK_FALSE(last.at("genuine.s01").has_value());
        }
    }
}
