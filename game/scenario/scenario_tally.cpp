#include "game/scenario/scenario_tally.h"

namespace game {

namespace {

// The scenario an answer is to, or nullptr when it is no scenario answer (or its item is gone).
const Item* scenarioOf(const AnswerRecord& answer, std::span<const Bank> banks) {
    const Item* item = findItem(banks, answer.itemId);
    return item && item->kind == ItemKind::Scenario ? item : nullptr;
}

} // namespace

ScenarioTally tallyScenarios(std::span<const AnswerRecord> answers, std::span<const Bank> banks) {
    ScenarioTally tally;
    for (const auto& answer : answers) {
        const Item* item = scenarioOf(answer, banks);
        if (!item) continue;
        if (!answer.readable()) {
            ++tally.unreadable;
            continue;
        }
        const Ending* ending = item->scenario.ending(answer.response.endingId);
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
        const ScenarioTally one = tallyScenarios(std::span(&count.answer, 1), banks); // the rule stays in one place
        tally.scams += one.scams * count.times;
        tally.scamsStopped += one.scamsStopped * count.times;
        tally.genuine += one.genuine * count.times;
        tally.genuineRefused += one.genuineRefused * count.times;
        tally.unreadable += one.unreadable * count.times;
    }
    return tally;
}

std::map<std::string, std::optional<Outcome>> lastOutcomes(std::span<const AnswerRecord> answers,
                                                           std::span<const Bank> banks) {
    std::map<std::string, std::optional<Outcome>> last;
    for (const auto& answer : answers) {
        const Item* item = scenarioOf(answer, banks);
        if (!item) continue;
        if (!answer.readable()) {
            last[item->id] = std::nullopt;
        } else if (const Ending* ending = item->scenario.ending(answer.response.endingId)) {
            last[item->id] = ending->outcome;
        }
    }
    return last;
}

} // namespace game
