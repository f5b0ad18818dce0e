// Resuming after a crash: an attempt left unfinished is offered with how far
// it got; continuing keeps every given answer, giving up ends it.
#include "game/quiz/attempt_run.h"
#include "support/quiz_player.h"
#include "support/session_fixtures.h"

#include <catch2/catch.hpp>

using testing::HeadlessUi;

namespace {
// 张伟 answers the first two drill items, then the quiz scene is destroyed
// with the stack (as when the program dies) and the resume scene opens.
game::AttemptId leaveAfterTwoAnswers(HeadlessUi& ui) {
    (void)testing::startDrillQuiz(ui, false);
    const auto attempt = testing::currentAttempt(ui).id;
    for (int i = 0; i < 2; ++i) {
        testing::pickByKeyboard(ui, true);
        ui.key("Enter");
    }
    REQUIRE(ui.sees("第 3 / 5 题"));
    REQUIRE(ui.store().answersOf(attempt).size() == 2);
    ui.open(scenes::SceneId::Resume); // empties the stack first: the quiz scene is gone
    return attempt;
}
} // namespace

SCENARIO("an unfinished attempt is offered and resumed at the next item", "[session-scenes]") {
    HeadlessUi ui(game::Language::ZhCN, testing::sceneData("banks-quiz"));
    const auto attempt = leaveAfterTwoAnswers(ui);
    THEN("the resume scene names the person, the session and how far they got") {
        CHECK(ui.sees("继续没答完的卷子"));
        CHECK(ui.sees("张伟  ·  十一月反诈测验"));
        CHECK(ui.sees("已答 2 / 5 题"));
        CHECK(ui.trace().findWidget("张伟 接着答"));
        CHECK(ui.missingGlyphs().empty());
    }
    WHEN("张伟 接着答 is clicked") {
        REQUIRE(ui.click("张伟 接着答"));
        THEN("the paper continues at item 3 with both answers kept") {
            CHECK(ui.topScene() == "quiz");
            CHECK(ui.sees("第 3 / 5 题"));
            CHECK(ui.sees("警察可以通过视频电话给你看逮捕令，让你配合转账。"));
            const auto answers = ui.store().answersOf(attempt);
            REQUIRE(answers.size() == 2);
            CHECK(answers[0].itemId == "drill.single");
            CHECK(answers[1].itemId == "drill.multi");
        }
        AND_WHEN("the rest is answered") {
            testing::playByKeyboard(ui);
            THEN("the attempt finishes with all five answers, none given twice") {
                CHECK(ui.topScene() == "results");
                const auto answers = ui.store().answersOf(attempt);
                REQUIRE(answers.size() == 5);
                for (size_t i = 0; i < answers.size(); ++i) CHECK(answers[i].itemId == testing::drillItemIds()[i]);
                CHECK(ui.store().attempt(attempt)->score == Approx(50));
                CHECK(ui.store().unfinishedAttempts().empty());
            }
        }
    }
    WHEN("放弃这份卷子 is clicked") {
        REQUIRE(ui.click("放弃这份卷子"));
        THEN("the attempt is ended without a score, its answers kept, and nothing is offered") {
            const auto stored = ui.store().attempt(attempt);
            REQUIRE(stored);
            CHECK(stored->abandoned());
            CHECK(ui.store().answersOf(attempt).size() == 2);
            CHECK(ui.store().unfinishedAttempts().empty());
            CHECK(ui.sees("没有需要继续的卷子了。"));
            CHECK_FALSE(ui.trace().findWidget("张伟 接着答"));
        }
    }
    WHEN("以后再说 is clicked") {
        REQUIRE(ui.click("以后再说"));
        THEN("the attempt stays unfinished for later") {
            CHECK(ui.stack().empty());
            CHECK(ui.store().unfinishedAttempts().size() == 1);
        }
    }
}

TEST_CASE("an unfinished practice level is offered as 自主闯关", "[session-scenes]") {
    HeadlessUi ui(game::Language::ZhCN, testing::sceneData("banks-quiz"));
    (void)testing::addRoster(ui.store(), "城东小学", {{"张伟", "2024001"}});
    ui.open(scenes::SceneId::Practice);
    REQUIRE(ui.click("找到你自己"));
    ui.type("zw");
    ui.key("Enter");
    REQUIRE(ui.click("冒充公检法及政府机关"));
    testing::pickByMouse(ui, true);
    REQUIRE(ui.click("确定"));
    ui.open(scenes::SceneId::Resume);
    CHECK(ui.sees("张伟  ·  自主闯关"));
    CHECK(ui.sees("已答 1 / 4 题"));
    REQUIRE(ui.click("张伟 接着答"));
    CHECK(ui.sees("第 2 / 4 题"));
}

TEST_CASE("a paper cut off after its last answer goes straight to its results when resumed", "[session-scenes]") {
    HeadlessUi ui(game::Language::ZhCN, testing::sceneData("banks-quiz"));
    (void)testing::startDrillQuiz(ui, false);
    const auto attempt = testing::currentAttempt(ui).id;
    {
        // Every item answered, as if the program died before the results were computed.
        auto run = game::AttemptRun::resume(ui.store(), ui.services().banks.banks, attempt);
        while (!run.finished()) run.answer(game::Response{}, std::chrono::milliseconds{100}, ui.services().now());
    }
    ui.open(scenes::SceneId::Resume);
    REQUIRE(ui.sees("已答 5 / 5 题"));
    REQUIRE(ui.click("张伟 接着答"));
    ui.step(2);
    CHECK(ui.topScene() == "results");
    CHECK(ui.sees("0 / 50 分"));
    CHECK(ui.store().attempt(attempt)->finishedAt);
    CHECK(ui.store().unfinishedAttempts().empty());
}

TEST_CASE("with many papers left unfinished, 以后再说 stays on screen", "[session-scenes]") {
    HeadlessUi ui(game::Language::ZhCN, testing::sceneData("banks-quiz"));
    const auto unit = ui.store().addUnit("城东小学", game::UnitKind::School);
    game::Person person;
    person.unit = unit;
    for (int i = 0; i < 12; ++i) {
        person.name = "学生" + std::to_string(i + 1);
        game::Attempt attempt;
        attempt.person = ui.store().addPerson(person);
        attempt.startedAt = ui.services().now();
        (void)ui.store().startAttempt(attempt); // a practice paper cut off before its first answer
    }
    ui.open(scenes::SceneId::Resume);
    const auto later = ui.trace().findWidget("以后再说");
    REQUIRE(later);
    CHECK(later->visible);
    REQUIRE(ui.click("以后再说"));
    ui.step(1);
    CHECK(ui.stack().empty());
}
