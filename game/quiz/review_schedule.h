#pragma once
// The wrong-answer book's schedule (错题本): an item a person missed comes back after
// 1, 3, 7 and 14 days; a new miss sends it back to the start (due again in 1 day);
// a right answer at the last stage means it is learnt and leaves the book.
#include "game/records/store_rows.h"

#include <optional>
#include <span>
#include <string_view>

namespace game {

// The days between reviews, stage by stage: 1, 3, 7, 14.
[[nodiscard]] std::span<const int> reviewIntervalDays();

// What to do with a person's book entry after they answered an item.
struct ReviewUpdate {
    enum class Action {
        Keep,   // change nothing (a right answer to an item not in the book, or one not yet due)
        Upsert, // write entry (a miss, or a right answer that moves it to the next stage)
        Remove, // learnt: take the item out of the book
    };
    Action action = Action::Keep;
    ReviewEntry entry; // the new entry for Upsert; the current one for Remove (and Keep when in the book)
};

// The update after answering itemId at now. current is the item's entry if it is in the book.
// A miss: stage 0, due in 1 day. A right answer to a due entry: the next stage, due after that
// stage's interval; at the last stage, Remove. A right answer before the entry is due: Keep.
[[nodiscard]] ReviewUpdate updateReview(std::optional<ReviewEntry> current, PersonId person, std::string_view itemId,
                                        bool correct, Timestamp now);

} // namespace game
