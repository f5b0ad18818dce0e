// The quiz: every quiz kind answered by mouse and by keyboard alone, each
// answer in the store the moment it is given, with the time it took; practice
// style explains after each answer, exam style waits for the results.
#include "support/quiz_player.h"
#include "support/session_fixtures.h"

#include "game/quiz/attempt_run.h"
#include "game/quiz/paper.h"
#include "game/quiz/scoring.h"
#include "scenes/quiz/quiz_scene.h"

#include <catch2/catch.hpp>

using testing::HeadlessUi;
using namespace std::chrono_literals;

namespace {
// Reads the quiz as it is played: the answers stored so far, and what the screen shows.
struct QuizWatch {
    HeadlessUi& ui;
    game::AttemptId attempt = testing::currentAttempt(ui).id;

    // The last answer stored; checks there are exactly count answers and it is for itemId.
    game::AnswerRecord stored(size_t count, const std::string& itemId) {
        const auto answers = ui.store().answersOf(attempt);
        REQUIRE(answers.size() == count);
        const auto& last = answers.back();
        CHECK(last.itemId == itemId);
        CHECK(last.position == static_cast<int>(count - 1));
        CHECK(last.timeTaken == 5000ms);
        CHECK(last.answeredAt == ui.services().now());
        return last;
    }
    // Draws two frames (glyphs typed or drawn for the first time are added) and checks none is missing.
    void checkGlyphs() {
        ui.step(2);
        INFO(ui.trace().describe());
        CHECK(ui.missingGlyphs().empty());
    }
    // True when no explanation, red flags or right answer is on screen.
    [[nodiscard]] bool showsNoFeedback() const {
        return !ui.sees("解析：") && !ui.sees("识别要点：") && !ui.sees("正确答案：") && !ui.sees("回答正确")
            && !ui.sees("回答错误");
    }
};

std::vector<int> flagPieces(HeadlessUi& ui) {
    std::vector<int> flags;
    const auto pieces = game::messagePieces(*ui.services().banks.item("drill.spot"));
    for (size_t i = 0; i < pieces.size(); ++i)
        if (pieces[i].flag >= 0) flags.push_back(static_cast<int>(i));
    return flags;
}
} // namespace

SCENARIO("every quiz kind answered by mouse, exam style", "[session-scenes]") {
    HeadlessUi ui(game::Language::ZhCN, testing::sceneData("banks-quiz"));
    const auto quiz = testing::startDrillQuiz(ui, false);
    QuizWatch watch{ui};
    REQUIRE(ui.topScene() == "quiz");

    // 1. single choice
    CHECK(ui.sees("第 1 / 5 题 · 冒充公检法及政府机关 · 10 分 · 用时 0:00"));
    CHECK(ui.sees("自称警察的人打电话要你把钱转到安全账户，怎么办？"));
    REQUIRE(ui.trace().findWidget("确定"));
    CHECK_FALSE(ui.trace().findWidget("确定")->enabled); // nothing picked yet
    CHECK_FALSE(ui.click("确定"));
    CHECK(ui.store().answersOf(watch.attempt).empty());
    watch.checkGlyphs();
    ui.advance(5s);
    ui.step();
    CHECK(ui.sees("用时 0:05"));
    REQUIRE(ui.click("马上转账"));
    REQUIRE(ui.click("挂断电话，拨打110核实")); // a single choice keeps only the last pick
    CHECK(ui.sees("● B. 挂断电话，拨打110核实"));
    CHECK(ui.sees("○ A. 马上转账"));
    REQUIRE(ui.click("确定"));
    {
        const auto answer = watch.stored(1, "drill.single");
        CHECK(answer.correct);
        CHECK(answer.points == 10);
        CHECK(answer.response.keys == std::vector<std::string>{"B"});
    }
    CHECK(watch.showsNoFeedback());

    // 2. multiple choice
    CHECK(ui.sees("第 2 / 5 题 · 冒充电商物流客服 · 10 分"));
    CHECK(ui.sees("自称快递客服说要理赔，哪些做法是对的？  （多选）"));
    watch.checkGlyphs();
    ui.advance(5s);
    REQUIRE(ui.click("通过官方客服电话核实"));
    REQUIRE(ui.click("按对方要求开通备用金"));
    REQUIRE(ui.click("不透露验证码"));
    REQUIRE(ui.click("按对方要求开通备用金")); // a second click takes a pick back
    CHECK(ui.sees("■ A. 通过官方客服电话核实"));
    CHECK(ui.sees("■ C. 不透露验证码"));
    CHECK(ui.sees("□ D. 按对方要求开通备用金"));
    REQUIRE(ui.click("确定"));
    {
        const auto answer = watch.stored(2, "drill.multi");
        CHECK(answer.correct);
        CHECK(answer.response.keys == std::vector<std::string>{"A", "C"});
    }
    CHECK(watch.showsNoFeedback());

    // 3. true or false
    CHECK(ui.sees("第 3 / 5 题"));
    watch.checkGlyphs();
    ui.advance(5s);
    REQUIRE(ui.click("2. 错"));
    CHECK(ui.sees("● 2. 错"));
    REQUIRE(ui.click("确定"));
    {
        const auto answer = watch.stored(3, "drill.truefalse");
        CHECK(answer.correct);
        CHECK(answer.response.truth == std::optional<bool>(false));
    }
    CHECK(watch.showsNoFeedback());

    // 4. spot the red flags
    CHECK(ui.sees("第 4 / 5 题"));
    CHECK(ui.sees("来自 10690000 的消息"));
    watch.checkGlyphs();
    ui.advance(5s);
    REQUIRE(ui.click("【公安局】你的账户")); // picked, then taken back
    REQUIRE(ui.click("【公安局】你的账户"));
    REQUIRE(ui.click("涉嫌洗钱"));
    REQUIRE(ui.click("http://police-check.example"));
    CHECK(ui.sees("已选 2 处"));
    REQUIRE(ui.click("确定"));
    {
        const auto answer = watch.stored(4, "drill.spot");
        CHECK(answer.correct);
        CHECK(answer.response.pieces == flagPieces(ui));
    }
    CHECK(watch.showsNoFeedback());

    // 5. ordering, with the 上移 and 下移 buttons
    CHECK(ui.sees("第 5 / 5 题"));
    CHECK(ui.sees("发现被骗后应该按什么顺序做？"));
    watch.checkGlyphs();
    ui.advance(5s);
    const auto shown = testing::shownOrder(ui, "drill.order");
    REQUIRE(shown.size() == 3);
    CHECK(shown != std::vector<std::string>{"a", "b", "c"});
    CHECK_FALSE(ui.trace().findWidget("上移##up0")->enabled);
    CHECK_FALSE(ui.trace().findWidget("下移##down2")->enabled);
    REQUIRE(ui.click("下移##down0"));
    REQUIRE(ui.click("上移##up1")); // back where it was
    testing::pickByMouse(ui, true);
    CHECK(ui.sees("1. 立即拨打110报警"));
    CHECK(ui.sees("2. 联系银行紧急止付"));
    CHECK(ui.sees("3. 保存聊天和转账记录"));
    REQUIRE(ui.click("确定"));
    {
        const auto answer = watch.stored(5, "drill.order");
        CHECK(answer.correct);
        CHECK(answer.response.keys == std::vector<std::string>{"a", "b", "c"});
    }

    THEN("the last answer ends the paper and the results show it scored") {
        CHECK(ui.topScene() == "results");
        const auto attempt = ui.store().attempt(watch.attempt);
        REQUIRE(attempt);
        CHECK(attempt->finishedAt);
        CHECK(attempt->score == Approx(50));
        CHECK(attempt->passed == std::optional<bool>(true));
        CHECK(attempt->session == std::optional<game::SessionId>(quiz.session));
        ui.step(2);
        CHECK(ui.sees("50 / 50 分"));
        CHECK(ui.sees("全部答对"));
        CHECK(ui.missingGlyphs().empty());
    }
}

SCENARIO("every quiz kind answered by keyboard alone, practice style", "[session-scenes]") {
    HeadlessUi ui(game::Language::ZhCN, testing::sceneData("banks-quiz"));
    (void)testing::startDrillQuiz(ui, true);
    QuizWatch watch{ui};
    REQUIRE(ui.topScene() == "quiz");

    // 1. single choice, answered wrong: number key 1 is A
    watch.checkGlyphs();
    ui.advance(5s);
    ui.key("1");
    CHECK(ui.sees("● A. 马上转账"));
    ui.key("Enter");
    {
        const auto answer = watch.stored(1, "drill.single");
        CHECK_FALSE(answer.correct);
        CHECK(answer.points == 0);
        CHECK(answer.response.keys == std::vector<std::string>{"A"});
    }
    CHECK(ui.sees("回答错误"));
    CHECK(ui.sees("你的答案："));
    CHECK(ui.sees("A. 马上转账"));
    CHECK(ui.sees("正确答案："));
    CHECK(ui.sees("B. 挂断电话，拨打110核实"));
    CHECK(ui.sees("解析：公检法机关不会电话办案，更没有安全账户。"));
    CHECK(ui.sees("识别要点："));
    CHECK(ui.sees("◆ 电话里要求转账到安全账户"));
    watch.checkGlyphs();
    ui.key("Enter"); // 下一题

    // 2. multiple choice: 1 and 3
    CHECK(ui.sees("第 2 / 5 题"));
    ui.advance(5s);
    ui.key("1");
    ui.key("3");
    CHECK(ui.sees("■ A. 通过官方客服电话核实"));
    CHECK(ui.sees("■ C. 不透露验证码"));
    ui.key("Enter");
    CHECK(watch.stored(2, "drill.multi").correct);
    CHECK(ui.sees("回答正确！"));
    CHECK(ui.sees("解析：理赔只走官方渠道，验证码谁问都不给。"));
    CHECK(ui.sees("◆ 主动联系要理赔"));
    CHECK(ui.sees("◆ 要求下载共享屏幕软件"));
    watch.checkGlyphs();
    ui.key("Enter");

    // 3. true or false: 2 is 错
    CHECK(ui.sees("第 3 / 5 题"));
    ui.advance(5s);
    ui.key("2");
    CHECK(ui.sees("● 2. 错"));
    ui.key("Enter");
    CHECK(watch.stored(3, "drill.truefalse").correct);
    CHECK(ui.sees("回答正确！"));
    CHECK(ui.sees("◆ 视频出示逮捕令"));
    ui.key("Enter");

    // 4. spot the red flags: number keys pick the pieces in reading order
    CHECK(ui.sees("第 4 / 5 题"));
    watch.checkGlyphs();
    ui.advance(5s);
    const auto flags = flagPieces(ui);
    REQUIRE(flags.size() == 2);
    for (const int piece : flags) ui.key(std::to_string(piece + 1));
    CHECK(ui.sees("已选 2 处"));
    ui.key("Enter");
    {
        const auto answer = watch.stored(4, "drill.spot");
        CHECK(answer.correct);
        CHECK(answer.response.pieces == flags);
    }
    CHECK(ui.sees("「涉嫌洗钱」  制造恐慌"));
    CHECK(ui.sees("◆ 短信里的陌生链接"));
    ui.key("Enter");

    // 5. ordering: a number key selects a row, Up and Down move it
    CHECK(ui.sees("第 5 / 5 题"));
    watch.checkGlyphs();
    ui.advance(5s);
    const auto shown = testing::shownOrder(ui, "drill.order");
    const auto textOf = [&](const std::string& key) {
        for (const auto& step : ui.services().banks.item("drill.order")->steps)
            if (step.key == key) return step.text;
        return std::string();
    };
    ui.key("1");
    ui.key("Down");
    CHECK(ui.sees("1. " + textOf(shown[1])));
    CHECK(ui.sees("2. " + textOf(shown[0])));
    ui.key("Up");
    CHECK(ui.sees("1. " + textOf(shown[0])));
    testing::pickByKeyboard(ui, true);
    CHECK(ui.sees("1. 立即拨打110报警"));
    CHECK(ui.sees("3. 保存聊天和转账记录"));
    ui.key("Enter");
    {
        const auto answer = watch.stored(5, "drill.order");
        CHECK(answer.correct);
        CHECK(answer.response.keys == std::vector<std::string>{"a", "b", "c"});
    }
    CHECK(ui.sees("回答正确！"));
    CHECK(ui.sees("看成绩"));
    watch.checkGlyphs();
    ui.key("Enter");

    THEN("the results follow, scored from the stored answers") {
        CHECK(ui.topScene() == "results");
        ui.step(2);
        CHECK(ui.sees("40 / 50 分"));
        CHECK(ui.store().attempt(watch.attempt)->score == Approx(40));
        CHECK(ui.missingGlyphs().empty());
    }
}

TEST_CASE("the quiz clock shows minutes and seconds spent on the item", "[session-scenes]") {
    HeadlessUi ui(game::Language::ZhCN, testing::sceneData("banks-quiz"));
    (void)testing::startDrillQuiz(ui, false);
    ui.advance(75s);
    ui.step();
    CHECK(ui.sees("用时 1:15"));
    ui.key("2");
    ui.key("Enter");
    CHECK(ui.sees("第 2 / 5 题"));
    CHECK(ui.sees("用时 0:00")); // the next item's clock starts when it shows
    CHECK(ui.store().answersOf(testing::currentAttempt(ui).id).at(0).timeTaken == 75s);
}

SCENARIO("wrong answers to multiple choice, spot-the-flags and ordering are shown piece by piece", "[session-scenes]") {
    HeadlessUi ui(game::Language::ZhCN, testing::sceneData("banks-quiz"));
    ui.settings().textSize = game::TextSize::ExtraLarge;
    (void)testing::startDrillQuiz(ui, true);
    ui.key("1"); // item 1, wrong
    ui.key("Enter");
    ui.key("Enter");
    ui.key("1"); // item 2: one of its two right options, and nothing wrong
    ui.key("Enter");
    CHECK(ui.sees("答对了一部分：还漏选了 1 项"));
    CHECK_FALSE(ui.sees("回答错误"));
    ui.key("Enter");
    ui.key("2"); // item 3, right
    ui.key("Enter");
    ui.key("Enter");
    REQUIRE(ui.sees("第 4 / 5 题"));
    const auto pieces = game::messagePieces(*ui.services().banks.item("drill.spot"));
    const auto flags = flagPieces(ui);
    REQUIRE(flags.size() == 2);
    int plain = 0;
    while (pieces[static_cast<size_t>(plain)].flag >= 0) ++plain;
    REQUIRE(ui.click(pieces[static_cast<size_t>(flags[0])].text));
    REQUIRE(ui.click(pieces[static_cast<size_t>(plain)].text));
    ui.key("Enter");
    WHEN("one flag is found, one missed and one plain piece picked") {
        THEN("the message comes back with a legend, and the flags with why") {
            CHECK(ui.sees("回答错误"));
            CHECK(ui.sees("绿色：你找出的可疑之处"));
            CHECK(ui.sees(pieces[static_cast<size_t>(flags[1])].text));
            CHECK(ui.sees("「涉嫌洗钱」  制造恐慌"));
            const auto next = ui.trace().findWidget("下一题");
            REQUIRE(next);
            CHECK(next->visible); // in view below the scrolling feedback, even at extra-large text
        }
        ui.key("Enter");
        REQUIRE(ui.sees("第 5 / 5 题"));
        ui.key("Enter"); // the order as shown, which is never the right one
        THEN("each step of the player's order says whether it is in its place") {
            CHECK(ui.sees("回答错误"));
            CHECK(ui.sees("（位置不对）"));
            const auto results = ui.trace().findWidget("看成绩");
            REQUIRE(results);
            CHECK(results->visible);
        }
    }
}

SCENARIO("every built-in quiz item shows the region's contacts, never a placeholder", "[session-scenes]") {
    HeadlessUi ui; // the built-in banks
    ui.settings().region.localLine = "0000-7654321";
    const auto roster = testing::addRoster(ui.store(), "石会镇", {{"李大爷", ""}});
    game::PaperRules rules;
    for (const auto& bank : ui.services().banks.banks)
        for (const auto& item : bank.items)
            if (item.kind != game::ItemKind::Scenario) rules.fixedItems.push_back(item.id);
    rules.feedbackAfterEach = true;
    auto paper = game::drawPaper(rules, ui.services().banks.banks, 1);
    REQUIRE(paper.items.size() == rules.fixedItems.size());
    auto run = game::AttemptRun::start(ui.store(), ui.services().banks.banks, std::move(paper), roster.people[0],
                                       std::nullopt, ui.services().now());
    ui.stack().push(std::make_unique<scenes::QuizScene>(ui.services(), std::move(run), "全部题目", "李大爷"));
    ui.step(2);
    std::vector<std::string> leaks;
    bool sawLocalLine = false;
    for (size_t i = 0; i < rules.fixedItems.size(); ++i) {
        const auto check = [&](const char* when) {
            if (ui.sees("{hotline") || ui.sees("{wechat")) leaks.push_back(rules.fixedItems[i] + " " + when);
            sawLocalLine = sawLocalLine || ui.sees("0000-7654321");
        };
        check("question");
        ui.key("1");
        ui.key("Enter");
        check("feedback");
        ui.key("Enter");
    }
    std::string list;
    for (const auto& leak : leaks) list += leak + "\n";
    INFO(list);
    CHECK(leaks.empty());
    CHECK(sawLocalLine); // the items that name the local line show the organiser's number
    CHECK(ui.topScene() == "results");
}
