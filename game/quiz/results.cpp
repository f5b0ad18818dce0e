#include "game/quiz/results.h"

#include "game/quiz/practice.h"

#include <algorithm>
#include <map>

namespace game {
namespace {

const AnswerRecord* answerTo(std::span<const AnswerRecord> answers, const std::string& itemId) {
    const auto it = std::find_if(answers.begin(), answers.end(), [&](const AnswerRecord& a) { return a.itemId == itemId; });
    return it == answers.end() ? nullptr : &*it;
}

} // namespace

std::string missingItemNote(const PaperItem& item, std::size_t position, bool answered) {
    return "item " + item.itemId + " (number " + std::to_string(position + 1) + " on the paper, bank " + item.bankId +
           ") is no longer in the loaded banks; " + (answered ? "its answer still counts" : "it was left out");
}

AttemptResults resultsOf(const Paper& paper, std::span<const AnswerRecord> answers, std::span<const Bank> banks) {
    AttemptResults results;
    std::map<FraudType, FraudTypeScore> byType;
    for (std::size_t i = 0; i < paper.items.size(); ++i) {
        const PaperItem& paperItem = paper.items[i];
        const Item* item = findItem(banks, paperItem.itemId);
        const AnswerRecord* answer = answerTo(answers, paperItem.itemId);
        if (!item) results.notes.push_back(missingItemNote(paperItem, i, answer != nullptr));
        if (!item && !answer) continue;
        results.maxScore += paperItem.points;
        if (answer && !answer->readable()) results.unreadable.push_back(i);
        if (answer) {
            results.score += answer->points;
            results.answered += 1;
            results.right += answer->correct ? 1 : 0;
        }
        if (!item) continue;
        FraudTypeScore& type = byType[item->fraudType];
        type.fraudType = item->fraudType;
        type.maxPoints += paperItem.points;
        type.total += 1;
        if (answer) type.points += answer->points;
        if (answer && answer->correct) {
            type.right += 1;
            continue;
        }
        WrongAnswer wrong;
        wrong.item = item;
        wrong.paperItem = paperItem;
        wrong.position = i;
        wrong.answered = answer != nullptr;
        if (answer) {
            wrong.unreadable = !answer->readable();
            wrong.response = answer->response;
            wrong.points = answer->points;
        }
        wrong.verdict = verdictOn(*item, paperItem, wrong.response);
        results.wrong.push_back(std::move(wrong));
    }
    for (const auto& [type, score] : byType) results.byFraudType.push_back(score); // enum order = fraudTypes() order
    results.passScore = paper.maxScore > 0 ? paper.passScore * results.maxScore / paper.maxScore : 0;
    // A hair of tolerance so that 0.1 + 0.2 points still pass a mark of 0.3.
    results.passed = results.maxScore > 0 && results.score + 1e-9 >= results.passScore;
    results.scenarios = tallyScenarios(answers, banks);
    if (!paper.level.empty()) results.stars = starsFor(results.score, paper.maxScore);
    return results;
}

AttemptResults recordedResults(AttemptResults computed, const Attempt& attempt) {
    if (!attempt.finishedAt || !attempt.score) return computed;
    computed.score = *attempt.score;
    computed.passed = attempt.passed.value_or(false);
    if (computed.stars) computed.stars = starsFor(computed.score, attempt.maxScore);
    return computed;
}

std::optional<AttemptResults> resultsOfAttempt(Store& store, std::span<const Bank> banks, AttemptId id) {
    const auto attempt = store.attempt(id);
    if (!attempt) return std::nullopt;
    return recordedResults(resultsOf(paperFromJson(attempt->paper), store.answersOf(id), banks), *attempt);
}

} // namespace game
