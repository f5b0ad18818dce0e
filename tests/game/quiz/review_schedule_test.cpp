// The wrong-answer book's spaced schedule: 1, 3, 7, 14 days, back to the start after a miss.
#include "game/quiz/review_schedule.h"

#include <catch2/catch.hpp>

using Action = game::ReviewUpdate::Action;

namespace {

const game::Timestamp t0 = game::timestampFromUnixMs(1'700'000'000'000);
const game::PersonId zhang{7};

game::Timestamp day(int n) { return t0 + std::chrono::days{n}; }

} // namespace

SCENARIO("a missed item comes back after 1, 3, 7 and 14 days, then is learnt", "[paper]") {
    CHECK(std::vector<int>(game::reviewIntervalDays().begin(), game::reviewIntervalDays().end()) ==
          std::vector<int>{1, 3, 7, 14});
    GIVEN("an item the person has never missed") {
        WHEN("they answer it right") {
            const auto update = game::updateReview(std::nullopt, zhang, "general.001", true, t0);
            THEN("the book does not change") { CHECK(update.action == Action::Keep); }
        }
        WHEN("they miss it") {
            const auto update = game::updateReview(std::nullopt, zhang, "general.001", false, t0);
            THEN("it enters the book at stage 0, due in one day") {
                REQUIRE(update.action == Action::Upsert);
                CHECK(update.entry.person == zhang);
                CHECK(update.entry.itemId == "general.001");
                CHECK(update.entry.stage == 0);
                CHECK(update.entry.dueAt == day(1));
                CHECK_FALSE(update.entry.lastCorrect);
                CHECK(update.entry.reviewedAt == t0);
            }
        }
    }
    GIVEN("an item missed on day 0 and answered right each time it comes back") {
        auto entry = game::updateReview(std::nullopt, zhang, "general.001", false, t0).entry;
        THEN("it comes back after 1, 3, 7 and 14 days and then leaves the book") {
            std::vector<int> gaps;
            int today = 1;
            for (;;) {
                const auto update = game::updateReview(entry, zhang, "general.001", true, day(today));
                if (update.action == Action::Remove) break;
                REQUIRE(update.action == Action::Upsert);
                CHECK(update.entry.lastCorrect);
                const int next = static_cast<int>(std::chrono::duration_cast<std::chrono::days>(update.entry.dueAt - t0).count());
                gaps.push_back(next - today);
                entry = update.entry;
                today = next;
                REQUIRE(gaps.size() < 10);
            }
            CHECK(gaps == std::vector<int>{3, 7, 14});
            CHECK(entry.stage == 3);
            CHECK(today == 1 + 3 + 7 + 14);
        }
    }
    GIVEN("an item at stage 2 (due in 7 days)") {
        const game::ReviewEntry entry{zhang, "general.001", 2, day(20), true, day(13)};
        WHEN("it is missed again") {
            const auto update = game::updateReview(entry, zhang, "general.001", false, day(20));
            THEN("it goes back to the start: due again in one day, sooner than its next gap") {
                REQUIRE(update.action == Action::Upsert);
                CHECK(update.entry.stage == 0);
                CHECK(update.entry.dueAt == day(21));
            }
        }
        WHEN("it is answered right in another paper before it is due") {
            const auto update = game::updateReview(entry, zhang, "general.001", true, day(15));
            THEN("it stays as it was") {
                CHECK(update.action == Action::Keep);
                CHECK(update.entry.stage == 2);
                CHECK(update.entry.dueAt == day(20));
            }
        }
        WHEN("it is missed before it is due") {
            const auto update = game::updateReview(entry, zhang, "general.001", false, day(15));
            THEN("it comes back the next day") { CHECK(update.entry.dueAt == day(16)); }
        }
    }
}
