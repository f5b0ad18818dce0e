#include "game/scenario/scenario_tally.h"

#include "game/quiz/scoring.h"

#include <stdexcept>

namespace game {

namespace {

// The scenario and the ending an answer reached; nulls when it is no scenario answer
// (or its item is gone, or its response is unreadable: it counts for nothing).
std::pair<const Item*, const Ending*> endingOf(const AnswerRecord& answer, std::span<const Bank> banks) {
    const Item* item = findItem(banks, answer.itemId);
    if (!item || item->kind != ItemKind::Scenario) return {nullptr, nullptr};
    try {
        const Ending* ending = item->scenario.ending(responseFromJson(answer.response).endingId);
        return {ending ? item : nullptr, ending};
    } catch (const std::invalid_argument&) {
        return {nullptr, nullptr};
    }
}

} // namespace

ScenarioTally tallyScenarios(std::span<const AnswerRecord> answers, std::span<const Bank> banks) {
    ScenarioTally tally;
    for (const auto& answer : answers) {
        const auto [item, ending] = endingOf(answer, banks);
        if (!ending) continue;
        if (item->scenario.genuine) {
            ++tally.genuine;
            if (ending->outcome == Outcome::GenuineRefused) ++tally.genuineRefused;
        } else {
            ++tally.scams;
            if (ending->outcome == Outcome::Safe) ++tally.scamsStopped;
        }
    }
    return tally;
}

ScenarioTally tallyScenarios(std::span<const AnswerCount> counts, std::span<const Bank> banks) {
    ScenarioTally tally;
    for (const auto& count : counts) {
        AnswerRecord answer;
        answer.itemId = count.itemId;
        answer.response = count.response;
        const ScenarioTally one = tallyScenarios(std::span(&answer, 1), banks); // the rule stays in one place
        tally.scams += one.scams * count.times;
        tally.scamsStopped += one.scamsStopped * count.times;
        tally.genuine += one.genuine * count.times;
        tally.genuineRefused += one.genuineRefused * count.times;
    }
    return tally;
}

std::map<std::string, Outcome> lastOutcomes(std::span<const AnswerRecord> answers, std::span<const Bank> banks) {
    std::map<std::string, Outcome> last;
    for (const auto& answer : answers)
        if (const auto [item, ending] = endingOf(answer, banks); ending) last[item->id] = ending->outcome;
    return last;
}

} // namespace game
