#pragma once
// A paper: the items a player is given, in the order shown, with each item's option
// (or step) order. Drawn from rules, banks and a seed; kept as JSON with the attempt
// so it can be shown again exactly as it was, even if the drawing changes later.
#include "game/bank/bank.h"
#include "game/quiz/paper_rules.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace game {

// One item on a paper.
struct PaperItem {
    std::string itemId;
    std::vector<std::string> order; // single/multi: option keys in the order shown; ordering: step keys in the order shown; else empty
    int points = 0;
    std::string bankId;
    int bankRevision = 1;
};

// The items one player is given, and how they are scored.
struct Paper {
    std::uint64_t seed = 0;
    std::vector<PaperItem> items;
    double maxScore = 0;
    double passScore = 0;                // passPercent applied to maxScore
    bool partialCredit = false;
    bool feedbackAfterEach = false;
    std::vector<std::string> shortfalls; // notes when a section could not be filled ("section 2 wanted 5 items, 3 matched")
    std::string level;                   // practice: the level's fraud type code ("fake_police"), "review" for the book; else empty
};

// Draws a paper. The same rules, banks and seed always give the same paper, on every platform.
// Fixed items missing from the banks, and sections short of items, are noted in shortfalls.
// Ordering steps are shuffled so that they never start in the right order.
[[nodiscard]] Paper drawPaper(const PaperRules& rules, std::span<const Bank> banks, std::uint64_t seed);

// The paper as JSON: {"version": 1, "seed": N, "items": [{"id", "order", "points", "bank", "bank_revision"}],
// "max_score", "pass_score", "partial_credit", "feedback_after_each", "shortfalls", "level"}.
[[nodiscard]] nlohmann::json toJson(const Paper& paper);

// A paper from its JSON; throws std::invalid_argument naming the problem on bad input.
[[nodiscard]] Paper paperFromJson(const nlohmann::json& json);

} // namespace game
