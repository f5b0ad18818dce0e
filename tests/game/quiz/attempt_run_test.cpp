// Playing a paper: every answer durable at once, resuming after a crash, finishing, results.
#include "game/quiz/attempt_run.h"
#include "game/quiz/results.h"
#include "support/store_fixtures.h"
#include "support/paper_fixtures.h"
#include "support/temp_folder.h"
#include "support/responses.h"

#include <catch2/catch.hpp>

namespace {

const game::Timestamp t0 = game::timestampFromUnixMs(1'700'000'000'000);

game::PersonId addPerson(game::Store& store) {
    game::Person p;
    p.unit = store.addUnit("一小", game::UnitKind::School);
    p.name = "张伟";
    p.createdAt = t0;
    return store.addPerson(p);
}

// A paper of fixed items in this order (options unshuffled, to answer by key).
game::Paper fixedPaper(const game::BankLibrary& library, std::vector<std::string> ids, bool partialCredit = false) {
    game::PaperRules rules;
    rules.fixedItems = std::move(ids);
    rules.shuffleOptions = false;
    rules.partialCredit = partialCredit;
    return game::drawPaper(rules, library.banks, 11);
}

} // namespace

using fixtures::keys;
using fixtures::truth;

SCENARIO("answers survive a crash and the attempt resumes at the first unanswered item", "[paper]") {
    testing::TempFolder folder;
    const auto file = folder.path() / "records.db";
    const auto library = fixtures::paperBanks();
    const auto paper = fixedPaper(library, {"test.single", "drill.o1", "test.multi", "drill.g1", "test.tf"});
    REQUIRE(paper.maxScore == 5 + 3 + 5 + 2 + 5);
    game::AttemptId attemptId;
    game::PersonId person;
    GIVEN("a player who answers three items, then the program dies") {
        {
            auto store = game::Store::open(file);
            person = addPerson(store);
            auto run = game::AttemptRun::start(store, library.banks, paper, person, std::nullopt, t0);
            attemptId = run.id();
            REQUIRE(run.currentItem() != nullptr);
            CHECK(run.currentItem()->id == "test.single");
            CHECK(run.currentPaperItem().order == std::vector<std::string>{"A", "B", "C", "D"});
            CHECK(run.answer(keys({"B"}), std::chrono::milliseconds{4000}, t0 + std::chrono::seconds{5}).correct);
            CHECK_FALSE(run.answer(truth(true), std::chrono::milliseconds{3000}, t0 + std::chrono::seconds{9}).correct);
            CHECK(run.answer(keys({"A", "B"}), std::chrono::milliseconds{6000}, t0 + std::chrono::seconds{16}).correct);
            CHECK(run.position() == 3);
        } // the run and the store are dropped without finishing
        WHEN("the program starts again and resumes the unfinished attempt") {
            auto store = game::Store::open(file);
            const auto unfinished = store.unfinishedAttempts(person);
            REQUIRE(unfinished.size() == 1);
            CHECK(unfinished[0].id == attemptId);
            auto run = game::AttemptRun::resume(store, library.banks, attemptId);
            THEN("play continues at item 4 with exactly the three answers kept") {
                CHECK(run.position() == 3);
                CHECK_FALSE(run.finished());
                REQUIRE(run.currentItem() != nullptr);
                CHECK(run.currentItem()->id == "drill.g1");
                CHECK(run.answeredCount() == 3);
                CHECK(run.playableCount() == 5);
                const auto answers = run.answers();
                REQUIRE(answers.size() == 3);
                CHECK(answers[0].itemId == "test.single");
                CHECK(answers[1].itemId == "drill.o1");
                CHECK(answers[1].response.truth == std::optional<bool>(true));
                CHECK(answers[1].timeTaken == std::chrono::milliseconds{3000});
                CHECK(answers[2].points == 5);
                CHECK(game::toJson(run.paper()) == game::toJson(paper));
            }
            THEN("the missed item is in the person's wrong-answer book, due tomorrow") {
                const auto book = store.reviewsOf(person);
                REQUIRE(book.size() == 1);
                CHECK(book[0].itemId == "drill.o1");
                CHECK(book[0].dueAt == t0 + std::chrono::seconds{9} + std::chrono::days{1});
            }
            AND_WHEN("the last two items are answered and the attempt finished") {
                run.answer(keys({"C"}), std::chrono::milliseconds{1000}, t0 + std::chrono::minutes{5});
                run.answer(truth(false), std::chrono::milliseconds{1000}, t0 + std::chrono::minutes{6});
                REQUIRE(run.finished());
                CHECK(run.currentItem() == nullptr);
                const auto result = run.finish(t0 + std::chrono::minutes{7});
                THEN("the score, max and pass are stored") {
                    CHECK(result.score == 15);
                    CHECK(result.maxScore == 20);
                    CHECK(result.passed); // 15 >= 60% of 20
                    const auto stored = store.attempt(attemptId);
                    REQUIRE(stored->score);
                    CHECK(*stored->score == 15);
                    CHECK(stored->passed == std::optional<bool>(true));
                    CHECK(store.unfinishedAttempts(person).empty());
                }
                THEN("finishing again returns the same result") {
                    const auto again = run.finish(t0 + std::chrono::minutes{8});
                    CHECK(again.score == 15);
                    CHECK(again.passed);
                    auto other = game::AttemptRun::resume(store, library.banks, attemptId);
                    CHECK(other.finished());
                    CHECK(other.finish(t0 + std::chrono::minutes{9}).score == 15);
                }
            }
        }
    }
}

SCENARIO("an item no longer in the banks is skipped when an attempt resumes", "[paper]") {
    const auto library = fixtures::paperBanks();
    auto store = game::Store::open(":memory:");
    const auto person = addPerson(store);
    auto paper = fixedPaper(library, {"drill.g1", "drill.g2", "drill.g3"});
    paper.items[1].itemId = "drill.removed";
    auto run = game::AttemptRun::start(store, library.banks, paper, person, std::nullopt, t0);
    THEN("it is never shown, not counted in the max and noted") {
        REQUIRE(run.notes().size() == 1);
        CHECK_THAT(run.notes()[0], Catch::Contains("drill.removed") && Catch::Contains("left out"));
        run.answer(keys({"A"}), std::chrono::milliseconds{100}, t0);
        CHECK(run.position() == 2);
        CHECK(run.currentItem()->id == "drill.g3");
        run.answer(keys({"B"}), std::chrono::milliseconds{100}, t0);
        const auto result = run.finish(t0);
        CHECK(result.score == 2);
        CHECK(result.maxScore == 4);
        CHECK_FALSE(result.passed); // 2 < 60% of 4
        CHECK(store.answersOf(run.id()).size() == 2);
    }
}

SCENARIO("results break the score down by fraud type and list the wrong answers", "[paper]") {
    const auto library = fixtures::paperBanks();
    auto store = game::Store::open(":memory:");
    const auto person = addPerson(store);
    const auto paper = fixedPaper(library, {"drill.g1", "drill.o1", "test.multi", "drill.o2", "drill.g2"}, true);
    auto run = game::AttemptRun::start(store, library.banks, paper, person, std::nullopt, t0);
    run.answer(keys({"A"}), std::chrono::milliseconds{100}, t0);       // general, right: 2
    run.answer(truth(true), std::chrono::milliseconds{100}, t0);       // order brushing, wrong
    run.answer(keys({"A"}), std::chrono::milliseconds{100}, t0);       // fake police, half: 2.5
    run.answer(truth(false), std::chrono::milliseconds{100}, t0);      // order brushing, right: 3
    const auto results = game::resultsOf(run.paper(), run.answers(), library.banks); // drill.g2 not answered
    THEN("score, max and pass") {
        CHECK(results.score == Approx(7.5));
        CHECK(results.maxScore == 2 + 3 + 5 + 3 + 2);
        CHECK(results.passScore == Approx(9));
        CHECK_FALSE(results.passed);
        CHECK(results.answered == 4);
        CHECK(results.right == 2);
    }
    THEN("each fraud type on the paper, in fraud-type order") {
        REQUIRE(results.byFraudType.size() == 3);
        CHECK(results.byFraudType[0].fraudType == game::FraudType::OrderBrushing);
        CHECK(results.byFraudType[0].points == 3);
        CHECK(results.byFraudType[0].maxPoints == 6);
        CHECK(results.byFraudType[0].right == 1);
        CHECK(results.byFraudType[0].total == 2);
        CHECK(results.byFraudType[1].fraudType == game::FraudType::FakePolice);
        CHECK(results.byFraudType[1].points == Approx(2.5));
        CHECK(results.byFraudType[1].right == 0);
        CHECK(results.byFraudType[2].fraudType == game::FraudType::General);
        CHECK(results.byFraudType[2].points == 2);
        CHECK(results.byFraudType[2].maxPoints == 4);
        CHECK(results.byFraudType[2].right == 1);
        CHECK(results.byFraudType[2].total == 2);
    }
    THEN("the wrong and unanswered items, with the response, explanation and red flags") {
        REQUIRE(results.wrong.size() == 3);
        CHECK(results.wrong[0].item->id == "drill.o1");
        CHECK(results.wrong[0].position == 1);
        CHECK(results.wrong[0].answered);
        CHECK(results.wrong[0].response.truth == std::optional<bool>(true));
        CHECK(results.wrong[0].item->explanation == "解析：drill.o1");
        CHECK(results.wrong[0].item->redFlags == std::vector<std::string>{"红旗：drill.o1"});
        CHECK(results.wrong[1].item->id == "test.multi");
        CHECK(results.wrong[1].points == Approx(2.5));
        CHECK(results.wrong[1].paperItem.order == std::vector<std::string>{"A", "B", "C"});
        CHECK(results.wrong[2].item->id == "drill.g2");
        CHECK_FALSE(results.wrong[2].answered);
        CHECK(results.notes.empty());
    }
}

TEST_CASE("resuming an attempt that does not exist is a NotFound store error", "[paper]") {
    const auto library = fixtures::paperBanks();
    auto store = game::Store::open(":memory:");
    try {
        (void)game::AttemptRun::resume(store, library.banks, game::AttemptId{42});
        FAIL("resumed a missing attempt");
    } catch (const game::StoreError& error) {
        CHECK(error.kind() == game::StoreError::Kind::NotFound);
        CHECK_THAT(std::string(error.what()), Catch::Contains("42"));
    }
}

SCENARIO("finishing gives the results the results screen shows, computed once", "[paper]") {
    const auto library = fixtures::paperBanks();
    auto store = game::Store::open(":memory:");
    const auto person = addPerson(store);
    auto paper = fixedPaper(library, {"drill.g1", "test.call", "drill.o1"});
    paper.level = "general";
    auto run = game::AttemptRun::start(store, library.banks, paper, person, std::nullopt, t0);
    CHECK_FALSE(run.results());
    run.answer(keys({"A"}), std::chrono::milliseconds{100}, t0); // 2 points
    run.answer(fixtures::ending("hung-up"), std::chrono::milliseconds{100}, t0); // 5 points: the scam stopped
    run.answer(truth(true), std::chrono::milliseconds{100}, t0); // wrong
    const auto& results = run.finish(t0 + std::chrono::minutes{1});
    THEN("they are the results of the stored answers, with the scenario tally and the stars") {
        const auto again = game::resultsOf(run.paper(), store.answersOf(run.id()), library.banks);
        CHECK(results.score == again.score);
        CHECK(results.passed == again.passed);
        CHECK(results.score == 7);
        CHECK(results.maxScore == 10);
        CHECK(results.scenarios.scams == 1);
        CHECK(results.scenarios.scamsStopped == 1);
        CHECK(results.stars == std::optional<int>(1)); // 70%
        REQUIRE(results.wrong.size() == 1);
        CHECK(results.wrong[0].item->id == "drill.o1");
        CHECK(results.wrong[0].paperItem.itemId == "drill.o1");
    }
    THEN("what was stored is what they say") {
        const auto stored = store.attempt(run.id());
        CHECK(stored->score == std::optional<double>(results.score));
        CHECK(stored->passed == std::optional<bool>(results.passed));
        REQUIRE(run.results());
        CHECK(run.results()->score == results.score);
    }
    THEN("the attempt read back from the store, or resumed, gives the same results") {
        const auto read = game::resultsOfAttempt(store, library.banks, run.id());
        REQUIRE(read);
        CHECK(read->score == results.score);
        CHECK(read->passed == results.passed);
        CHECK(read->stars == results.stars);
        CHECK(read->scenarios.scamsStopped == 1);
        CHECK(read->wrong.size() == 1);
        const auto resumed = game::AttemptRun::resume(store, library.banks, run.id());
        REQUIRE(resumed.results());
        CHECK(resumed.results()->score == results.score);
        CHECK(resumed.results()->wrong.size() == 1);
        CHECK_FALSE(game::resultsOfAttempt(store, library.banks, game::AttemptId{999}));
    }
}

SCENARIO("a paper without a level is passed or failed, and earns no stars", "[paper]") {
    const auto library = fixtures::paperBanks();
    auto store = game::Store::open(":memory:");
    auto run = game::AttemptRun::start(store, library.banks, fixedPaper(library, {"drill.g1", "drill.g2"}), addPerson(store),
                                       std::nullopt, t0);
    run.answer(keys({"A"}), std::chrono::milliseconds{100}, t0);
    run.answer(keys({"A"}), std::chrono::milliseconds{100}, t0);
    const auto& results = run.finish(t0);
    CHECK(results.passed);
    CHECK_FALSE(results.stars);
    CHECK(results.scenarios.scams == 0);
}

SCENARIO("an attempt finished by another run keeps its recorded result", "[paper]") {
    const auto library = fixtures::paperBanks();
    auto store = game::Store::open(":memory:");
    auto paper = fixedPaper(library, {"drill.g1", "drill.g2"});
    paper.level = "general";
    auto run = game::AttemptRun::start(store, library.banks, paper, addPerson(store), std::nullopt, t0);
    run.answer(keys({"A"}), std::chrono::milliseconds{100}, t0);
    run.answer(keys({"A"}), std::chrono::milliseconds{100}, t0);
    auto other = game::AttemptRun::resume(store, library.banks, run.id());
    store.finishAttempt(run.id(), 1, false, t0); // as an older version scored it
    const auto& results = run.finish(t0);
    THEN("the stored score, pass and stars stand; the breakdown is still the answers'") {
        CHECK(results.score == 1);
        CHECK_FALSE(results.passed);
        CHECK(results.stars == std::optional<int>(0));
        CHECK(results.right == 2);
        CHECK(other.finish(t0).score == 1);
        CHECK(game::resultsOfAttempt(store, library.banks, run.id())->score == 1);
    }
}
