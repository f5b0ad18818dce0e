// The records store's attempts, answers and wrong-answer book.
#include "game/records/store.h"
#include "support/store_fixtures.h"
#include "support/temp_folder.h"

#include <catch2/catch.hpp>

using game::Store;
using game::StoreError;

namespace {

const game::Timestamp t0 = game::timestampFromUnixMs(1'700'000'000'000);

struct Roster {
    game::UnitId school;
    game::PersonId zhang;
    game::PersonId li;
    game::SessionId session;
};

Roster makeRoster(Store& store) {
    Roster r;
    r.school = store.addUnit("一小", game::UnitKind::School);
    game::Person p;
    p.unit = r.school;
    p.createdAt = t0;
    p.name = "张伟";
    r.zhang = store.addPerson(p);
    p.name = "李娜";
    r.li = store.addPerson(p);
    game::TrainingSession s;
    s.title = "测验";
    s.unit = r.school;
    r.session = store.createSession(s);
    return r;
}

game::Attempt attemptBy(game::PersonId person, std::optional<game::SessionId> session, game::Timestamp at) {
    game::Attempt a;
    a.person = person;
    a.session = session;
    a.seed = 0xF00DCAFEDEADBEEFULL; // the top bit set: must survive the signed column
    a.paper = {{"items", {"q1", "q2", "q3"}}, {"seed", 42}, {"banks", {{"core", 3}}}};
    a.startedAt = at;
    a.maxScore = 3;
    return a;
}

game::AnswerRecord answer(std::string item, int position, bool correct) {
    game::AnswerRecord a;
    a.itemId = std::move(item);
    a.position = position;
    a.response.keys = {std::string(1, static_cast<char>('A' + position))};
    a.correct = correct;
    a.points = correct ? 1 : 0;
    a.timeTaken = std::chrono::milliseconds{1500 + position};
    a.answeredAt = t0 + std::chrono::seconds{10 * (position + 1)};
    return a;
}

} // namespace

SCENARIO("answers are on record the moment they are given", "[store]") {
    testing::TempFolder temp;
    const auto file = temp.path() / "scamdrill.db";
    game::AttemptId attemptId;
    Roster roster;
    GIVEN("an attempt with three answers, and the program stops before finishing") {
        {
            auto store = Store::open(file);
            roster = makeRoster(store);
            attemptId = store.startAttempt(attemptBy(roster.zhang, roster.session, t0));
            CHECK(store.recordAnswer(attemptId, answer("q1", 0, true)) == game::AnswerWrite::New);
            CHECK(store.recordAnswer(attemptId, answer("q2", 1, false)) == game::AnswerWrite::New);
            CHECK(store.recordAnswer(attemptId, answer("q3", 2, true)) == game::AnswerWrite::New);
        }
        WHEN("the store is opened again") {
            auto store = Store::open(file);
            THEN("the attempt is offered for resuming with every answer kept") {
                const auto unfinished = store.unfinishedAttempts();
                REQUIRE(unfinished.size() == 1);
                const auto& a = unfinished[0];
                CHECK(a.id == attemptId);
                CHECK(a.person == roster.zhang);
                CHECK(a.session == roster.session);
                CHECK(a.seed == 0xF00DCAFEDEADBEEFULL);
                CHECK(a.paper == attemptBy(roster.zhang, roster.session, t0).paper);
                CHECK_FALSE(a.finishedAt.has_value());
                const auto answers = store.answersOf(attemptId);
                REQUIRE(answers.size() == 3);
                CHECK(answers[0].itemId == "q1");
                CHECK(answers[1].itemId == "q2");
                CHECK_FALSE(answers[1].correct);
                CHECK(answers[2].points == 1);
                CHECK(answers[2].timeTaken == std::chrono::milliseconds{1502});
                CHECK(answers[2].answeredAt == t0 + std::chrono::seconds{30});
                CHECK(answers[2].response.keys == std::vector<std::string>{"C"});
            }
            AND_WHEN("it is finished") {
                store.finishAttempt(attemptId, 2, true, t0 + std::chrono::minutes{5});
                THEN("it carries its result and is no longer unfinished") {
                    const auto a = store.attempt(attemptId);
                    REQUIRE(a.has_value());
                    CHECK(a->score == 2);
                    CHECK(a->passed == true);
                    CHECK(a->finishedAt == t0 + std::chrono::minutes{5});
                    CHECK_FALSE(a->abandoned());
                    CHECK(store.unfinishedAttempts().empty());
                }
                THEN("its answers and result can no longer change") {
                    CHECK_THROWS_MATCHES(store.recordAnswer(attemptId, answer("q1", 0, false)), StoreError,
                                         Catch::Predicate<StoreError>([](const StoreError& e) {
                                             return e.kind() == StoreError::Kind::AttemptFinished;
                                         }));
                    CHECK_THROWS_AS(store.finishAttempt(attemptId, 3, true, t0), StoreError);
                    CHECK(store.answersOf(attemptId)[0].correct);
                }
            }
        }
    }
}

SCENARIO("a second answer to the same item replaces the first", "[store]") {
    auto store = Store::open(":memory:");
    const auto roster = makeRoster(store);
    const auto attemptId = store.startAttempt(attemptBy(roster.zhang, std::nullopt, t0));
    GIVEN("an item answered wrongly") {
        REQUIRE(store.recordAnswer(attemptId, answer("q1", 0, false)) == game::AnswerWrite::New);
        WHEN("it is answered again before the attempt ends") {
            auto again = answer("q1", 0, true);
            again.response.keys = {"D"};
            const auto outcome = store.recordAnswer(attemptId, again);
            THEN("the store says so and keeps only the new answer") {
                CHECK(outcome == game::AnswerWrite::Replaced);
                const auto answers = store.answersOf(attemptId);
                REQUIRE(answers.size() == 1);
                CHECK(answers[0].correct);
                CHECK(answers[0].response.keys == std::vector<std::string>{"D"});
            }
        }
    }
}

TEST_CASE("unfinished attempts are listed per person or for everyone", "[store]") {
    auto store = Store::open(":memory:");
    const auto roster = makeRoster(store);
    const auto practice = store.startAttempt(attemptBy(roster.zhang, std::nullopt, t0));
    const auto exam = store.startAttempt(attemptBy(roster.li, roster.session, t0 + std::chrono::minutes{1}));
    const auto done = store.startAttempt(attemptBy(roster.li, roster.session, t0 + std::chrono::minutes{2}));
    store.finishAttempt(done, 1, false, t0 + std::chrono::minutes{3});

    const auto all = store.unfinishedAttempts();
    REQUIRE(all.size() == 2);
    CHECK(all[0].id == practice);
    CHECK_FALSE(all[0].session.has_value());
    CHECK(all[1].id == exam);
    const auto li = store.unfinishedAttempts(roster.li);
    REQUIRE(li.size() == 1);
    CHECK(li[0].id == exam);
    CHECK(store.attemptsOfSession(roster.session).size() == 2);
    CHECK(store.attemptsOfPerson(roster.zhang).size() == 1);

    store.abandonAttempt(practice, t0 + std::chrono::minutes{4});
    CHECK(store.attempt(practice)->abandoned());
    CHECK(store.unfinishedAttempts(roster.zhang).empty());
    CHECK_FALSE(store.attempt(game::AttemptId{999}).has_value());
}

TEST_CASE("attempts and answers need a real person and attempt", "[store]") {
    auto store = Store::open(":memory:");
    const auto roster = makeRoster(store);
    CHECK_THROWS_AS(store.startAttempt(attemptBy(game::PersonId{999}, std::nullopt, t0)), StoreError);
    CHECK_THROWS_AS(store.startAttempt(attemptBy(roster.zhang, game::SessionId{999}, t0)), StoreError);
    CHECK_THROWS_MATCHES(store.recordAnswer(game::AttemptId{999}, answer("q1", 0, true)), StoreError,
                         Catch::Predicate<StoreError>(
                             [](const StoreError& e) { return e.kind() == StoreError::Kind::NotFound; }));
    CHECK(store.unfinishedAttempts().empty());
}

TEST_CASE("the wrong-answer book keeps one entry per person and item", "[store]") {
    auto store = Store::open(":memory:");
    const auto roster = makeRoster(store);
    game::ReviewEntry entry;
    entry.person = roster.zhang;
    entry.itemId = "q1";
    entry.stage = 0;
    entry.dueAt = t0 + std::chrono::days{1};
    entry.reviewedAt = t0;
    store.upsertReview(entry);
    entry.itemId = "q2";
    entry.dueAt = t0 + std::chrono::days{3};
    store.upsertReview(entry);
    entry.person = roster.li;
    store.upsertReview(entry);

    CHECK(store.dueReviews(roster.zhang, t0).empty());
    const auto due = store.dueReviews(roster.zhang, t0 + std::chrono::days{1});
    REQUIRE(due.size() == 1);
    CHECK(due[0].itemId == "q1");
    CHECK(store.dueReviews(roster.zhang, t0 + std::chrono::days{3}).size() == 2);

    auto moved = due[0];
    moved.stage = 1;
    moved.lastCorrect = true;
    moved.dueAt = t0 + std::chrono::days{4};
    moved.reviewedAt = t0 + std::chrono::days{1};
    store.upsertReview(moved);
    const auto read = store.review(roster.zhang, "q1");
    REQUIRE(read.has_value());
    CHECK(read->stage == 1);
    CHECK(read->lastCorrect);
    CHECK(read->dueAt == t0 + std::chrono::days{4});
    CHECK(store.reviewsOf(roster.zhang).size() == 2);
    CHECK(store.reviewsOf(roster.zhang)[0].itemId == "q2");

    store.removeReview(roster.zhang, "q1");
    CHECK_FALSE(store.review(roster.zhang, "q1").has_value());
    CHECK(store.reviewsOf(roster.li).size() == 1);
}

SCENARIO("a person's and a session's answers are read in one go", "[store]") {
    auto store = Store::open(":memory:");
    const Roster roster = makeRoster(store);
    // Zhang: a session attempt, then a practice attempt; Li: a session attempt in between.
    const auto first = store.startAttempt(attemptBy(roster.zhang, roster.session, t0));
    const auto other = store.startAttempt(attemptBy(roster.li, roster.session, t0 + std::chrono::minutes(1)));
    const auto practice = store.startAttempt(attemptBy(roster.zhang, std::nullopt, t0 + std::chrono::minutes(2)));
    // Written out of paper order, and the practice attempt's answers before the first attempt's.
    (void)store.recordAnswer(practice, answer("q1", 0, true));
    (void)store.recordAnswer(first, answer("q2", 1, false));
    (void)store.recordAnswer(other, answer("q1", 0, true));
    (void)store.recordAnswer(first, answer("q1", 0, true));
    WHEN("Zhang's answers are read") {
        const auto answers = store.answersOfPerson(roster.zhang);
        THEN("they are his only, attempt by attempt as started, each in paper order, with their attempt") {
            REQUIRE(answers.size() == 3);
            CHECK(answers[0].attempt == first);
            CHECK(answers[0].itemId == "q1");
            CHECK(answers[1].attempt == first);
            CHECK(answers[1].itemId == "q2");
            CHECK(answers[2].attempt == practice);
        }
    }
    WHEN("the session's answers are read") {
        const auto answers = store.answersOfSession(roster.session);
        THEN("they are the session attempts' answers, not practice") {
            REQUIRE(answers.size() == 3);
            CHECK(answers[0].attempt == first);
            CHECK(answers[1].attempt == first);
            CHECK(answers[2].attempt == other);
        }
    }
    THEN("an attempt's own answers name it") {
        const auto answers = store.answersOf(first);
        REQUIRE(answers.size() == 2);
        CHECK(answers[0].attempt == first);
    }
}
