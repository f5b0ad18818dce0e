#pragma once
// Real and fake, counted apart: scams stopped, and genuine contacts wrongly
// refused, over any set of answers (one attempt, a person's, a session's).
#include "game/bank/bank.h"
#include "game/records/store_rows.h"

#include <map>
#include <optional>
#include <span>
#include <string>

namespace game {

// How scenario answers ended.
struct ScenarioTally {
    int scams = 0;          // scam scenarios played to an ending
    int scamsStopped = 0;   // of which ended safe
    int genuine = 0;        // genuine contacts played to an ending
    int genuineRefused = 0; // of which wrongly refused
    int unreadable = 0;     // scenario answers whose stored answer could not be read: counted in none of the above
};

// Counts the scenario answers among answers (others are ignored; so are items no longer in the
// banks and endings no longer in their scenario).
[[nodiscard]] ScenarioTally tallyScenarios(std::span<const AnswerRecord> answers, std::span<const Bank> banks);

// The same tally from answers counted in the store (Store::answerCountsOfSession): each counted
// answer weighs as many answers as it was given.
[[nodiscard]] ScenarioTally tallyScenarios(std::span<const AnswerCount> counts, std::span<const Bank> banks);

// How each scenario ended the last time it was played, by item id, from answers in the order
// they were given (a later answer wins); nullopt when that answer could not be read.
[[nodiscard]] std::map<std::string, std::optional<Outcome>> lastOutcomes(std::span<const AnswerRecord> answers,
                                                                         std::span<const Bank> banks);

} // namespace game
