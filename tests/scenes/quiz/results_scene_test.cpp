// The results of a paper: score, pass or fail, the breakdown by fraud type,
// and every wrong answer with the right one, its explanation and red flags.
#include "support/quiz_player.h"
#include "scenes/names.h"
#include "scenes/quiz/results_scene.h"
#include "support/session_fixtures.h"

#include <catch2/catch.hpp>

#include <algorithm>

using testing::HeadlessUi;

namespace {
// The texts drawn right after the first text equal to cell (the rest of its table row).
std::vector<std::string> rowAfter(const HeadlessUi& ui, const std::string& cell, size_t cells) {
    const auto& texts = ui.trace().texts();
    const auto at = std::find(texts.begin(), texts.end(), cell);
    if (at == texts.end() || static_cast<size_t>(texts.end() - at) <= cells) return {};
    return {at + 1, at + 1 + static_cast<std::ptrdiff_t>(cells)};
}
} // namespace

SCENARIO("an exam with one wrong answer shows the score, the pass, the breakdown and the review", "[session-scenes]") {
    HeadlessUi ui(game::Language::ZhCN, testing::sceneData("banks-quiz"));
    const auto quiz = testing::startDrillQuiz(ui, false);
    const auto attempt = testing::currentAttempt(ui).id;
    testing::playByKeyboard(ui, {"drill.multi"});
    REQUIRE(ui.topScene() == "results");
    ui.step(2);
    THEN("the score and the pass are shown, and stored") {
        CHECK(ui.sees("十一月反诈测验  ·  张伟"));
        CHECK(ui.sees("40 / 50 分"));
        CHECK(ui.sees("合格"));
        CHECK_FALSE(ui.sees("未合格"));
        CHECK(ui.sees("答对 4 题（共答 5 题），合格线 30 分"));
        const auto stored = ui.store().attempt(attempt);
        REQUIRE(stored);
        CHECK(stored->score == Approx(40));
        CHECK(stored->maxScore == Approx(50));
        CHECK(stored->passed == std::optional<bool>(true));
    }
    THEN("each fraud type has its row: right answers and points") {
        CHECK(rowAfter(ui, "冒充公检法及政府机关", 2) == std::vector<std::string>{"4 / 4", "40 / 40"});
        CHECK(rowAfter(ui, "冒充电商物流客服", 2) == std::vector<std::string>{"0 / 1", "0 / 10"});
    }
    THEN("the wrong answer is reviewed with the right one, the explanation and the red flags") {
        CHECK(ui.sees("错题回顾（1 题）"));
        CHECK(ui.sees("2. 自称快递客服说要理赔，哪些做法是对的？"));
        CHECK(ui.sees("你的答案：B. 下载对方发来的会议软件"));
        CHECK(ui.sees("正确答案：A. 通过官方客服电话核实\nC. 不透露验证码"));
        CHECK(ui.sees("解析：理赔只走官方渠道，验证码谁问都不给。"));
        CHECK(ui.sees("识别要点："));
        CHECK(ui.sees("◆ 主动联系要理赔"));
        CHECK(ui.sees("◆ 要求下载共享屏幕软件"));
        // Items answered right are not reviewed.
        CHECK_FALSE(ui.sees("公检法机关不会电话办案"));
        CHECK(ui.missingGlyphs().empty());
    }
    WHEN("完成 is clicked") {
        REQUIRE(ui.click("完成"));
        THEN("the results close") { CHECK(ui.topScene() == "open-sessions"); }
    }
    (void)quiz;
}

SCENARIO("an exam with every answer wrong fails and reviews every kind", "[session-scenes]") {
    HeadlessUi ui(game::Language::ZhCN, testing::sceneData("banks-quiz"));
    (void)testing::startDrillQuiz(ui, false);
    const auto attempt = testing::currentAttempt(ui).id;
    const auto shownSteps = testing::shownOrder(ui, "drill.order");
    testing::playByKeyboard(ui, {"drill.single", "drill.multi", "drill.truefalse", "drill.spot", "drill.order"});
    REQUIRE(ui.topScene() == "results");
    ui.step(2);
    CHECK(ui.sees("0 / 50 分"));
    CHECK(ui.sees("未合格"));
    CHECK(ui.store().attempt(attempt)->passed == std::optional<bool>(false));
    CHECK(rowAfter(ui, "冒充公检法及政府机关", 2) == std::vector<std::string>{"0 / 4", "0 / 40"});
    CHECK(ui.sees("错题回顾（5 题）"));
    CHECK(ui.sees("你的答案：A. 马上转账"));
    CHECK(ui.sees("正确答案：B. 挂断电话，拨打110核实"));
    CHECK(ui.sees("你的答案：对"));
    CHECK(ui.sees("正确答案：错"));
    CHECK(ui.sees("4. 【公安局】你的账户涉嫌洗钱"));       // a message item is reviewed by its message
    CHECK(ui.sees("你的答案：「【公安局】你的账户」"));
    CHECK(ui.sees("「http://police-check.example」  公安机关不会发链接"));
    const auto* order = ui.services().banks.item("drill.order");
    const auto stepText = [&](const std::string& key) {
        return std::find_if(order->steps.begin(), order->steps.end(), [&](const auto& s) { return s.key == key; })->text;
    };
    CHECK(ui.sees("你的答案：1. " + stepText(shownSteps[0]) + "\n2. " + stepText(shownSteps[1])));
    CHECK(ui.sees("正确答案：1. 立即拨打110报警\n2. 联系银行紧急止付\n3. 保存聊天和转账记录"));
    for (const char* flag : {"◆ 电话里要求转账到安全账户", "◆ 视频出示逮捕令", "◆ 短信里的陌生链接", "◆ 被骗后拖延报警"}) {
        INFO(flag);
        CHECK(ui.sees(flag));
    }
    CHECK_FALSE(ui.sees("全部答对"));
    ui.key("Enter");
    CHECK(ui.topScene() == "open-sessions");
}

SCENARIO("the results of an attempt opened by its id are read once and say the same", "[session-scenes]") {
    HeadlessUi ui(game::Language::ZhCN, testing::sceneData("banks-quiz"));
    (void)testing::startDrillQuiz(ui, false);
    const auto attempt = testing::currentAttempt(ui).id;
    testing::playByKeyboard(ui, {"drill.multi"});
    REQUIRE(ui.click("完成"));
    WHEN("the results are opened again for the attempt") {
        ui.stack().push(std::make_unique<scenes::ResultsScene>(ui.services(), attempt, "十一月反诈测验", "张伟"));
        ui.step(2);
        THEN("they show the recorded score, the pass and the review") {
            CHECK(ui.topScene() == "results");
            CHECK(ui.sees("40 / 50 分"));
            CHECK(ui.sees("合格"));
            CHECK(ui.sees("错题回顾（1 题）"));
            CHECK(ui.sees("你的答案：B. 下载对方发来的会议软件"));
        }
    }
    WHEN("the results are opened for an attempt that does not exist") {
        ui.stack().push(std::make_unique<scenes::ResultsScene>(ui.services(), game::AttemptId{999}, "?", "?"));
        ui.step(2);
        THEN("they say so, and 完成 closes them") {
            CHECK(ui.sees("找不到这次答题记录。"));
            REQUIRE(ui.click("完成"));
            CHECK(ui.topScene() == "open-sessions");
        }
    }
}

TEST_CASE("the scenario tally names only what the player met", "[session-scenes]") {
    const HeadlessUi ui(game::Language::ZhCN);
    const auto& strings = ui.strings();
    CHECK(scenes::tallyText(strings, {}).empty());
    CHECK(scenes::tallyText(strings, {2, 1, 0, 0}) == "情景题：识破骗局 1 / 2");
    CHECK(scenes::tallyText(strings, {0, 0, 1, 1}) == "情景题：真实联系被误拒 1 / 1");
    CHECK(scenes::tallyText(strings, {3, 2, 2, 0}) == "情景题：识破骗局 2 / 3 · 真实联系被误拒 0 / 2");
}

TEST_CASE("a caller's avatar shows their own label, else a Chinese character of the name", "[scenario-scenes]") {
    const auto contact = [](std::string name, std::string avatar = "") {
        game::Contact c;
        c.name = std::move(name);
        c.avatar = std::move(avatar);
        return c;
    };
    CHECK(scenes::callerInitial(contact("“市公安局”李警官")) == "市");
    CHECK(scenes::callerInitial(contact("96110 反诈预警专线")) == "反");
    CHECK(scenes::callerInitial(contact("12345政务服务热线", "政")) == "政");
    CHECK(scenes::callerInitial(contact("+00 21 5550 0199")) == "0");
    CHECK(scenes::callerInitial(contact("Tom")) == "T");
    CHECK(scenes::callerInitial(contact("“”")) == "?");
}
