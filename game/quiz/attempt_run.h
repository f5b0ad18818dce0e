#pragma once
// A player working through a paper: each answer is judged, written to the store the
// moment it is given (durable before the next item shows) and updates the person's
// wrong-answer book. An attempt cut off by a crash resumes where it stopped.
#include "game/bank/bank.h"
#include "game/quiz/paper.h"
#include "game/quiz/results.h"
#include "game/quiz/scoring.h"
#include "game/records/store.h"

#include <chrono>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace game {

// One attempt being played. Holds the store and the banks by reference: both must outlive it.
class AttemptRun {
public:
    // Starts a new attempt in the store (session empty for practice).
    static AttemptRun start(Store& store, std::span<const Bank> banks, Paper paper, PersonId person,
                            std::optional<SessionId> session, Timestamp now);
    // Resumes an attempt from the store: answered items are kept, play continues at the first
    // unanswered item. A finished attempt resumes as finished. Throws StoreError (NotFound) when there
    // is no such attempt, std::invalid_argument when its stored paper cannot be read.
    static AttemptRun resume(Store& store, std::span<const Bank> banks, AttemptId attempt);

    // The paper being played.
    [[nodiscard]] const Paper& paper() const { return m_paper; }
    // The attempt's id in the store.
    [[nodiscard]] AttemptId id() const { return m_id; }
    // Who is playing.
    [[nodiscard]] PersonId person() const { return m_person; }
    // Index of the current item in paper().items (items.size() when finished).
    [[nodiscard]] std::size_t position() const { return m_position; }
    // True when every playable item is answered, or the attempt was finished.
    [[nodiscard]] bool finished() const;
    // The current item; nullptr when finished (items no longer in the banks are skipped).
    [[nodiscard]] const Item* currentItem() const;
    // The current item's place on the paper (option order, points); only while !finished().
    [[nodiscard]] const PaperItem& currentPaperItem() const;
    // How many playable items the paper has, and how many are answered (for "3 / 10").
    [[nodiscard]] std::size_t playableCount() const;
    [[nodiscard]] std::size_t answeredCount() const;
    // Notes for the player or organiser: items of the paper no longer in the banks, left out.
    [[nodiscard]] const std::vector<std::string>& notes() const { return m_notes; }

    // Judges the current item, records the answer durably (Store::recordAnswer) together with the
    // person's wrong-answer book update, then moves on. Only while !finished(). The whole response is
    // kept (for a scenario, its record with the follow-up).
    Judgement answer(const Response& response, std::chrono::milliseconds timeTaken, Timestamp now);

    // Finishes: the results of the stored answers (resultsOf: unanswered items earn nothing), their
    // score and pass written with Store::finishAttempt. When the attempt was already finished (by
    // this run, another run of it, or before it was resumed) its recorded results are returned.
    const AttemptResults& finish(Timestamp now);
    // The results, once finished (by finish(), or a finished attempt resumed); none before.
    [[nodiscard]] const std::optional<AttemptResults>& results() const { return m_results; }

    // The answers given so far, from the store, in paper order.
    [[nodiscard]] std::vector<AnswerRecord> answers() const;

private:
    AttemptRun(Store& store, std::span<const Bank> banks, Paper paper, AttemptId id, PersonId person);
    void moveToNextUnanswered();

    Store* m_store;
    std::span<const Bank> m_banks;
    Paper m_paper;
    AttemptId m_id;
    PersonId m_person;
    std::vector<const Item*> m_items;  // per paper item; nullptr when no longer in the banks
    std::vector<bool> m_answered;      // per paper item
    std::size_t m_position = 0;
    std::vector<std::string> m_notes;
    std::optional<AttemptResults> m_results; // once finished
};

} // namespace game
