// The scenario runner: choices, hanging up, time limits, the cross-channel record, where a scam
// was stopped, the stored JSON, the debrief, the path walker; and every path of every built-in scenario.
#include "support/scenario_fixtures.h"

#include "support/temp_folder.h"
#include "game/scenario/debrief.h"
#include "game/scenario/scenario_paths.h"
#include "game/quiz/scoring.h"
#include "game/scenario/scenario_run.h"

#include <catch2/catch.hpp>

#include <algorithm>

using game::ActionKind;
using game::Channel;
using game::Outcome;
using game::ScenarioRun;
using game::Timestamp;
using namespace std::chrono_literals;

namespace {

const Timestamp t0 = game::timestampFromUnixMs(1'700'000'000'000);

const game::Item& drillItem(const game::BankLibrary& library, std::string_view id) {
    const game::Item* item = library.item(id);
    REQUIRE(item != nullptr);
    return *item;
}

std::vector<Channel> channelsOf(const std::vector<game::TakenAction>& record) {
    std::vector<Channel> out;
    for (const auto& action : record) out.push_back(action.channel);
    return out;
}

} // namespace

SCENARIO("A scenario run offers the current step's choices and follows them", "[scenario-run]") {
    const auto library = fixtures::scenarioBanks();
    GIVEN("the cross-channel scam at its start") {
        ScenarioRun run(drillItem(library, "drill.cross"), t0);
        REQUIRE(run.currentStep() != nullptr);
        CHECK(run.currentStep()->id == "sms");
        CHECK(run.choices().size() == 2);
        CHECK(run.conversation().size() == 2);
        CHECK(run.contact().name == "106短信");
        CHECK_FALSE(run.finished());
        CHECK(run.ending() == nullptr);
        WHEN("the player taps the link after 4.5 s") {
            run.choose(0, t0 + 4500ms);
            THEN("the web page is the current step and the choice is recorded") {
                REQUIRE(run.currentStep() != nullptr);
                CHECK(run.currentStep()->id == "page");
                REQUIRE(run.record().size() == 1);
                const auto& action = run.record()[0];
                CHECK(action.stepId == "sms");
                CHECK(action.channel == Channel::Sms);
                CHECK(action.kind == ActionKind::Choice);
                CHECK(action.choice == std::optional<std::size_t>(0));
                CHECK(action.text == "点开链接");
                CHECK(action.target == "page");
                CHECK(action.at == t0 + 4500ms);
                CHECK(action.elapsed == 4500ms);
                CHECK(run.stepStartedAt() == t0 + 4500ms);
                CHECK(run.conversation().size() == 4); // the SMS's two lines, the player's tap, the page
                CHECK(run.conversation().back().line.stepId == "page");
            }
        }
        WHEN("the player picks a choice that does not exist") {
            THEN("it is refused and nothing changes") {
                CHECK_THROWS_AS(run.choose(2, t0 + 1s), std::out_of_range);
                CHECK(run.record().empty());
                CHECK(run.currentStep()->id == "sms");
            }
        }
        WHEN("the player ignores the message") {
            run.choose(1, t0 + 2s);
            THEN("the run ends safely and refuses further moves") {
                REQUIRE(run.finished());
                CHECK(run.ending()->id == "safe-sms");
                CHECK(run.currentStep() == nullptr);
                CHECK(run.choices().empty());
                CHECK_THROWS_AS(run.choose(0, t0 + 3s), std::logic_error);
                CHECK_THROWS_AS(run.hangUp(t0 + 3s), std::logic_error);
                CHECK(run.response().endingId == "safe-sms");
            }
        }
    }
    GIVEN("an item that is not a scenario") {
        game::Item single;
        single.id = "x.single";
        THEN("no run can start") { CHECK_THROWS_AS(ScenarioRun(single, t0), std::invalid_argument); }
    }
}

SCENARIO("Hanging up is possible in calls only, and is a scored choice", "[scenario-run]") {
    const auto library = fixtures::scenarioBanks();
    GIVEN("the scam in its SMS step") {
        ScenarioRun run(drillItem(library, "drill.cross"), t0);
        THEN("there is nothing to hang up") {
            CHECK_FALSE(run.canHangUp());
            CHECK_THROWS_AS(run.hangUp(t0 + 1s), std::logic_error);
            CHECK(run.record().empty());
        }
        WHEN("the scam reaches the call and the player hangs up") {
            run.choose(0, t0 + 1s);
            run.choose(0, t0 + 2s);
            run.choose(1, t0 + 3s);
            REQUIRE(run.currentStep()->id == "call");
            REQUIRE(run.canHangUp());
            run.hangUp(t0 + 10s);
            THEN("the scenario's hang-up target ends it safely") {
                REQUIRE(run.ending() != nullptr);
                CHECK(run.ending()->id == "hung-up");
                CHECK(run.ending()->outcome == Outcome::Safe);
                const auto& last = run.record().back();
                CHECK(last.kind == ActionKind::Hangup);
                CHECK_FALSE(last.choice.has_value());
                CHECK(last.text.empty());
                CHECK(last.target == "hung-up");
                CHECK(last.elapsed == 7s);
            }
        }
    }
    GIVEN("a genuine 96110 call") {
        ScenarioRun run(drillItem(library, "drill.genuine"), t0);
        WHEN("the player hangs up on it") {
            run.hangUp(t0 + 3s);
            THEN("a genuine contact was wrongly refused, and nothing was 'stopped'") {
                REQUIRE(run.ending() != nullptr);
                CHECK(run.ending()->outcome == Outcome::GenuineRefused);
                CHECK(run.stoppedAt() == nullptr);
            }
        }
    }
}

SCENARIO("A step's time limit counts down and running out follows on_timeout", "[scenario-run]") {
    const auto library = fixtures::scenarioBanks();
    GIVEN("the scam at its chat step, which allows 30 seconds") {
        ScenarioRun run(drillItem(library, "drill.cross"), t0);
        CHECK_FALSE(run.secondsLeft(t0 + 5s).has_value());
        CHECK_FALSE(run.hasTimeLimit());
        CHECK_THROWS_AS(run.timeOut(t0 + 5s), std::logic_error);
        run.choose(0, t0 + 1s);
        run.choose(0, t0 + 2s);
        REQUIRE(run.currentStep()->id == "chat");
        REQUIRE(run.hasTimeLimit());
        THEN("the countdown runs from the step's start and stops at zero") {
            CHECK(run.secondsLeft(t0 + 2s) == Approx(30.0));
            CHECK(run.secondsLeft(t0 + 12500ms) == Approx(19.5));
            CHECK(run.secondsLeft(t0 + 32s) == Approx(0.0));
            CHECK(run.secondsLeft(t0 + 90s) == Approx(0.0));
        }
        WHEN("time runs out") {
            run.timeOut(t0 + 32s);
            THEN("the run moves to on_timeout and records the time-out") {
                REQUIRE(run.currentStep() != nullptr);
                CHECK(run.currentStep()->id == "call");
                const auto& last = run.record().back();
                CHECK(last.kind == ActionKind::Timeout);
                CHECK(last.target == "call");
                CHECK(last.elapsed == 30s);
                CHECK_FALSE(run.secondsLeft(t0 + 33s).has_value());
            }
        }
    }
}

SCENARIO("One scam across SMS, web, chat and a call keeps one timeline", "[scenario-run]") {
    const auto library = fixtures::scenarioBanks();
    GIVEN("the cross-channel scam played to the call, where the caller repeats himself") {
        ScenarioRun run(drillItem(library, "drill.cross"), t0);
        run.choose(0, t0 + 1s);
        run.choose(0, t0 + 2s);
        CHECK(run.contact().name == "客服小李");
        run.choose(1, t0 + 4s);
        CHECK(run.contact().name == "“银行客服”");
        run.choose(0, t0 + 6s);
        WHEN("the player calls 96110 back") {
            run.choose(2, t0 + 9s);
            THEN("the record lists every action with its channel, and says where the scam was stopped") {
                CHECK(channelsOf(run.record()) ==
                      std::vector{Channel::Sms, Channel::Web, Channel::Chat, Channel::Call, Channel::Call});
                REQUIRE(run.ending() != nullptr);
                CHECK(run.ending()->id == "safe-call");
                const auto* stop = run.stoppedAt();
                REQUIRE(stop != nullptr);
                CHECK(stop->stepId == "call");
                CHECK(stop->channel == Channel::Call);
                CHECK(stop->at == t0 + 9s);
                CHECK(stop->elapsed == 3s);
            }
            THEN("the conversation holds every line heard in order, the repeated call twice") {
                std::vector<game::SeenLine> heard;
                for (const auto& entry : run.conversation())
                    if (!entry.mine()) heard.push_back(entry.line);
                std::vector<std::string> steps;
                for (const auto& seen : heard) steps.push_back(seen.stepId);
                CHECK(steps == std::vector<std::string>{"sms", "sms", "page", "chat", "chat", "call", "call"});
                CHECK(heard[1].kind == game::LineKind::Link);
                CHECK(heard[1].url == "http://jifen.example");
                CHECK(heard[4].amount == 3000);
                CHECK(heard[3].redFlag == "要求先转账验证");
                CHECK(heard[3].channel == Channel::Chat);
            }
        }
        WHEN("the player reads out the code") {
            run.choose(1, t0 + 9s);
            THEN("information leaked and nothing was stopped") {
                CHECK(run.ending()->outcome == Outcome::InfoLeaked);
                CHECK(run.stoppedAt() == nullptr);
                CHECK(run.summary().stoppedAt.empty());
            }
        }
    }
    GIVEN("the scam stopped in its first step") {
        ScenarioRun run(drillItem(library, "drill.cross"), t0);
        run.choose(1, t0 + 2s);
        THEN("it was stopped at the SMS") {
            REQUIRE(run.stoppedAt() != nullptr);
            CHECK(run.stoppedAt()->stepId == "sms");
            CHECK(run.summary().stoppedAt == "sms");
        }
    }
}

SCENARIO("The run's record is stored as JSON and read back", "[scenario-run]") {
    const auto library = fixtures::scenarioBanks();
    const auto& item = drillItem(library, "drill.cross");
    ScenarioRun run(item, t0);
    run.choose(0, t0 + 1s);
    run.choose(0, t0 + 2s);
    run.timeOut(t0 + 32s);
    run.hangUp(t0 + 40s);
    const auto summary = run.summary();
    REQUIRE(summary.actions.size() == 4);
    CHECK(summary.itemId == "drill.cross");
    CHECK(summary.endingId == "hung-up");
    CHECK(summary.outcome == Outcome::Safe);
    CHECK(summary.stoppedAt == "call");

    WHEN("the record goes through JSON") {
        const auto json = game::toJson(summary);
        THEN("it reads back equal, with codes for channels and kinds") {
            CHECK(game::scenarioRecordFromJson(json) == summary);
            CHECK(json["actions"][2]["kind"] == "timeout");
            CHECK(json["actions"][1]["channel"] == "web");
            CHECK(json["actions"][0]["choice"] == 0);
            CHECK(json["actions"][3]["at"] == game::unixMs(t0 + 40s));
            CHECK(json["actions"][3]["elapsed_ms"] == 8000);
            CHECK(json["actions"][3]["declined"] == true); // the call rang after the time-out, and was declined
            CHECK_FALSE(json["actions"][2].contains("declined"));
            CHECK(json["stopped_at"] == "call");
            CHECK(json["outcome"] == "safe");
        }
    }
    WHEN("the answer to store is made") {
        const auto response = run.response();
        THEN("the quiz judges its ending safe; the record rides along, and both go through JSON") {
            CHECK(response.endingId == "hung-up");
            CHECK(game::judge(item, response, 10, false).points == 10);
            CHECK(response.scenario == summary);
            CHECK(game::responseFromJson(game::toJson(response)) == response);
            CHECK(game::toJson(response)["ending"] == "hung-up");
        }
    }
    WHEN("a stored record is damaged") {
        auto json = game::toJson(summary);
        auto badKind = json;
        badKind["actions"][0]["kind"] = "shrug";
        auto badAt = json;
        badAt["actions"][1]["at"] = "noon";
        auto noIndex = json;
        noIndex["actions"][0].erase("choice");
        THEN("reading it says what is wrong") {
            CHECK_THROWS_WITH(game::scenarioRecordFromJson(badKind), Catch::Contains("shrug"));
            CHECK_THROWS_WITH(game::scenarioRecordFromJson(badAt), Catch::Contains("\"at\""));
            CHECK_THROWS_WITH(game::scenarioRecordFromJson(noIndex), Catch::Contains("choice index"));
            CHECK_THROWS_AS(game::scenarioRecordFromJson(nlohmann::json::array()), std::invalid_argument);
        }
    }
}

SCENARIO("The debrief shows the outcome, red flags where they occurred and what to do", "[scenario-run]") {
    const auto library = fixtures::scenarioBanks();
    const game::RegionContacts region{"110", "96110", "0000-1234567", "平安测试"};
    GIVEN("the scam played to a transfer") {
        ScenarioRun run(drillItem(library, "drill.cross"), t0, region);
        CHECK_THROWS_AS(game::makeDebrief(run), std::logic_error);
        run.choose(0, t0 + 1s);
        run.choose(0, t0 + 2s);
        run.choose(0, t0 + 5s);
        const auto debrief = game::makeDebrief(run);
        THEN("money was lost, with its amount, and the advice is to call the police for a stop-payment") {
            CHECK(debrief.outcome == Outcome::MoneyLost);
            CHECK(debrief.amount == 3000);
            CHECK(debrief.title == "被骗3000元");
            CHECK(debrief.text == "立即拨打110止付，关注平安测试。");
            CHECK_FALSE(debrief.genuine);
            CHECK(debrief.whyGenuine.empty());
            CHECK(debrief.scenarioTitle == "积分清零");
            CHECK(debrief.whatToDo == std::vector<std::string>{"debrief.todo.call_police_stop_payment",
                                                               "debrief.todo.keep_evidence", "debrief.todo.report_app",
                                                               "debrief.todo.local_contacts"});
            CHECK(debrief.stoppedAtStep.empty());
            CHECK_FALSE(debrief.stoppedIn.has_value());
        }
        THEN("the ending's red flags come first, then the lines', each once; a flag another says is left out") {
            // "钓鱼" is in "钓鱼网站", "要先转账" is said by "要求先转账验证"; the line's "短信里的陌生链接"
            // takes the place of the ending's "链接".
            CHECK(debrief.redFlags ==
                  std::vector<std::string>{"要求先转账验证", "钓鱼网站", "短信里的陌生链接", "催促：今天清零"});
            REQUIRE(debrief.transcript.size() == 8);
            CHECK(debrief.transcript[0].line.redFlag == "催促：今天清零");
            CHECK(debrief.transcript[3].line.redFlag.empty());
        }
        THEN("the transcript has the player's replies after the lines they answered") {
            std::vector<std::string> who;
            for (const auto& entry : debrief.transcript)
                who.push_back(entry.mine() ? "player:" + entry.line.text : entry.line.stepId);
            CHECK(who == std::vector<std::string>{"sms", "sms", "player:点开链接", "page", "player:提交", "chat", "chat",
                                                  "player:转账"});
        }
    }
    GIVEN("a run with the region's contacts at the call step") {
        ScenarioRun run(drillItem(library, "drill.cross"), t0, region);
        run.choose(0, t0 + 1s);
        run.choose(0, t0 + 2s);
        run.choose(1, t0 + 3s);
        THEN("the choices name the region's hotline, not the placeholder") {
            REQUIRE(run.choices().size() == 3);
            CHECK(run.choices()[2].text == "挂断，打96110");
        }
    }
    GIVEN("the scam stopped in the call, with contacts given to the debrief only") {
        ScenarioRun run(drillItem(library, "drill.cross"), t0);
        run.choose(0, t0 + 1s);
        run.choose(0, t0 + 2s);
        run.choose(1, t0 + 3s);
        run.choose(2, t0 + 4s);
        CHECK(run.record().back().text == "挂断，打{hotline.antifraud}");
        const auto debrief = game::makeDebrief(run, region);
        THEN("placeholders are filled, and it says where the scam was stopped") {
            CHECK(debrief.title == "你打了96110");
            CHECK(debrief.transcript.back().line.text == "挂断，打96110"); // the player's reply, filled too
            CHECK(debrief.transcript.back().kind == game::EntryKind::Chose);
            CHECK(debrief.transcript[debrief.transcript.size() - 2].line.text == "请把短信验证码告诉我，别打96110。");
            CHECK(debrief.stoppedAtStep == "call");
            CHECK(debrief.stoppedIn == Channel::Call);
            CHECK(debrief.whatToDo == std::vector<std::string>{"debrief.todo.well_done", "debrief.todo.local_contacts"});
        }
    }
    GIVEN("a genuine call refused and one listened to") {
        ScenarioRun refused(drillItem(library, "drill.genuine"), t0);
        refused.hangUp(t0 + 1s);
        ScenarioRun listened(drillItem(library, "drill.genuine"), t0);
        listened.timeOut(t0 + 15s);
        THEN("the advice differs: call the official number back, or well handled") {
            const auto a = game::makeDebrief(refused);
            CHECK(a.genuine);
            CHECK(a.outcome == Outcome::GenuineRefused);
            CHECK(a.whatToDo.front() == "debrief.todo.call_official_back");
            CHECK(a.whyGenuine == drillItem(library, "drill.genuine").explanation);
            CHECK_FALSE(a.whyGenuine.empty());
            const auto b = game::makeDebrief(listened);
            CHECK(b.outcome == Outcome::Safe);
            CHECK(b.whatToDo.front() == "debrief.todo.genuine_handled");
            CHECK(b.stoppedAtStep.empty());
        }
    }
    THEN("every advice key is listed for the string tables") {
        const auto all = game::allWhatToDoKeys();
        for (const auto outcome : {Outcome::Safe, Outcome::MoneyLost, Outcome::InfoLeaked, Outcome::GenuineRefused})
            for (const bool genuine : {false, true})
                for (const auto& key : game::whatToDoKeys(outcome, genuine))
                    CHECK(std::find(all.begin(), all.end(), key) != all.end());
        CHECK(game::whatToDoKeys(Outcome::InfoLeaked, false) ==
              std::vector<std::string>{"debrief.todo.change_passwords", "debrief.todo.tell_bank", "debrief.todo.report_app",
                                       "debrief.todo.local_contacts"});
    }
}

SCENARIO("Region contacts fill the hotline placeholders", "[scenario-run]") {
    const game::RegionContacts defaults;
    CHECK(game::fillPlaceholders("拨打{hotline.police}、{hotline.antifraud}、{hotline.local}，关注{wechat.local}", defaults) ==
          "拨打110、96110、023-79332042，关注平安黔江");
    CHECK(game::fillPlaceholders("{hotline.other} {x} {", defaults) == "{hotline.other} {x} {");
    CHECK(game::fillPlaceholders("{{hotline.police}}", defaults) == "{110}");
    CHECK(game::hasPlaceholder("打{wechat.local}"));
    CHECK_FALSE(game::hasPlaceholder("打{wechat.other}"));

    const game::RegionContacts custom{"110", "96110", "0871-12345", "平安某县"};
    CHECK(game::regionContactsFromJson(game::toJson(custom)) == custom);
    CHECK(game::toJson(custom)["local_line"] == "0871-12345");
    CHECK(game::regionContactsFromJson(nlohmann::json::object()) == defaults);
    CHECK(game::regionContactsFromJson({{"local_wechat", "平安某乡"}}).localWechat == "平安某乡");
    CHECK_THROWS_WITH(game::regionContactsFromJson({{"local_line", 12345}}), Catch::Contains("local_line"));
    CHECK_THROWS_WITH(game::regionContactsFromJson({{"police", ""}}), Catch::Contains("police"));
    CHECK_THROWS_AS(game::regionContactsFromJson(nlohmann::json::array()), std::invalid_argument);
}

SCENARIO("The path walker finds every way from the start to an ending", "[scenario-run]") {
    const auto library = fixtures::scenarioBanks();
    const auto& cross = drillItem(library, "drill.cross");
    GIVEN("the cross-channel scam, whose call loops on itself") {
        const auto walk = game::allPaths(cross.scenario, 1000);
        THEN("the loop is walked once around: 15 paths, each ending where a run of it ends") {
            CHECK_FALSE(walk.truncated);
            REQUIRE(walk.paths.size() == 15);
            std::vector<std::string> endings;
            for (const auto& path : walk.paths) {
                ScenarioRun run(cross, t0);
                for (const auto move : path) run.take(move, t0 + 1s);
                REQUIRE(run.finished());
                endings.push_back(run.ending()->id);
            }
            CHECK(std::count(endings.begin(), endings.end(), "hung-up") == 4);
            CHECK(std::count(endings.begin(), endings.end(), "paid") == 1);
            CHECK(std::count(endings.begin(), endings.end(), "safe-sms") == 1);
            const game::ScenarioPath timedOutThenHungUp = {{ActionKind::Choice, 0}, {ActionKind::Choice, 0},
                                                           {ActionKind::Timeout, 0}, {ActionKind::Hangup, 0}};
            CHECK(std::find(walk.paths.begin(), walk.paths.end(), timedOutThenHungUp) != walk.paths.end());
        }
        THEN("with no loop allowed, paths that repeat the call are left out") {
            CHECK(game::allPaths(cross.scenario, 1000, 1).paths.size() == 9);
        }
        THEN("a limit stops the walk and says so") {
            const auto few = game::allPaths(cross.scenario, 5);
            CHECK(few.paths.size() == 5);
            CHECK(few.truncated);
        }
    }
}

TEST_CASE("Every path of every built-in scenario ends in an outcome with a debrief", "[scenario-run]") {
    const auto library = game::loadBankFolder(testing::builtInQuestions());
    const game::RegionContacts region;
    int scenarios = 0;
    std::size_t paths = 0;
    for (const auto& bank : library.banks) {
        for (const auto& item : bank.items) {
            if (item.kind != game::ItemKind::Scenario) continue;
            ++scenarios;
            INFO(bank.fileName << ": " << item.id);
            const auto walk = game::allPaths(item.scenario, 100'000);
            CHECK_FALSE(walk.truncated);
            CHECK_FALSE(walk.paths.empty());
            for (const auto& path : walk.paths) {
                paths += 1;
                ScenarioRun run(item, t0, region);
                Timestamp at = t0;
                for (const auto move : path) run.take(move, at += 3s);
                REQUIRE(run.finished());
                const auto debrief = game::makeDebrief(run);
                INFO("ending " << run.ending()->id);
                CHECK_FALSE(debrief.text.empty());
                CHECK_FALSE(debrief.title.empty());
                CHECK_FALSE(debrief.transcript.empty());
                CHECK_FALSE(debrief.whatToDo.empty());
                CHECK(run.record().size() == path.size());
                if (debrief.outcome == Outcome::MoneyLost) CHECK(debrief.amount > 0);
                if (debrief.outcome == Outcome::Safe && !item.scenario.genuine) CHECK_FALSE(debrief.stoppedAtStep.empty());
                CHECK_FALSE(game::hasPlaceholder(debrief.text));
                CHECK_FALSE(game::hasPlaceholder(debrief.title));
                for (const auto& entry : debrief.transcript) {
                    CHECK_FALSE(game::hasPlaceholder(entry.line.text));
                    CHECK_FALSE(game::hasPlaceholder(entry.line.redFlag));
                }
                for (const auto& action : run.record()) CHECK_FALSE(game::hasPlaceholder(action.text));
                CHECK(game::scenarioRecordFromJson(game::toJson(run.summary())) == run.summary());
                CHECK(game::responseFromJson(game::toJson(run.response())) == run.response());
            }
        }
    }
    CHECK(scenarios > 0);
    WARN(scenarios << " built-in scenarios, " << paths << " paths walked");
}
