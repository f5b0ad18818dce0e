// The conversation a run keeps, which the scenario's screens and the debrief both show: both
// sides in order, narration and cards, a private chat after a group chat, a ringing phone
// answered or declined.
#include "support/scenario_fixtures.h"

#include "game/scenario/debrief.h"
#include "game/scenario/scenario_run.h"

#include <catch2/catch.hpp>

using game::EntryKind;
using game::ScenarioRun;
using namespace std::chrono_literals;

namespace {

const game::Timestamp t0 = game::timestampFromUnixMs(1'700'000'000'000);

// Each entry as "kind step: text" ("heard sms: 点击链接兑换", "chose sms: 点开链接").
std::vector<std::string> described(const game::Conversation& conversation) {
    std::vector<std::string> out;
    for (const auto& entry : conversation) {
        const char* kind = entry.kind == EntryKind::Heard ? "heard " : entry.kind == EntryKind::Chose ? "chose " : "declined ";
        out.push_back(kind + entry.line.stepId + ": " + entry.line.text);
    }
    return out;
}

} // namespace

SCENARIO("the conversation has both sides in the order they happened", "[scenario-run][conversation]") {
    const auto library = fixtures::scenarioBanks();
    GIVEN("the cross-channel scam from its SMS through the fake page to the chat's transfer") {
        ScenarioRun run(*library.item("drill.cross"), t0);
        run.choose(0, t0 + 1s);
        run.choose(0, t0 + 2s);
        run.choose(0, t0 + 3s);
        const auto& said = run.conversation();
        THEN("each step's lines come before the player's choice there, with its channel") {
            CHECK(described(said) == std::vector<std::string>{
                                         "heard sms: 【某银行】您的积分今天清零。", "heard sms: 点击链接兑换", "chose sms: 点开链接",
                                         "heard page: 积分兑换中心", "chose page: 提交",
                                         "heard chat: 您的卡号有误，请先转3000元验证。", "heard chat: ", "chose chat: 转账"});
            CHECK(said[2].line.channel == game::Channel::Sms);
            CHECK(said[4].line.channel == game::Channel::Web);
        }
        THEN("narration is an aside, the contact's words are not, and a card keeps its kind and amount") {
            CHECK(game::isAside(said[3].line)); // "积分兑换中心", a system line
            CHECK_FALSE(game::isAside(said[0].line));
            CHECK(said[1].line.kind == game::LineKind::Link);
            CHECK(said[1].line.url == "http://jifen.example");
            CHECK(said[6].line.kind == game::LineKind::Transfer);
            CHECK(said[6].line.amount == 3000);
        }
        THEN("each line says who the contact was then") {
            CHECK(said[0].contactName == "106短信");
            CHECK(said[5].contactName == "客服小李");
            CHECK(game::speakerName(said[5]) == "客服小李");
            CHECK(game::speakerName(said[3]) == "system");
            CHECK(said[5].place() == "客服小李"); // a private chat
        }
        THEN("the debrief replays that same conversation") {
            CHECK(described(game::makeDebrief(run).transcript) == described(said));
        }
    }
}

SCENARIO("a chat that moves from a group to a private chat says where each line was said", "[scenario-run][conversation]") {
    const auto library = game::loadBankFolder(SCAMDRILL_QUESTIONS_DIR);
    const auto* item = library.item("card-trading.s01");
    REQUIRE(item);
    ScenarioRun run(*item, t0);
    run.choose(0, t0 + 2s); // 私聊问问
    const auto& said = run.conversation();
    REQUIRE(said.size() == 4);
    THEN("the group's lines are in the group, other members by name; the private chat is with the contact") {
        CHECK(said[0].group == "校园兼职互助群");
        CHECK(said[0].place() == "校园兼职互助群");
        CHECK(game::speakerName(said[0]) == "兼职-阿杰");
        CHECK(game::speakerName(said[1]) == "同学小王");
        CHECK(said[2].kind == EntryKind::Chose);
        CHECK(said[2].place() == "校园兼职互助群"); // the player asked in the group
        CHECK(said[3].group.empty());
        CHECK(said[3].place() == "兼职-阿杰");
    }
}

SCENARIO("a ringing call is heard only once it is answered", "[scenario-run][conversation]") {
    const auto library = fixtures::scenarioBanks();
    GIVEN("the genuine 96110 call, which rings and then allows 15 seconds") {
        ScenarioRun run(*library.item("drill.genuine"), t0);
        REQUIRE(run.ringing());
        THEN("nothing is heard yet and the time limit does not run") {
            CHECK(run.conversation().empty());
            CHECK(run.secondsLeft(t0 + 60s) == Approx(15.0));
            CHECK_FALSE(run.timeIsUp(t0 + 60s));
        }
        WHEN("it is answered after 10 seconds of ringing") {
            run.answerCall(t0 + 10s);
            THEN("its line is heard and the 15 seconds run from then") {
                CHECK_FALSE(run.ringing());
                CHECK(described(run.conversation()) == std::vector<std::string>{"heard warn: 这里是{hotline.antifraud}，您可能正在被骗。"});
                CHECK(run.secondsLeft(t0 + 12s) == Approx(13.0));
                CHECK_FALSE(run.timeIsUp(t0 + 24s));
                CHECK(run.timeIsUp(t0 + 25s));
                CHECK_THROWS_AS(run.answerCall(t0 + 12s), std::logic_error);
            }
        }
        WHEN("it is declined") {
            run.hangUp(t0 + 3s);
            THEN("the conversation says so and has none of the lines the player never heard") {
                CHECK(described(run.conversation()) == std::vector<std::string>{"declined warn: "});
                CHECK(run.record().front().declined);
                const auto debrief = game::makeDebrief(run);
                REQUIRE(debrief.transcript.size() == 1);
                CHECK(debrief.transcript[0].kind == EntryKind::Declined);
            }
        }
        WHEN("a choice is taken without answering first (as the path walker does)") {
            run.choose(0, t0 + 3s);
            THEN("the call counts as answered: its line, then the choice") {
                CHECK(described(run.conversation()) ==
                      std::vector<std::string>{"heard warn: 这里是{hotline.antifraud}，您可能正在被骗。", "chose warn: 听一听"});
                CHECK_FALSE(run.record().front().declined);
            }
        }
    }
    GIVEN("the scam whose call comes after a chat and then repeats itself") {
        ScenarioRun run(*library.item("drill.cross"), t0);
        run.choose(0, t0 + 1s);
        run.choose(0, t0 + 2s);
        run.choose(1, t0 + 3s);
        THEN("the new call rings; once answered, the call going on does not ring again") {
            CHECK(run.ringing());
            run.answerCall(t0 + 4s);
            run.choose(0, t0 + 6s); // 请再说一遍
            CHECK_FALSE(run.ringing());
            CHECK(run.conversation().back().line.stepId == "call");
            CHECK(run.conversation().back().kind == EntryKind::Heard);
        }
    }
    GIVEN("a call the player places (the official page, then 12345)") {
        const auto builtIn = game::loadBankFolder(SCAMDRILL_QUESTIONS_DIR);
        ScenarioRun run(*builtIn.item("genuine.s09"), t0);
        run.choose(1, t0 + 2s);
        THEN("it connects at once and is heard") {
            CHECK_FALSE(run.ringing());
            CHECK(run.conversation().back().line.text.find("12345热线") != std::string::npos);
        }
    }
}
