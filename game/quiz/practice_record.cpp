#include "game/quiz/practice_record.h"

#include <algorithm>
#include <iterator>
#include <string>

namespace game {
namespace {

std::vector<std::string> scenarioItemIds(std::span<const Bank> banks) {
    std::vector<std::string> ids;
    for (const auto& bank : banks)
        for (const auto& item : bank.items)
            if (item.kind == ItemKind::Scenario) ids.push_back(item.id);
    return ids;
}

} // namespace

PracticeRecord practiceRecordOf(Store& store, std::span<const Bank> banks, PersonId person) {
    PracticeRecord record;
    record.best = store.bestLevelScores(person);
    record.book = store.reviewsOf(person);
    record.scenarios = tallyScenarios(store.answersOfPerson(person, scenarioItemIds(banks)), banks);
    return record;
}

std::vector<ReviewEntry> dueEntries(std::span<const ReviewEntry> book, Timestamp now) {
    std::vector<ReviewEntry> due;
    std::copy_if(book.begin(), book.end(), std::back_inserter(due), [&](const ReviewEntry& e) { return e.dueAt <= now; });
    return due;
}

} // namespace game
