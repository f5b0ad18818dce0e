#pragma once
// Practice (自主闯关): one level per fraud type with stars from the best attempt, and
// papers of a person's due wrong-answer book items.
#include "game/bank/bank.h"
#include "game/quiz/paper.h"
#include "game/quiz/paper_rules.h"
#include "game/records/store_rows.h"
#include "game/records/store_views.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace game {

// How many items a practice level paper has.
inline constexpr int kPracticeLevelItems = 5;

// The paper level code of a wrong-answer book paper.
inline constexpr std::string_view kReviewLevel = "review";

// One practice level.
struct PracticeLevel {
    FraudType fraudType = FraudType::General;
    int itemCount = 0; // playable (non-scenario) items of that fraud type for the audience
};

// The levels the banks offer: one per fraud type with at least one playable item (for the
// audience, when given); general first, then in fraudTypes() order.
[[nodiscard]] std::vector<PracticeLevel> practiceLevels(std::span<const Bank> banks, std::optional<Audience> audience);

// A level's rules: kPracticeLevelItems items of the fraud type (and audience), no scenarios,
// feedback after each answer.
[[nodiscard]] PaperRules practiceLevelRules(FraudType level, std::optional<Audience> audience);

// The audience whose items a person practises, from their role; none for organisers and
// others, who get items of every audience.
[[nodiscard]] std::optional<Audience> audienceOf(PersonRole role);

// Draws a level's paper, with Paper::level set to the fraud type's code. Items written for
// the audience come first; when there are too few, other items of the level fill the paper.
[[nodiscard]] Paper drawPracticeLevel(FraudType level, std::optional<Audience> audience, std::span<const Bank> banks,
                                      std::uint64_t seed);

// Stars for a score: 0; 1 from 60%, 2 from 80%, 3 at 100%. 0 when maxScore is 0.
[[nodiscard]] int starsFor(double score, double maxScore);

// A person's best stars on a level, from their best scores per level (Store::bestLevelScores):
// starsFor the score and max score of the level whose code is the fraud type's; 0 when not played.
[[nodiscard]] int bestStars(std::span<const LevelBest> best, FraudType level);

// The rules of a wrong-answer book paper: the due items in order of due time, feedback after each.
[[nodiscard]] PaperRules reviewBookRules(std::span<const ReviewEntry> due);

// A paper of a person's due wrong-answer book items (shuffled from seed), with level "review";
// items no longer in the banks are noted in shortfalls and left out.
[[nodiscard]] Paper reviewPaper(std::span<const ReviewEntry> due, std::span<const Bank> banks, std::uint64_t seed);

} // namespace game
