#pragma once
// An attempt's results for the results screen: score, pass or fail, a breakdown by
// fraud type, and every wrong answer with its explanation and red flags.
#include "game/bank/bank.h"
#include "game/quiz/paper.h"
#include "game/quiz/scoring.h"
#include "game/quiz/verdict.h"
#include "game/records/store.h"
#include "game/records/store_rows.h"
#include "game/scenario/scenario_tally.h"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace game {

// How a player did on the items of one fraud type.
struct FraudTypeScore {
    FraudType fraudType = FraudType::General;
    double points = 0;    // earned
    double maxPoints = 0; // possible
    int right = 0;        // items answered exactly right
    int total = 0;        // items of this type on the paper
};

// One item the player got wrong (or did not answer), for the review screen.
struct WrongAnswer {
    const Item* item = nullptr; // never null: items no longer in the banks are left out (see notes)
    PaperItem paperItem;        // the item on the paper (option order shown)
    std::size_t position = 0;   // index on the paper
    bool answered = false;      // false when the attempt ended before it was answered
    bool unreadable = false;    // answered, but the stored answer could not be read (response is empty)
    Response response;          // what the player did (empty when not answered or unreadable)
    Verdict verdict;            // the response in detail: right and wrong picks, steps in place...
    double points = 0;          // points earned (partial credit)
};

// The results of one attempt.
struct AttemptResults {
    double score = 0;
    double maxScore = 0;   // of the items still in the banks or answered
    double passScore = 0;  // the paper's pass score, scaled when items were left out
    bool passed = false;
    int answered = 0;
    int right = 0;
    std::vector<FraudTypeScore> byFraudType; // in fraudTypes() order, only types on the paper
    std::vector<WrongAnswer> wrong;          // in paper order
    std::vector<std::size_t> unreadable;     // paper positions whose stored answer could not be read (its
                                             // points and correctness still count)
    std::vector<std::string> notes;          // items left out because they are no longer in the banks
    ScenarioTally scenarios;                 // how the scenario items on the paper ended
    std::optional<int> stars;                // a practice paper (with a level) earns stars instead of a pass
};

// Computes the results of a paper from its answers (any order) and the banks. Items point into
// the banks. Passed when score >= the pass score, scaled when items were left out; a paper with
// a level earns starsFor(score, the paper's max score), the max the store keeps with the attempt.
[[nodiscard]] AttemptResults resultsOf(const Paper& paper, std::span<const AnswerRecord> answers,
                                       std::span<const Bank> banks);

// The results of an attempt as recorded: once an attempt is finished, its stored score and pass
// stand (they are what the records say, even if the banks changed since), the rest is resultsOf.
[[nodiscard]] AttemptResults recordedResults(AttemptResults computed, const Attempt& attempt);

// The results of an attempt in the store (its paper and answers, two queries), as recorded; none
// when there is no such attempt. Throws std::invalid_argument when its paper cannot be read.
[[nodiscard]] std::optional<AttemptResults> resultsOfAttempt(Store& store, std::span<const Bank> banks, AttemptId attempt);

// The note for a paper item that is no longer in the banks ("item x (number 4 on the paper) ...").
[[nodiscard]] std::string missingItemNote(const PaperItem& item, std::size_t position, bool answered);

} // namespace game
