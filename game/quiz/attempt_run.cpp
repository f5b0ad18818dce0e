#include "game/quiz/attempt_run.h"

#include "game/quiz/review_schedule.h"

#include <algorithm>
#include <cassert>

namespace game {

AttemptRun::AttemptRun(Store& store, std::span<const Bank> banks, Paper paper, AttemptId id, PersonId person)
    : m_store(&store), m_banks(banks), m_paper(std::move(paper)), m_id(id), m_person(person),
      m_answered(m_paper.items.size(), false) {
    for (const auto& item : m_paper.items) m_items.push_back(findItem(m_banks, item.itemId));
}

AttemptRun AttemptRun::start(Store& store, std::span<const Bank> banks, Paper paper, PersonId person,
                             std::optional<SessionId> session, Timestamp now) {
    Attempt attempt;
    attempt.session = session;
    attempt.person = person;
    attempt.paper = toJson(paper);
    attempt.seed = paper.seed;
    attempt.startedAt = now;
    attempt.maxScore = paper.maxScore;
    const AttemptId id = store.startAttempt(attempt);
    AttemptRun run(store, banks, std::move(paper), id, person);
    for (std::size_t i = 0; i < run.m_items.size(); ++i)
        if (!run.m_items[i]) run.m_notes.push_back(missingItemNote(run.m_paper.items[i], i, false));
    run.moveToNextUnanswered();
    return run;
}

AttemptRun AttemptRun::resume(Store& store, std::span<const Bank> banks, AttemptId id) {
    const auto attempt = store.attempt(id);
    if (!attempt) {
        throw StoreError(StoreError::Kind::NotFound, store.path(), StoreError::Facts::ofRow(StoreRow::Attempt, id.value));
    }
    AttemptRun run(store, banks, paperFromJson(attempt->paper), id, attempt->person);
    const auto answers = store.answersOf(id);
    for (const auto& answer : answers) {
        const auto it = std::find_if(run.m_paper.items.begin(), run.m_paper.items.end(),
                                     [&](const PaperItem& item) { return item.itemId == answer.itemId; });
        if (it != run.m_paper.items.end()) run.m_answered[static_cast<std::size_t>(it - run.m_paper.items.begin())] = true;
    }
    for (std::size_t i = 0; i < run.m_items.size(); ++i)
        if (!run.m_items[i]) run.m_notes.push_back(missingItemNote(run.m_paper.items[i], i, run.m_answered[i]));
    if (attempt->finishedAt) {
        run.m_results = recordedResults(resultsOf(run.m_paper, answers, banks), *attempt);
        run.m_position = run.m_paper.items.size();
    } else {
        run.moveToNextUnanswered();
    }
    return run;
}

void AttemptRun::moveToNextUnanswered() {
    while (m_position < m_items.size() && (m_answered[m_position] || !m_items[m_position])) ++m_position;
}

bool AttemptRun::finished() const { return m_results.has_value() || m_position >= m_items.size(); }

const Item* AttemptRun::currentItem() const { return finished() ? nullptr : m_items[m_position]; }

const PaperItem& AttemptRun::currentPaperItem() const {
    assert(!finished());
    return m_paper.items[m_position];
}

std::size_t AttemptRun::playableCount() const {
    std::size_t count = 0;
    for (std::size_t i = 0; i < m_items.size(); ++i) count += (m_items[i] || m_answered[i]) ? 1 : 0;
    return count;
}

std::size_t AttemptRun::answeredCount() const {
    return static_cast<std::size_t>(std::count(m_answered.begin(), m_answered.end(), true));
}

Judgement AttemptRun::answer(const Response& response, std::chrono::milliseconds timeTaken, Timestamp now) {
    assert(!finished());
    const Item& item = *m_items[m_position];
    const PaperItem& paperItem = m_paper.items[m_position];
    const Judgement judgement = judge(item, response, paperItem.points, m_paper.partialCredit);
    AnswerRecord record;
    record.attempt = m_id;
    record.itemId = paperItem.itemId;
    record.position = static_cast<int>(m_position);
    record.response = response;
    record.correct = judgement.correct;
    record.points = judgement.points;
    record.timeTaken = timeTaken;
    record.answeredAt = now;
    // The answer and the wrong-answer book change together, or neither.
    m_store->inOneTransaction([&] {
        m_store->recordAnswer(m_id, record);
        const auto update =
            updateReview(m_store->review(m_person, paperItem.itemId), m_person, paperItem.itemId, judgement.correct, now);
        if (update.action == ReviewUpdate::Action::Upsert) m_store->upsertReview(update.entry);
        if (update.action == ReviewUpdate::Action::Remove) m_store->removeReview(m_person, paperItem.itemId);
    });
    m_answered[m_position] = true;
    moveToNextUnanswered();
    return judgement;
}

const AttemptResults& AttemptRun::finish(Timestamp now) {
    if (m_results) return *m_results;
    AttemptResults results = resultsOf(m_paper, m_store->answersOf(m_id), m_banks);
    try {
        m_store->finishAttempt(m_id, results.score, results.passed, now);
    } catch (const StoreError& error) {
        if (error.kind() != StoreError::Kind::AttemptFinished) throw;
        // Finished elsewhere (another run of the same attempt): its stored result stands.
        results = recordedResults(std::move(results), *m_store->attempt(m_id));
    }
    m_results = std::move(results);
    m_position = m_paper.items.size();
    return *m_results;
}

std::vector<AnswerRecord> AttemptRun::answers() const { return m_store->answersOf(m_id); }

} // namespace game
