// What the player does after a scam call (call back, 110, 96110, nothing): when the run asks
// it, what a choice already says, and how it is kept with the record.
#include "support/scenario_fixtures.h"

#include "game/scenario/scenario_run.h"

#include <catch2/catch.hpp>

using game::FollowUp;
using game::ScenarioRun;
using namespace std::chrono_literals;

namespace {

const game::Timestamp t0 = game::timestampFromUnixMs(1'700'000'000'000);

// The cross-channel scam played to its call (SMS link, form, "I will phone"), the phone ringing.
ScenarioRun atTheCall(const game::BankLibrary& library) {
    ScenarioRun run(*library.item("drill.cross"), t0);
    run.choose(0, t0 + 1s);
    run.choose(0, t0 + 2s);
    run.choose(1, t0 + 3s);
    REQUIRE(run.ringing());
    return run;
}

} // namespace

SCENARIO("a scam call that ends with nothing said about what comes next asks it", "[scenario-run][follow-up]") {
    const auto library = fixtures::scenarioBanks();
    GIVEN("the scam's call, answered") {
        auto run = atTheCall(library);
        run.answerCall(t0 + 4s);
        CHECK_FALSE(run.asksFollowUp()); // not before the scenario is over
        CHECK_THROWS_AS(run.setFollowUp(FollowUp::Call110), std::logic_error);
        WHEN("the player hangs up") {
            run.hangUp(t0 + 8s);
            THEN("the run asks, and keeps the answer with the record") {
                REQUIRE(run.asksFollowUp());
                CHECK_FALSE(run.followUp().has_value());
                run.setFollowUp(FollowUp::Call110);
                CHECK_FALSE(run.asksFollowUp());
                CHECK(run.followUp() == FollowUp::Call110);
                CHECK(run.summary().followUp == FollowUp::Call110);
                CHECK(game::toJson(run.summary())["follow_up"] == "call_110");
                CHECK_THROWS_AS(run.setFollowUp(FollowUp::None), std::logic_error); // asked once
            }
            THEN("'nothing' is an answer too") {
                run.setFollowUp(FollowUp::None);
                CHECK(run.response().scenario->followUp == FollowUp::None);
            }
        }
        WHEN("the player reads out the code and the call ends with the information leaked") {
            run.choose(1, t0 + 8s);
            THEN("it is asked: that choice says nothing about what comes next") { CHECK(run.asksFollowUp()); }
        }
        WHEN("the player ends it with a choice that says it: hang up and call the hotline back") {
            run.choose(2, t0 + 8s);
            THEN("nothing is asked, and the choice is the follow-up") {
                CHECK_FALSE(run.asksFollowUp());
                CHECK(run.followUp() == FollowUp::CallBack);
                CHECK(run.summary().followUp == FollowUp::CallBack);
            }
        }
    }
    GIVEN("the scam's call, declined while it rings") {
        auto run = atTheCall(library);
        run.hangUp(t0 + 5s);
        THEN("it is asked as after any call") { CHECK(run.asksFollowUp()); }
    }
    GIVEN("the scam stopped in its SMS") {
        ScenarioRun run(*library.item("drill.cross"), t0);
        run.choose(1, t0 + 1s);
        THEN("there was no call to follow up") {
            CHECK(run.finished());
            CHECK_FALSE(run.asksFollowUp());
            CHECK_FALSE(run.summary().followUp.has_value());
            CHECK_FALSE(game::toJson(run.summary()).contains("follow_up"));
        }
    }
    GIVEN("the genuine 96110 call, hung up on") {
        ScenarioRun run(*library.item("drill.genuine"), t0);
        run.hangUp(t0 + 2s);
        THEN("nothing is asked: there is nothing to report") {
            CHECK(run.ending()->outcome == game::Outcome::GenuineRefused);
            CHECK_FALSE(run.asksFollowUp());
            CHECK_THROWS_AS(run.setFollowUp(FollowUp::Call110), std::logic_error);
        }
    }
}

TEST_CASE("only a choice that ends the scenario says its follow-up", "[scenario-run][follow-up]") {
    const auto library = game::loadBankFolder(SCAMDRILL_QUESTIONS_DIR);
    const auto* item = library.item("genuine.s09"); // the official page, then "ask 12345" (a call_back choice)
    REQUIRE(item);
    ScenarioRun run(*item, t0);
    run.choose(1, t0 + 1s);
    REQUIRE(run.currentStep()->channel == game::Channel::Call);
    run.choose(0, t0 + 5s);
    REQUIRE(run.finished());
    CHECK_FALSE(run.followUp().has_value());
}

TEST_CASE("follow-up codes and the choices that imply them", "[scenario-run][follow-up]") {
    for (const auto followUp : game::allFollowUps()) CHECK(game::parseFollowUp(game::codeOf(followUp)) == followUp);
    CHECK(game::allFollowUps().size() == 4);
    CHECK(game::codeOf(FollowUp::Call96110) == "call_96110");
    CHECK_FALSE(game::parseFollowUp("call_911").has_value());
    CHECK(game::followUpOf(game::ChoiceAction::Call110) == FollowUp::Call110);
    CHECK(game::followUpOf(game::ChoiceAction::CallBack) == FollowUp::CallBack);
    for (const auto action : {game::ChoiceAction::Reply, game::ChoiceAction::TapLink, game::ChoiceAction::SubmitForm,
                              game::ChoiceAction::Transfer, game::ChoiceAction::Block, game::ChoiceAction::Ignore})
        CHECK_FALSE(game::followUpOf(action).has_value());
}

TEST_CASE("a stored follow-up must be one this version knows", "[scenario-run][follow-up]") {
    game::ScenarioRecord record;
    record.itemId = "drill.cross";
    record.followUp = FollowUp::Call96110;
    auto json = game::toJson(record);
    CHECK(game::scenarioRecordFromJson(json) == record);
    json["follow_up"] = "call_911";
    CHECK_THROWS_WITH(game::scenarioRecordFromJson(json), Catch::Contains("call_911"));
    json["follow_up"] = 110;
    CHECK_THROWS_AS(game::scenarioRecordFromJson(json), std::invalid_argument);
}
