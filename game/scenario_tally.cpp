#include "game/scenario_tally.h"

#include "game/scoring.h"

#include <stdexcept>

namespace game {

ScenarioTally tallyScenarios(std::span<const AnswerRecord> answers, std::span<const Bank> banks) {
    ScenarioTally tally;
    for (const auto& answer : answers) {
        const Item* item = findItem(banks, answer.itemId);
        if (!item || item->kind != ItemKind::Scenario) continue;
        std::string endingId;
        try {
            endingId = responseFromJson(answer.response).endingId;
        } catch (const std::invalid_argument&) {
            continue; // an unreadable response counts for nothing
        }
        const Ending* ending = item->scenario.ending(endingId);
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

} // namespace game
