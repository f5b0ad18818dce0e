#pragma once
// Paper rules: which items a paper is drawn from (sections of a filter and a count,
// or a fixed list), whether items and options are shuffled, the scoring style and
// the pass mark. Kept as JSON with a training session (TrainingSession::paperRules).
#include "game/bank/bank.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace game {

// The limits paperRulesFromJson holds a section to (and the session form offers).
inline constexpr int mostItemsInSection = 1000;
inline constexpr int lowestDifficulty = 1;
inline constexpr int highestDifficulty = 3;

// Draw `count` items that match `filter`. Scenario items are only drawn when the
// filter's kinds name "scenario" explicitly.
struct PaperSection {
    ItemFilter filter;
    int count = 0;
};

// How a paper is put together and scored.
struct PaperRules {
    std::vector<PaperSection> sections;  // drawn in order; an item is never drawn twice
    std::vector<std::string> fixedItems; // when non-empty: exactly these items in this order (sections ignored)
    bool shuffleItems = true;            // shuffle the drawn items' order (never for fixedItems)
    bool shuffleOptions = true;          // shuffle option order (single, multi); ordering steps are always shuffled
    bool partialCredit = false;          // multi, ordering and spot_flags: partial credit instead of all-or-nothing
    double passPercent = 60;             // pass mark as a percentage of the paper's max score
    bool feedbackAfterEach = false;      // practice style (explanation after each answer) vs exam style (results at the end)
};

// The rules as JSON: {"sections": [{"count": 5, "kinds": ["single"], "fraud_types": ["fake_police"],
// "audiences": ["elderly"], "min_difficulty": 1, "max_difficulty": 3}], "fixed_items": [...],
// "shuffle_items": true, "shuffle_options": true, "partial_credit": false, "pass_percent": 60,
// "feedback_after_each": false}. Empty filter lists are left out.
[[nodiscard]] nlohmann::json toJson(const PaperRules& rules);

// Rules from JSON (every field but "sections"/"fixed_items" may be left out for its default).
// Throws std::invalid_argument naming every problem: unknown fields or codes, wrong types,
// counts below 1, difficulties outside 1..3, pass_percent outside 0..100, no section and no fixed item.
[[nodiscard]] PaperRules paperRulesFromJson(const nlohmann::json& json);

// The rules of a quick general paper: 10 items of every kind but scenario, from all banks.
[[nodiscard]] PaperRules defaultPaperRules();

} // namespace game
