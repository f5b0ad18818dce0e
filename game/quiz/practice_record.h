#pragma once
// What the practice screen (自主闯关) shows of one person: their best score on each
// level, their wrong-answer book and how their scenarios ended, read in three queries.
#include "game/bank/bank.h"
#include "game/records/store.h"
#include "game/scenario/scenario_tally.h"

#include <span>
#include <vector>

namespace game {

// One person's practice so far.
struct PracticeRecord {
    std::vector<LevelBest> best;   // the best finished attempt on each level played
    std::vector<ReviewEntry> book; // the wrong-answer book, earliest due first
    ScenarioTally scenarios;       // the scenarios they played, in sessions and practice
};

// Reads a person's practice record: only the answers to the banks' scenarios are read, not every answer.
[[nodiscard]] PracticeRecord practiceRecordOf(Store& store, std::span<const Bank> banks, PersonId person);

// The entries of a book due at now (due at or before it), in the book's order.
[[nodiscard]] std::vector<ReviewEntry> dueEntries(std::span<const ReviewEntry> book, Timestamp now);

} // namespace game
