// Store: attempts, answers (one durable transaction each) and the wrong-answer book.
#include "game/records/store.h"

#include "game/records/store_statement.h"

#include <bit>
#include <stdexcept>

namespace game {
namespace {

Attempt readAttempt(const Statement& row) {
    Attempt attempt;
    attempt.id = AttemptId{row.integer(0)};
    if (const auto session = row.optionalInteger(1)) attempt.session = SessionId{*session};
    attempt.person = PersonId{row.integer(2)};
    attempt.paper = row.json(3);
    attempt.seed = std::bit_cast<std::uint64_t>(row.integer(4)); // kept as its 64 bits in a signed column
    attempt.startedAt = row.timestamp(5);
    if (const auto finished = row.optionalInteger(6)) attempt.finishedAt = timestampFromUnixMs(*finished);
    if (!row.isNull(7)) attempt.score = row.real(7);
    attempt.maxScore = row.real(8);
    if (const auto passed = row.optionalInteger(9)) attempt.passed = *passed != 0;
    return attempt;
}

} // namespace

void readStoredResponse(const std::string& text, AnswerRecord& answer) {
    const auto json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded()) {
        answer.unreadable = "the stored response is not JSON";
        return;
    }
    try {
        answer.response = responseFromJson(json);
    } catch (const std::invalid_argument& error) {
        answer.unreadable = error.what();
    }
}

namespace {

AnswerRecord readAnswer(const Statement& row) {
    AnswerRecord answer;
    answer.attempt = AttemptId{row.integer(0)};
    answer.itemId = row.text(1);
    answer.position = static_cast<int>(row.integer(2));
    readStoredResponse(row.text(3), answer);
    answer.correct = row.integer(4) != 0;
    answer.points = row.real(5);
    answer.timeTaken = std::chrono::milliseconds{row.integer(6)};
    answer.answeredAt = row.timestamp(7);
    return answer;
}

constexpr std::string_view answerColumns =
    "answers.attempt_id, answers.item_id, answers.position, answers.response, answers.correct, answers.points,"
    " answers.time_taken_ms, answers.answered_at";

ReviewEntry readReview(const Statement& row) {
    ReviewEntry entry;
    entry.person = PersonId{row.integer(0)};
    entry.itemId = row.text(1);
    entry.stage = static_cast<int>(row.integer(2));
    entry.dueAt = row.timestamp(3);
    entry.lastCorrect = row.integer(4) != 0;
    entry.reviewedAt = row.timestamp(5);
    return entry;
}

std::vector<ReviewEntry> readReviews(Statement& statement) {
    std::vector<ReviewEntry> entries;
    statement.forEachRow([&](const Statement& row) { entries.push_back(readReview(row)); });
    return entries;
}

constexpr std::string_view reviewColumns = "person_id, item_id, stage, due_at, last_result, reviewed_at";

} // namespace

// Refuses a new attempt, an answer or a result in a session whose results are frozen (closed).
static void requireSessionNotClosed(StoreConnection& db, std::optional<SessionId> session) {
    if (!session) return;
    const bool closed = db.cached("SELECT 1 FROM sessions WHERE id = ?1 AND status = 'closed'").with(*session).firstRow(
        [](const Statement&) {});
    if (closed)
        throw StoreError(StoreError::Kind::SessionNotOpen, db.file(), StoreError::Facts::ofRow(StoreRow::Session, session->value));
}

AttemptId Store::startAttempt(const Attempt& a) {
    WriteTransaction transaction(*m_db);
    requireSessionNotClosed(*m_db, a.session);
    m_db->cached("INSERT INTO attempts (session_id, person_id, paper, seed, started_at, max_score)"
                 " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .with(a.session, a.person, a.paper, std::bit_cast<std::int64_t>(a.seed), a.startedAt, a.maxScore)
        .run();
    const AttemptId id{m_db->lastInsertId()};
    transaction.commit();
    return id;
}

// Refuses changes to an attempt that does not exist or is already over.
// Refuses changes to an attempt that does not exist, is already over, or belongs to a closed session.
static void requireOpenAttempt(StoreConnection& db, AttemptId attempt, bool evenInClosedSession = false) {
    std::optional<bool> open;
    std::optional<SessionId> session;
    db.cached("SELECT finished_at IS NULL, session_id FROM attempts WHERE id = ?1").with(attempt).firstRow([&](const Statement& row) {
        open = row.integer(0) != 0;
        if (const auto id = row.optionalInteger(1)) session = SessionId{*id};
    });
    if (!open || !*open) {
        throw StoreError(open ? StoreError::Kind::AttemptFinished : StoreError::Kind::NotFound, db.file(),
                         StoreError::Facts::ofRow(StoreRow::Attempt, attempt.value));
    }
    if (!evenInClosedSession) requireSessionNotClosed(db, session);
}

AnswerWrite Store::recordAnswer(AttemptId attempt, const AnswerRecord& a) {
    if (!a.readable())
        throw std::invalid_argument("answer to " + a.itemId + ": a response that could not be read cannot be written back");
    WriteTransaction transaction(*m_db);
    requireOpenAttempt(*m_db, attempt);
    const bool earlier = m_db->cached("SELECT 1 FROM answers WHERE attempt_id = ?1 AND item_id = ?2")
                             .with(attempt, a.itemId)
                             .firstRow([](const Statement&) {});
    m_db->cached("INSERT INTO answers (attempt_id, item_id, position, response, correct, points, time_taken_ms,"
                 " answered_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                 " ON CONFLICT (attempt_id, item_id) DO UPDATE SET position = excluded.position,"
                 " response = excluded.response, correct = excluded.correct, points = excluded.points,"
                 " time_taken_ms = excluded.time_taken_ms, answered_at = excluded.answered_at")
        .with(attempt, a.itemId, a.position, toJson(a.response), a.correct, a.points, a.timeTaken, a.answeredAt)
        .run();
    transaction.commit(); // WAL + synchronous=FULL: on disk when this returns
    return earlier ? AnswerWrite::Replaced : AnswerWrite::New;
}

void Store::finishAttempt(AttemptId attempt, double score, bool passed, Timestamp at) {
    WriteTransaction transaction(*m_db);
    requireOpenAttempt(*m_db, attempt);
    m_db->cached("UPDATE attempts SET finished_at = ?2, score = ?3, passed = ?4 WHERE id = ?1")
        .with(attempt, at, score, passed)
        .run();
    transaction.commit();
}

void Store::abandonAttempt(AttemptId attempt, Timestamp at) {
    WriteTransaction transaction(*m_db);
    requireOpenAttempt(*m_db, attempt, true); // declining to resume changes no result
    m_db->cached("UPDATE attempts SET finished_at = ?2 WHERE id = ?1").with(attempt, at).run();
    transaction.commit();
}

std::vector<Attempt> Store::attemptsWhere(std::string_view whereSql, std::optional<std::int64_t> id) {
    const std::string sql = "SELECT id, session_id, person_id, paper, seed, started_at, finished_at, score,"
                            " max_score, passed FROM attempts WHERE " +
                            std::string(whereSql) + " ORDER BY started_at, id";
    std::vector<Attempt> attempts;
    m_db->cached(sql).with(id).forEachRow([&](const Statement& row) { attempts.push_back(readAttempt(row)); });
    return attempts;
}

std::optional<Attempt> Store::attempt(AttemptId id) {
    auto found = attemptsWhere("id = ?1", id.value);
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

std::vector<Attempt> Store::unfinishedAttempts(std::optional<PersonId> person) {
    std::optional<std::int64_t> id;
    if (person) id = person->value;
    return attemptsWhere("finished_at IS NULL AND (?1 IS NULL OR person_id = ?1)", id);
}

std::vector<Attempt> Store::attemptsOfSession(SessionId session) { return attemptsWhere("session_id = ?1", session.value); }

std::vector<Attempt> Store::attemptsOfPerson(PersonId person) { return attemptsWhere("person_id = ?1", person.value); }

// The answers of the attempts that attemptsWhereSql (over attempts, ?1 = id, ?2 = second when given)
// picks: attempts in the order they were started, each attempt's answers in paper order.
std::vector<AnswerRecord> Store::answersWhere(std::string_view attemptsWhereSql, std::int64_t id,
                                              std::optional<std::string> second) {
    const std::string sql = "SELECT " + std::string(answerColumns) +
                            " FROM answers JOIN attempts ON attempts.id = answers.attempt_id WHERE " +
                            std::string(attemptsWhereSql) +
                            " ORDER BY attempts.started_at, attempts.id, answers.position, answers.id";
    std::vector<AnswerRecord> answers;
    auto& statement = m_db->cached(sql);
    if (second) statement.with(id, *second);
    else statement.with(id);
    statement.forEachRow([&](const Statement& row) { answers.push_back(readAnswer(row)); });
    return answers;
}

std::vector<AnswerRecord> Store::answersOf(AttemptId attempt) { return answersWhere("attempts.id = ?1", attempt.value); }

std::vector<AnswerRecord> Store::answersOfPerson(PersonId person) {
    return answersWhere("attempts.person_id = ?1", person.value);
}

std::vector<AnswerRecord> Store::answersOfSession(SessionId session) {
    return answersWhere("attempts.session_id = ?1", session.value);
}

void Store::upsertReview(const ReviewEntry& e) {
    m_db->cached("INSERT INTO reviews (person_id, item_id, stage, due_at, last_result, reviewed_at)"
                 " VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (person_id, item_id) DO UPDATE SET"
                 " stage = excluded.stage, due_at = excluded.due_at, last_result = excluded.last_result,"
                 " reviewed_at = excluded.reviewed_at")
        .with(e.person, e.itemId, e.stage, e.dueAt, e.lastCorrect, e.reviewedAt)
        .run();
}

std::vector<ReviewEntry> Store::dueReviews(PersonId person, Timestamp now) {
    static const std::string sql = "SELECT " + std::string(reviewColumns) +
                                   " FROM reviews WHERE person_id = ?1 AND due_at <= ?2 ORDER BY due_at, item_id";
    return readReviews(m_db->cached(sql).with(person, now));
}

std::vector<ReviewEntry> Store::reviewsOf(PersonId person) {
    static const std::string sql =
        "SELECT " + std::string(reviewColumns) + " FROM reviews WHERE person_id = ?1 ORDER BY due_at, item_id";
    return readReviews(m_db->cached(sql).with(person));
}

std::optional<ReviewEntry> Store::review(PersonId person, std::string_view itemId) {
    static const std::string sql =
        "SELECT " + std::string(reviewColumns) + " FROM reviews WHERE person_id = ?1 AND item_id = ?2";
    std::optional<ReviewEntry> found;
    m_db->cached(sql).with(person, itemId).firstRow([&](const Statement& row) { found = readReview(row); });
    return found;
}

void Store::removeReview(PersonId person, std::string_view itemId) {
    m_db->cached("DELETE FROM reviews WHERE person_id = ?1 AND item_id = ?2").with(person, itemId).run();
}

} // namespace game
