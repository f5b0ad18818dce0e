// Store: the views the screens show (counts, progress, best scores), each one query.
#include "game/records/store.h"

#include "game/records/store_statement.h"

#include <vector>

namespace game {

std::vector<Person> Store::allPeople() { return findPeople(""); } // every name contains the empty text

int Store::signInCount(SessionId session) {
    int count = 0;
    m_db->cached("SELECT count(*) FROM sign_ins WHERE session_id = ?1").with(session).firstRow([&](const Statement& row) {
        count = static_cast<int>(row.integer(0));
    });
    return count;
}

std::vector<ResumableAttempt> Store::resumableAttempts() {
    // The paper's items are counted in its JSON ({"items": [...]}, see game::toJson(Paper)), not loaded.
    std::vector<ResumableAttempt> found;
    m_db->cached("SELECT attempts.id, attempts.person_id, people.name, attempts.session_id, sessions.title,"
                 " attempts.started_at, (SELECT count(*) FROM answers WHERE answers.attempt_id = attempts.id),"
                 " coalesce(json_array_length(attempts.paper, '$.items'), 0)"
                 " FROM attempts LEFT JOIN people ON people.id = attempts.person_id"
                 " LEFT JOIN sessions ON sessions.id = attempts.session_id"
                 " WHERE attempts.finished_at IS NULL ORDER BY attempts.started_at, attempts.id")
        .forEachRow([&](const Statement& row) {
            ResumableAttempt attempt;
            attempt.id = AttemptId{row.integer(0)};
            attempt.person = PersonId{row.integer(1)};
            attempt.personName = row.optionalText(2).value_or("");
            if (const auto session = row.optionalInteger(3)) attempt.session = SessionId{*session};
            attempt.sessionTitle = row.optionalText(4);
            attempt.startedAt = row.timestamp(5);
            attempt.answered = static_cast<int>(row.integer(6));
            attempt.items = static_cast<int>(row.integer(7));
            found.push_back(std::move(attempt));
        });
    return found;
}

std::vector<LevelBest> Store::bestLevelScores(PersonId person) {
    // SQLite takes the bare columns (score, max_score) from the row where max() found the best share.
    std::vector<LevelBest> best;
    m_db->cached("SELECT json_extract(paper, '$.level') AS level, score, max_score,"
                 " max(CASE WHEN max_score > 0 THEN score / max_score ELSE 0 END)"
                 " FROM attempts WHERE person_id = ?1 AND finished_at IS NOT NULL AND score IS NOT NULL"
                 " AND json_type(paper, '$.level') = 'text' AND json_extract(paper, '$.level') <> ''"
                 " GROUP BY level ORDER BY level")
        .with(person)
        .forEachRow([&](const Statement& row) { best.push_back({row.text(0), row.real(1), row.real(2)}); });
    return best;
}

std::vector<AnswerRecord> Store::answersOfPerson(PersonId person, std::span<const std::string> itemIds) {
    const nlohmann::json ids(std::vector<std::string>(itemIds.begin(), itemIds.end()));
    return answersWhere("attempts.person_id = ?1 AND answers.item_id IN (SELECT value FROM json_each(?2))", person.value,
                        ids.dump());
}

} // namespace game
