#include "game/quiz/review_schedule.h"

#include <algorithm>
#include <array>

namespace game {
namespace {

constexpr std::array<int, 4> kIntervalDays = {1, 3, 7, 14};

Timestamp after(Timestamp now, int days) { return now + std::chrono::days{days}; }

} // namespace

std::span<const int> reviewIntervalDays() { return kIntervalDays; }

ReviewUpdate updateReview(std::optional<ReviewEntry> current, PersonId person, std::string_view itemId, bool correct,
                          Timestamp now) {
    if (!correct) {
        // A miss, new or again: back to the start of the schedule.
        return {ReviewUpdate::Action::Upsert, ReviewEntry{person, std::string(itemId), 0, after(now, kIntervalDays[0]), false, now}};
    }
    if (!current) return {ReviewUpdate::Action::Keep, ReviewEntry{person, std::string(itemId), 0, now, true, now}};
    // Answered right before it came back (in another paper): the spacing is not earned yet.
    if (now < current->dueAt) return {ReviewUpdate::Action::Keep, *current};
    const int last = static_cast<int>(kIntervalDays.size()) - 1;
    if (current->stage >= last) return {ReviewUpdate::Action::Remove, *current};
    const int stage = std::max(current->stage, 0) + 1;
    return {ReviewUpdate::Action::Upsert,
            ReviewEntry{person, std::string(itemId), stage, after(now, kIntervalDays[static_cast<std::size_t>(stage)]), true, now}};
}

} // namespace game
