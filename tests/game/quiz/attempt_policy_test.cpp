// The attempt policy: what signing in again gives, and which attempt is the result.
#include "game/quiz/attempt_policy.h"

#include <catch2/catch.hpp>

#include <vector>

namespace {

const game::Timestamp t0 = game::timestampFromUnixMs(1'795'000'000'000);

game::Attempt finished(std::int64_t id, double score, int minutesAfter) {
    game::Attempt a;
    a.id = game::AttemptId{id};
    a.maxScore = 10;
    a.startedAt = t0 + std::chrono::minutes(minutesAfter - 5);
    a.finishedAt = t0 + std::chrono::minutes(minutesAfter);
    a.score = score;
    a.passed = score >= 6;
    return a;
}

game::Attempt open(std::int64_t id) {
    game::Attempt a;
    a.id = game::AttemptId{id};
    a.maxScore = 10;
    a.startedAt = t0;
    return a;
}

game::Attempt abandoned(std::int64_t id) {
    auto a = open(id);
    a.finishedAt = t0 + std::chrono::minutes(1);
    return a;
}

} // namespace

SCENARIO("a session allows one attempt", "[quiz][policy]") {
    const game::AttemptPolicy once{1, game::AttemptCounted::Best};
    GIVEN("a person who has not been there") {
        const auto next = game::nextAttempt({}, once);
        THEN("they get a paper, their last") {
            CHECK(next.outcome == game::SignInOutcome::NewPaper);
            CHECK(next.left == 0);
        }
    }
    GIVEN("a person who finished") {
        const std::vector attempts{finished(1, 7, 10)};
        const auto next = game::nextAttempt(attempts, once);
        THEN("signing in again shows their result, not a new paper") {
            CHECK(next.outcome == game::SignInOutcome::ShowResult);
            REQUIRE(next.attempt);
            CHECK(next.attempt->id == game::AttemptId{1});
        }
    }
    GIVEN("a person whose paper was interrupted") {
        const std::vector attempts{open(1)};
        THEN("they carry on with it") {
            const auto next = game::nextAttempt(attempts, once);
            CHECK(next.outcome == game::SignInOutcome::Resume);
            CHECK(next.attempt->id == game::AttemptId{1});
        }
    }
    GIVEN("a person who declined to resume an interrupted paper") {
        const std::vector attempts{abandoned(1)};
        THEN("it did not use up their attempt") {
            CHECK(game::nextAttempt(attempts, once).outcome == game::SignInOutcome::NewPaper);
            CHECK_FALSE(game::countedAttempt(attempts, once));
        }
    }
}

SCENARIO("a session allows several attempts and counts the best or the latest", "[quiz][policy]") {
    const std::vector attempts{finished(1, 8, 10), finished(2, 5, 30)};
    WHEN("three are allowed") {
        const game::AttemptPolicy three{3, game::AttemptCounted::Best};
        const auto next = game::nextAttempt(attempts, three);
        THEN("a third paper is given, and it is the last") {
            CHECK(next.outcome == game::SignInOutcome::NewPaper);
            CHECK(next.finished == 2);
            CHECK(next.left == 0);
        }
    }
    WHEN("two are allowed and both are used") {
        THEN("the best counts when the best counts") {
            const auto next = game::nextAttempt(attempts, {2, game::AttemptCounted::Best});
            CHECK(next.outcome == game::SignInOutcome::ShowResult);
            CHECK(next.attempt->id == game::AttemptId{1});
        }
        THEN("the latest counts when the latest counts, though it is worse") {
            const auto next = game::nextAttempt(attempts, {2, game::AttemptCounted::Latest});
            CHECK(next.attempt->id == game::AttemptId{2});
        }
    }
    WHEN("there is no limit") {
        const game::AttemptPolicy any{std::nullopt, game::AttemptCounted::Best};
        THEN("another paper is always given") {
            const auto next = game::nextAttempt(attempts, any);
            CHECK(next.outcome == game::SignInOutcome::NewPaper);
            CHECK_FALSE(next.left);
        }
    }
    WHEN("two attempts have the same score") {
        const std::vector tied{finished(5, 8, 40), finished(4, 8, 10)};
        THEN("the earlier one counts as the best") {
            CHECK(game::countedAttempt(tied, {2, game::AttemptCounted::Best})->id == game::AttemptId{4});
        }
    }
}
