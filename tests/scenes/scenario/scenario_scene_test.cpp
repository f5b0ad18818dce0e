// Scenario scenes played through the headless UI on the built-in scenarios:
// a phone call, an SMS that leads to a web page, a chat with cards, a web page
// with a form; safe and unsafe paths, the debrief, mute, time limits, and the
// answer handed back when the scenario ends.
#include "scenes/scenario/scenario_scene.h"
#include "scenes/scene_stack.h"
#include "support/headless_ui.h"

#include "game/region.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <memory>
#include <optional>
#include <string>

using testing::HeadlessUi;

namespace {

// A scenario scene on the stack and what its Finished callback was given.
struct Played {
    std::optional<game::Response> answer; // the run's response(): what the quiz stores
    int finishedCalls = 0;

    // The answer's scenario record (fails the test when there is none).
    const game::ScenarioRecord& record() const {
        REQUIRE(answer);
        REQUIRE(answer->scenario);
        return *answer->scenario;
    }
};

// Pushes a ScenarioScene for a built-in item and draws its first frames.
std::shared_ptr<Played> play(HeadlessUi& ui, std::string_view itemId) {
    const auto* item = ui.services().banks.item(itemId);
    REQUIRE(item);
    auto played = std::make_shared<Played>();
    ui.stack().push(std::make_unique<scenes::ScenarioScene>(
        ui.services(), *item, [played](const game::ScenarioRun& run) {
            played->answer = run.response();
            ++played->finishedCalls;
        }));
    ui.step(2);
    return played;
}

// True when some line the voice was asked to say contains the text.
bool said(HeadlessUi& ui, std::string_view text) {
    for (const auto& line : ui.voice().said())
        if (line.find(text) != std::string::npos) return true;
    return false;
}

// The kinds of the actions the answer's scenario record lists, in order ("choice,hangup").
std::string actionKinds(const Played& played) {
    std::string kinds;
    for (const auto& action : played.record().actions) kinds += (kinds.empty() ? "" : ",") + std::string(game::codeOf(action.kind));
    return kinds;
}

// Draws a couple more frames and checks every glyph on screen is in the atlas.
void checkGlyphs(HeadlessUi& ui) {
    ui.step(2);
    CHECK(ui.missingGlyphs().empty());
}

} // namespace

SCENARIO("a scam phone call rings, is answered and spoken, and is stopped or not", "[scenario-scenes]") {
    HeadlessUi ui;
    GIVEN("the fake police call") {
        auto played = play(ui, "fake-police.call-01");
        THEN("the ringing screen shows who calls and the phone rings") {
            CHECK(ui.topScene() == "scenario");
            CHECK(ui.sees("“市公安局”李警官"));
            CHECK(ui.sees("+00 10 5550 0110"));
            CHECK(ui.sees("市公安局刑侦支队"));
            CHECK(ui.sees("来电"));
            CHECK(ui.voice().ringing());
            CHECK(ui.voice().said().empty());
            checkGlyphs(ui);
        }
        WHEN("the player answers") {
            REQUIRE(ui.click("接听"));
            ui.step(2);
            THEN("the ring stops and the caller's line is spoken and shown as subtitles") {
                CHECK_FALSE(ui.voice().ringing());
                CHECK(said(ui, "你名下有一张银行卡涉嫌一宗洗钱案"));
                CHECK_FALSE(said(ui, "来电显示"));   // the system line is shown, not spoken
                CHECK(ui.sees("你名下有一张银行卡涉嫌一宗洗钱案"));
                CHECK(ui.sees("通话中"));
                CHECK(ui.sees("1. 我没有啊，这是怎么回事？"));
                checkGlyphs(ui);
            }
            AND_WHEN("they hang up, then choose to call 110") {
                REQUIRE(ui.click("挂断"));
                ui.step(2);
                CHECK(ui.sees("通话已结束"));
                CHECK(ui.sees("拨打 110 报警"));
                checkGlyphs(ui);
                CHECK(played->finishedCalls == 0);
                REQUIRE(ui.click("拨打 110 报警"));
                ui.step(2);
                THEN("the debrief says the scam was seen through and praises the call to 110") {
                    CHECK(ui.topScene() == "debrief");
                    CHECK(ui.sees("你识破了骗局"));
                    CHECK(ui.sees("你拨打 110 报警：做得好。"));
                    CHECK(ui.sees("你在骗子得手之前叫停了它。"));
                    checkGlyphs(ui);
                    REQUIRE(played->answer);
                    CHECK(played->finishedCalls == 1);
                    CHECK(played->answer->endingId == "hung-up");
                    CHECK(played->record().followUp == game::FollowUp::Call110);
                    CHECK(played->record().outcome == game::Outcome::Safe);
                    CHECK(played->record().stoppedAt == "open");
                    CHECK(actionKinds(*played) == "hangup");
                }
            }
            AND_WHEN("they give in to the pressure and transfer the money") {
                ui.key("1");
                CHECK(said(ui, "你必须保密"));
                ui.key("2");
                CHECK(said(ui, "安全账户"));
                ui.key("1");
                ui.step(2);
                CHECK(ui.sees("通话已结束"));
                REQUIRE(ui.click("不用了，看看复盘"));
                ui.step(2);
                THEN("the debrief shows the money lost and what to do now, with 110") {
                    CHECK(ui.topScene() == "debrief");
                    CHECK(ui.sees("被骗了：损失 80000 元"));
                    CHECK(ui.sees("马上拨打 110 报警"));
                    CHECK(ui.sees("保存聊天记录"));
                    CHECK(ui.sees("制造紧迫感，要求转到“安全账户”"));   // the red flag in the transcript
                    CHECK_FALSE(ui.sees("你识破了骗局"));
                    checkGlyphs(ui);
                    REQUIRE(played->answer);
                    CHECK(played->answer->endingId == "paid");
                    CHECK(played->record().followUp == game::FollowUp::None);
                    CHECK(actionKinds(*played) == "choice,choice,choice");
                    CHECK(played->record().actions.at(2).stepId == "press");
                }
            }
            AND_WHEN("they open the caller's link and fill in the fake page") {
                ui.key("1");
                ui.key("1");
                ui.step(2);
                CHECK_FALSE(ui.voice().speaking());   // leaving the call for the page stops the voice
                CHECK(ui.sees("网址：http://gaj-check.example"));
                REQUIRE(ui.click("银行卡号"));
                ui.type("6222000011112222");
                REQUIRE(ui.click("短信验证码"));
                ui.type("482913");
                REQUIRE(ui.click("1. 填写银行卡号和验证码，提交"));
                ui.step(2);
                THEN("the information is leaked and the debrief comes with no after-call panel") {
                    CHECK(ui.topScene() == "debrief");
                    CHECK(ui.sees("个人信息泄露了"));
                    CHECK(ui.sees("联系银行冻结或挂失银行卡"));
                    REQUIRE(played->answer);
                    CHECK(played->answer->endingId == "leaked");
                    CHECK_FALSE(played->record().followUp.has_value());
                }
            }
        }
        WHEN("the player declines the call") {
            REQUIRE(ui.click("拒接"));
            ui.step(2);
            THEN("the ring stops and the hang-up is scored as the scenario says") {
                CHECK_FALSE(ui.voice().ringing());
                CHECK(ui.voice().said().empty());
                CHECK(ui.sees("通话已结束"));
                REQUIRE(ui.click("不用了，看看复盘"));
                ui.step(2);
                CHECK(ui.sees("你识破了骗局"));
                REQUIRE(played->answer);
                CHECK(played->answer->endingId == "hung-up");
                CHECK(actionKinds(*played) == "hangup");
                CHECK(played->record().actions.at(0).stepId == "open");
                CHECK(played->record().actions.at(0).declined);
                CHECK(played->record().followUp == game::FollowUp::None);
            }
            THEN("the debrief's conversation has the call declined, and none of what the caller would have said") {
                REQUIRE(ui.click("不用了，看看复盘"));
                ui.step(2);
                CHECK(ui.sees("你：（拒接了来电，没有听到对方说什么）"));
                CHECK_FALSE(ui.sees("你名下有一张银行卡涉嫌一宗洗钱案"));
                CHECK_FALSE(ui.sees("你拨打 110 报警"));
            }
        }
    }
}

SCENARIO("a step's time limit counts down on the fixed clock and follows on_timeout", "[scenario-scenes]") {
    HeadlessUi ui;
    auto played = play(ui, "fake-police.call-01");
    REQUIRE(ui.click("接听"));
    ui.key("1");
    ui.key("2");   // "press": 20 seconds to decide
    ui.step(2);
    REQUIRE(ui.sees("还剩 20 秒！"));
    WHEN("some seconds pass") {
        ui.advance(std::chrono::seconds(7));
        ui.step(2);
        THEN("the countdown shows what is left and the step stays") {
            CHECK(ui.sees("还剩 13 秒！"));
            CHECK(ui.sees("十分钟内不把钱转到安全账户"));
        }
    }
    WHEN("the clock runs past the limit") {
        ui.advance(std::chrono::seconds(21));
        ui.step(2);
        THEN("the caller escalates (on_timeout) and the time-out is recorded") {
            CHECK(ui.sees("你还在犹豫？再不配合，我们马上派人上门抓你！"));
            CHECK(said(ui, "你还在犹豫"));
            CHECK_FALSE(ui.sees("还剩"));
            ui.key("2"); // 挂断电话，拨打110: the choice says the follow-up, so nothing more is asked
            ui.step(2);
            CHECK_FALSE(ui.sees("挂断以后，你还要做什么？"));
            REQUIRE(played->answer);
            CHECK(played->answer->endingId == "hung-up");
            CHECK(played->record().followUp == game::FollowUp::Call110);
            CHECK(actionKinds(*played) == "choice,choice,timeout,choice");
            CHECK(played->record().actions.at(2).target == "threat");
        }
    }
}

SCENARIO("the mute button silences ring and speech and the call still plays with subtitles", "[scenario-scenes]") {
    HeadlessUi ui;
    auto played = play(ui, "fake-police.call-01");
    REQUIRE(ui.voice().ringing());
    REQUIRE(ui.click("静音"));
    ui.step(2);
    CHECK(ui.settings().muted);
    CHECK_FALSE(ui.voice().ringing());
    CHECK(ui.sees("打开声音"));
    REQUIRE(ui.click("接听"));
    ui.step(2);
    CHECK(ui.voice().said().empty());
    CHECK(ui.sees("你名下有一张银行卡涉嫌一宗洗钱案"));
    REQUIRE(ui.click("请再说一遍"));
    CHECK(ui.voice().said().empty());
    ui.key("1");
    CHECK(ui.voice().said().empty());
    CHECK(ui.sees("案子还在侦查，你必须保密"));
    WHEN("sound is turned back on") {
        REQUIRE(ui.click("打开声音"));
        CHECK_FALSE(ui.settings().muted);
        REQUIRE(ui.click("请再说一遍"));
        THEN("the caller speaks again") { CHECK(said(ui, "案子还在侦查")); }
    }
    WHEN("the call goes on muted to its end") {
        ui.key("3");
        ui.step(2);
        THEN("the debrief comes as usual") {
            CHECK(ui.sees("你识破了骗局"));
            REQUIRE(played->answer);
            CHECK(played->answer->endingId == "hung-up");
            CHECK(ui.voice().said().empty());
        }
    }
}

SCENARIO("a genuine call refused is debriefed as genuine_refused", "[scenario-scenes]") {
    HeadlessUi ui;
    GIVEN("the real 96110 warning call") {
        auto played = play(ui, "fake-police.genuine-96110");
        CHECK(ui.sees("96110 反诈预警专线"));
        WHEN("the player declines it") {
            REQUIRE(ui.click("拒接"));
            ui.step(2);
            THEN("the debrief says a real warning was taken for a scam, with no question about reporting it") {
                CHECK_FALSE(ui.sees("挂断以后，你还要做什么？"));
                CHECK(ui.topScene() == "debrief");
                CHECK(ui.sees("这是真实的提醒，却被当成了骗子"));
                CHECK(ui.sees("为什么说它是真的"));
                CHECK(ui.sees(game::fillPlaceholders(ui.services().banks.item("fake-police.genuine-96110")->explanation,
                                                     ui.settings().region)));
                CHECK(ui.sees("自己查到官方号码，主动回拨核实"));
                checkGlyphs(ui);
                REQUIRE(played->answer);
                CHECK(played->answer->endingId == "refused");
                CHECK(played->record().outcome == game::Outcome::GenuineRefused);
            }
        }
    }
    GIVEN("the genuine 96110 call about a suspicious call") {
        auto played = play(ui, "genuine.s01");
        WHEN("the player answers and listens") {
            REQUIRE(ui.click("接听"));
            CHECK(said(ui, "您的手机刚刚接到过一个涉嫌诈骗的电话"));
            ui.key("1");
            ui.key("1");
            ui.step(2);
            ui.step(2);
            THEN("it was handled right, and the transcript has both sides") {
                CHECK(ui.sees("处理得对：这是真实的来电/通知。"));
                CHECK(ui.sees("对方：您好，这里是96110反诈预警劝阻专线。"));
                CHECK(ui.sees("你：好的，我这就删掉，谢谢"));
                REQUIRE(played->answer);
                CHECK(played->answer->endingId == "listened");
            }
        }
        WHEN("the player answers, then blocks it") {
            REQUIRE(ui.click("接听"));
            ui.key("3");
            ui.step(2);
            ui.step(2);
            THEN("the refusal is genuine_refused") {
                CHECK(ui.sees("这是真实的提醒，却被当成了骗子"));
                REQUIRE(played->answer);
                CHECK(played->answer->endingId == "refused");
            }
        }
    }
}

SCENARIO("an SMS sits in an inbox among ordinary messages and its link leads to a fake page", "[scenario-scenes]") {
    HeadlessUi ui;
    auto played = play(ui, "medical-insurance.s01");
    THEN("the inbox lists the message and the decoys, with a chime") {
        CHECK(ui.sees("+00 95 5550 0128"));
        CHECK(ui.sees("妈妈"));
        CHECK(ui.sees("社区网格员"));
        CHECK(ui.sees("话费提醒"));
        CHECK_FALSE(ui.sees("1. 点开链接"));
        CHECK(ui.voice().chimes() >= 1);
        checkGlyphs(ui);
    }
    WHEN("the player opens a decoy") {
        REQUIRE(ui.click("妈妈"));
        THEN("its text is shown and the scenario has not moved") {
            CHECK(ui.sees("晚上回家吃饭吗？我炖了汤。"));
            CHECK_FALSE(played->answer);
        }
    }
    WHEN("the player opens the message") {
        REQUIRE(ui.click("+00 95 5550 0128"));
        ui.step(2);
        CHECK(ui.sees("【医保中心】您的医保卡因信息过期已停用"));
        CHECK(ui.sees("2. 不点，打12345问问"));
        checkGlyphs(ui);
        AND_WHEN("they choose to check by calling 12345") {
            REQUIRE(ui.click("2. 不点，打12345问问"));
            ui.step(2);
            THEN("the debrief is safe with no after-call panel") {
                CHECK(ui.topScene() == "debrief");
                CHECK(ui.sees("你识破了骗局"));
                CHECK(ui.sees("医保部门不会发链接"));
                REQUIRE(played->answer);
                CHECK(played->answer->endingId == "verified");
                CHECK(played->record().actions.at(0).channel == game::Channel::Sms);
            }
        }
        AND_WHEN("they tap the link, fill in the fake page and give the code") {
            REQUIRE(ui.click("https://yibao-renew.example/up"));
            ui.step(2);
            CHECK(ui.sees("网址：https://yibao-renew.example/up"));
            CHECK(ui.sees("医保卡升级"));
            checkGlyphs(ui);
            REQUIRE(ui.click("姓名"));
            ui.type("王芳");
            REQUIRE(ui.click("身份证号"));
            ui.type("500114195001010000");
            REQUIRE(ui.click("银行卡号"));
            ui.type("6222000011112222");
            REQUIRE(ui.click("银行卡密码"));
            ui.type("123456");
            REQUIRE(ui.click("1. 填好提交"));
            ui.step(2);
            CHECK(ui.sees("已向您的手机发送验证码"));
            CHECK(ui.sees("还剩 60 秒！"));
            REQUIRE(ui.click("短信验证码"));
            ui.type("482913");
            REQUIRE(ui.click("1. 输入验证码，提交"));
            ui.step(2);
            THEN("the debrief shows the money lost and what to do, with 110") {
                CHECK(ui.topScene() == "debrief");
                CHECK(ui.sees("被骗了：损失 8000 元"));
                CHECK(ui.sees("马上拨打 110 报警"));
                CHECK(ui.sees("立刻拨打110报警"));   // {hotline.police} filled in the ending's text
                checkGlyphs(ui);
                REQUIRE(played->answer);
                CHECK(played->answer->endingId == "lost");
                CHECK(actionKinds(*played) == "choice,choice,choice");
                CHECK(played->record().actions.at(1).channel == game::Channel::Web);
            }
        }
    }
}

SCENARIO("a group chat shows names, bubbles and cards, and is stopped or paid", "[scenario-scenes]") {
    HeadlessUi ui;
    auto played = play(ui, "fake-boss.s01");
    THEN("the group's title, the members and their bubbles are shown") {
        CHECK(ui.sees("公司核心工作群"));
        CHECK(ui.sees("赵总（总经理）"));
        CHECK(ui.sees("收到，董事长。"));
        CHECK(ui.sees("邀请你加入了群聊"));
        CHECK(ui.voice().chimes() >= 1);
        checkGlyphs(ui);
    }
    WHEN("the player checks with the general manager by phone") {
        ui.key("2");
        ui.step(2);
        THEN("the debrief is safe") {
            CHECK(ui.topScene() == "debrief");
            CHECK(ui.sees("你识破了骗局"));
            REQUIRE(played->answer);
            CHECK(played->answer->endingId == "verified");
            CHECK(played->record().stoppedAt == "invite");
        }
    }
    WHEN("the player replies and then pays") {
        ui.key("1");
        ui.step(2);
        CHECK(ui.sees("（你：回复“收到”）")); // the player's choice, as a note on their side
        CHECK(ui.sees("[图片] 一张“银行转账回单”截图"));
        CHECK(ui.sees("@财务小张"));
        checkGlyphs(ui);
        ui.key("1");
        ui.step(2);
        THEN("the debrief shows 280000 yuan lost and the advice") {
            CHECK(ui.topScene() == "debrief");
            CHECK(ui.sees("被骗了：损失 280000 元"));
            CHECK(ui.sees("马上拨打 110 报警"));
            CHECK(ui.sees("伪造的转账截图"));
            REQUIRE(played->answer);
            CHECK(played->answer->endingId == "lost");
        }
    }
}

TEST_CASE("chat transfer and red-packet cards are drawn where the scenario has them", "[scenario-scenes]") {
    HeadlessUi ui;
    SECTION("a transfer card and an image card") {
        auto played = play(ui, "game-trade.s01");
        ui.key("1");
        ui.step(2);
        CHECK(ui.sees("[图片] 一个付款二维码"));
        ui.key("1");
        ui.step(2);
        CHECK(ui.sees("[转账] ¥1.00"));
        checkGlyphs(ui);
        ui.key("1");
        ui.step(2);
        CHECK(ui.sees("被骗了：损失 299 元"));
        REQUIRE(played->answer);
        CHECK(played->answer->endingId == "lost");
    }
    SECTION("a red packet") {
        auto played = play(ui, "card-trading.s01");
        ui.key("1");
        ui.key("1");
        ui.key("2");
        ui.step(2);
        CHECK(ui.sees("[红包]"));
        CHECK(ui.sees("再多给你100元红包"));
        checkGlyphs(ui);
        ui.key("2");
        ui.step(2);
        CHECK(ui.sees("你识破了骗局"));
        REQUIRE(played->answer);
        CHECK(played->answer->endingId == "refused");
    }
}

SCENARIO("a web page's form must be filled before it can be submitted", "[scenario-scenes]") {
    HeadlessUi ui;
    auto played = play(ui, "fake-loan.s03");
    THEN("the page shows its address and fields, and submitting is disabled") {
        CHECK(ui.sees("网址：https://jisu-jie.example/apply"));
        CHECK(ui.sees("极速借款申请"));
        CHECK(ui.sees("先填写上面的内容"));
        CHECK(ui.sees("（这是演练：不要填真实信息"));
        const auto submit = ui.trace().findWidget("1. 填写资料申请");
        REQUIRE(submit);
        CHECK_FALSE(submit->enabled);
        CHECK_FALSE(ui.click("1. 填写资料申请"));
        ui.key("1");   // the number key cannot get round it either
        CHECK(ui.sees("极速借款申请"));
        checkGlyphs(ui);
    }
    WHEN("only some fields are typed into") {
        REQUIRE(ui.click("姓名"));
        ui.type("李娜");
        REQUIRE(ui.click("手机号"));
        ui.type("13800000000");
        THEN("submitting stays disabled") {
            const auto submit = ui.trace().findWidget("1. 填写资料申请");
            REQUIRE(submit);
            CHECK_FALSE(submit->enabled);
        }
    }
    WHEN("the player leaves the page") {
        REQUIRE(ui.click("2. 关掉网页"));
        ui.step(2);
        THEN("it is safe") {
            CHECK(ui.sees("你识破了骗局"));
            REQUIRE(played->answer);
            CHECK(played->answer->endingId == "closed");
        }
    }
    WHEN("every field is typed into and the form submitted") {
        REQUIRE(ui.click("姓名"));
        ui.type("李娜");
        REQUIRE(ui.click("手机号"));
        ui.type("13800000000");
        REQUIRE(ui.click("银行卡号"));
        ui.type("6222000011112222");
        CHECK_FALSE(ui.sees("先填写上面的内容"));
        REQUIRE(ui.click("1. 填写资料申请"));
        ui.step(2);
        REQUIRE(ui.sees("开通VIP会员（399元）"));
        AND_WHEN("they refuse to pay the fee") {
            REQUIRE(ui.click("2. 放款前收费就是诈骗，不借了"));
            ui.step(2);
            THEN("the information is leaked") {
                CHECK(ui.sees("个人信息泄露了"));
                CHECK(ui.sees("立刻修改银行卡、支付软件的密码"));
                REQUIRE(played->answer);
                CHECK(played->answer->endingId == "leaked");
            }
        }
        AND_WHEN("they pay, meet the 'customer service' chat and tap its voice message") {
            REQUIRE(ui.click("1. 付399元开VIP"));
            ui.step(2);
            CHECK(ui.sees("VIP客服"));
            const auto before = ui.voice().said().size();
            REQUIRE(ui.click("[语音]"));
            THEN("the voice message is spoken, and calling 110 ends with 399 yuan lost") {
                REQUIRE(ui.voice().said().size() == before + 1);
                CHECK(ui.voice().said().back().find("别跟家里说") != std::string::npos);
                checkGlyphs(ui);
                ui.key("2");
                ui.step(2);
                CHECK(ui.sees("被骗了：损失 399 元"));
                CHECK(ui.sees("[语音] "));       // the voice message is in the transcript...
                CHECK_FALSE(ui.sees("点一下收听")); // ...but not offered for a tap there
                REQUIRE(played->answer);
                CHECK(played->answer->endingId == "lost");
            }
        }
    }
}

SCENARIO("a step of narration alone goes on in the SMS thread, with no chime and no trip to the inbox", "[scenario-scenes]") {
    HeadlessUi ui;
    auto played = play(ui, "fake-shopping.s04");
    ui.key("Enter"); // open the platform's message
    ui.step(2);
    REQUIRE(ui.sees("您购买的电水壶已发货"));
    const int chimes = ui.voice().chimes();
    ui.key("1"); // open the shopping app: narration, not a new message
    ui.step(2);
    THEN("the thread stays open with the narration in it") {
        CHECK(ui.sees("你自己打开购物平台APP"));
        CHECK_FALSE(ui.sees("点开一条短信看看"));
        CHECK(ui.voice().chimes() == chimes);
        CHECK(ui.sees("（你：打开购物平台APP，在“我的订单”里看看）"));
    }
}

SCENARIO("a web page with no address of its own keeps the address of the page before it", "[scenario-scenes]") {
    HeadlessUi ui;
    auto played = play(ui, "game-trade.s05");
    ui.key("Enter");
    ui.step(2);
    ui.key("1"); // tap the link in the SMS
    ui.step(2);
    REQUIRE(ui.sees("网址：https://game-appeal.example/login"));
    for (const char* field : {"游戏账号", "密码", "绑定手机号", "短信验证码"}) {
        REQUIRE(ui.click(field));
        ui.type("abc");
    }
    REQUIRE(ui.click("1. 填写"));
    ui.step(2);
    THEN("the next page is on the same site, under the same heading") {
        CHECK(ui.sees("验证成功！检测到违规记录"));
        CHECK(ui.sees("网址：https://game-appeal.example/login"));
        CHECK(ui.sees("账号申诉登录"));
        CHECK_FALSE(ui.sees("（没有显示网址）"));
    }
}

SCENARIO("a chat that moves from a group to a private chat keeps each line where it was said", "[scenario-scenes]") {
    HeadlessUi ui;
    auto played = play(ui, "card-trading.s01");
    CHECK(ui.sees("校园兼职互助群"));
    CHECK(ui.sees("同学小王")); // another member's name over their bubble
    ui.key("1");                // 私聊问问
    ui.step(2);
    THEN("the private chat is marked off from the group above it") {
        CHECK(ui.sees("—— 兼职-阿杰 ——"));
        CHECK(ui.sees("很简单：你去银行办张新卡"));
        CHECK(ui.sees("（你：私聊问问）"));
        checkGlyphs(ui);
    }
}

SCENARIO("a call the player places connects at once, with no ringing and nothing to answer", "[scenario-scenes]") {
    HeadlessUi ui;
    auto played = play(ui, "genuine.s09"); // the official website, then the player rings 12345
    REQUIRE(ui.sees("网址：https://ybj.qj-district.example/notice"));
    ui.key("2"); // 再打12345问一问
    ui.step(2);
    THEN("the call is connected and the hotline speaks") {
        CHECK(ui.sees("通话中"));
        CHECK_FALSE(ui.sees("接听"));
        CHECK_FALSE(ui.voice().ringing());
        CHECK(said(ui, "这里是12345热线"));
    }
    WHEN("the player thanks them") {
        ui.key("1");
        ui.step(2);
        THEN("the genuine contact was handled right, with no question about what to do after the call") {
            CHECK(ui.sees("处理得对：这是真实的来电/通知。"));
            REQUIRE(played->answer);
            CHECK(played->answer->endingId == "done");
        }
    }
}

SCENARIO("a choice that names a hotline shows the region's number, not its placeholder", "[scenario-scenes]") {
    HeadlessUi ui;
    auto played = play(ui, "fake-loan.s02");
    REQUIRE(ui.click("接听"));
    for (const char* pick : {"1", "2", "2"}) { // 怎么办理 -> 保证金怎么交 -> 先和家里人商量
        ui.key(pick);
        ui.step(2);
    }
    THEN("the hang-up choice names 96110") {
        CHECK(ui.sees("2. 挂断，拨打96110咨询"));
        CHECK_FALSE(ui.sees("{hotline"));
    }
}
