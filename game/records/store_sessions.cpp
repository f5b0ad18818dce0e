// Store: training sessions and sign-ins.
#include "game/records/store.h"

#include "game/records/store_statement.h"

#include <algorithm>

namespace game {
namespace {

// The last column is the session's units as a JSON list.
constexpr std::string_view sessionColumns =
    "id, title, unit_id, organiser, place, starts_at, ends_at, paper_rules, status, attempts_allowed,"
    " attempt_counted, closed_at,"
    " (SELECT json_group_array(unit_id) FROM session_units WHERE session_id = sessions.id)";

TrainingSession readSession(const Statement& row) {
    TrainingSession session;
    session.id = SessionId{row.integer(0)};
    session.title = row.text(1);
    session.unit = UnitId{row.integer(2)};
    session.organiser = row.text(3);
    session.place = row.text(4);
    session.startsAt = row.timestamp(5);
    session.endsAt = row.timestamp(6);
    session.paperRules = row.json(7);
    // A status this version does not know is treated as over, so nobody signs in to it by mistake.
    session.status = sessionStatusFromCode(row.text(8)).value_or(SessionStatus::Closed);
    if (const auto allowed = row.optionalInteger(9)) session.attempts.allowed = static_cast<int>(*allowed);
    else session.attempts.allowed.reset();
    session.attempts.counted = attemptCountedFromCode(row.text(10)).value_or(AttemptCounted::Best);
    if (const auto closed = row.optionalInteger(11)) session.closedAt = timestampFromUnixMs(*closed);
    session.units.push_back(session.unit); // its own unit first, then the others by id
    std::vector<UnitId> others;
    for (const auto& unit : row.json(12)) {
        if (const UnitId id{unit.get<std::int64_t>()}; id != session.unit) others.push_back(id);
    }
    std::sort(others.begin(), others.end());
    session.units.insert(session.units.end(), others.begin(), others.end());
    return session;
}

std::vector<TrainingSession> readSessions(Statement& statement) {
    std::vector<TrainingSession> sessions;
    statement.forEachRow([&](const Statement& row) { sessions.push_back(readSession(row)); });
    return sessions;
}

SignIn readSignIn(const Statement& row) {
    SignIn signIn;
    signIn.id = SignInId{row.integer(0)};
    signIn.session = SessionId{row.integer(1)};
    signIn.person = PersonId{row.integer(2)};
    signIn.signedAt = row.timestamp(3);
    signIn.method = signInMethodFromCode(row.text(4)).value_or(SignInMethod::ByOrganiser);
    return signIn;
}

std::string sessionsSql(std::string_view where) {
    return "SELECT " + std::string(sessionColumns) + " FROM sessions WHERE " + std::string(where) +
           " ORDER BY starts_at DESC, id DESC";
}

// Writes the session's units: its own unit and the others it is for.
void writeSessionUnits(StoreConnection& db, SessionId session, const TrainingSession& s) {
    db.cached("DELETE FROM session_units WHERE session_id = ?1").with(session).run();
    db.cached("INSERT OR IGNORE INTO session_units (session_id, unit_id) VALUES (?1, ?2)").with(session, s.unit).run();
    for (const UnitId unit : s.units) {
        db.cached("INSERT OR IGNORE INTO session_units (session_id, unit_id) VALUES (?1, ?2)").with(session, unit).run();
    }
}

} // namespace

SessionId Store::createSession(const TrainingSession& s) {
    WriteTransaction transaction(*m_db);
    m_db->cached("INSERT INTO sessions (title, unit_id, organiser, place, starts_at, ends_at, paper_rules, status,"
                 " attempts_allowed, attempt_counted, closed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
        .with(s.title, s.unit, s.organiser, s.place, s.startsAt, s.endsAt, s.paperRules, s.status, s.attempts.allowed,
              s.attempts.counted, s.closedAt)
        .run();
    const SessionId id{m_db->lastInsertId()};
    writeSessionUnits(*m_db, id, s);
    transaction.commit();
    return id;
}

void Store::updateSession(const TrainingSession& s) {
    WriteTransaction transaction(*m_db);
    m_db->cached("UPDATE sessions SET title = ?2, unit_id = ?3, organiser = ?4, place = ?5, starts_at = ?6,"
                 " ends_at = ?7, paper_rules = ?8, status = ?9, attempts_allowed = ?10, attempt_counted = ?11,"
                 " closed_at = ?12 WHERE id = ?1")
        .with(s.id, s.title, s.unit, s.organiser, s.place, s.startsAt, s.endsAt, s.paperRules, s.status,
              s.attempts.allowed, s.attempts.counted, s.closedAt)
        .run();
    requireChanged(StoreRow::Session, s.id.value);
    writeSessionUnits(*m_db, s.id, s);
    transaction.commit();
}

void Store::setSessionStatus(SessionId session, SessionStatus status, std::optional<Timestamp> closedAt) {
    m_db->cached("UPDATE sessions SET status = ?2, closed_at = ?3 WHERE id = ?1").with(session, status, closedAt).run();
    requireChanged(StoreRow::Session, session.value);
}

void Store::openSession(SessionId session) { setSessionStatus(session, SessionStatus::Open, std::nullopt); }
void Store::closeSession(SessionId session, Timestamp at) { setSessionStatus(session, SessionStatus::Closed, at); }

std::vector<Person> Store::sessionRoster(SessionId session) {
    static const std::string sql =
        "WITH RECURSIVE tree(id) AS (SELECT unit_id FROM session_units WHERE session_id = ?1"
        " UNION SELECT units.id FROM units JOIN tree ON units.parent_id = tree.id)"
        " SELECT id, name, unit_id, role, number, created_at, removed_at FROM people"
        " WHERE unit_id IN (SELECT id FROM tree) AND removed_at IS NULL ORDER BY unit_id, number IS NULL, number, name, id";
    std::vector<Person> people;
    m_db->cached(sql).with(session).forEachRow([&](const Statement& row) {
        Person person;
        person.id = PersonId{row.integer(0)};
        person.name = row.text(1);
        person.unit = UnitId{row.integer(2)};
        person.role = personRoleFromCode(row.text(3)).value_or(PersonRole::Other);
        person.number = row.optionalText(4);
        person.createdAt = row.timestamp(5);
        people.push_back(std::move(person));
    });
    return people;
}

std::optional<TrainingSession> Store::session(SessionId id) {
    static const std::string sql = sessionsSql("id = ?1");
    std::optional<TrainingSession> found;
    m_db->cached(sql).with(id).firstRow([&](const Statement& row) { found = readSession(row); });
    return found;
}

std::vector<TrainingSession> Store::sessionsForUnit(UnitId unit, bool includeSubunits) {
    static const std::string direct = sessionsSql("id IN (SELECT session_id FROM session_units WHERE unit_id = ?1)");
    static const std::string below =
        sessionsSql("id IN (SELECT session_id FROM session_units WHERE unit_id IN " + unitAndBelowSql(1) + ")");
    return readSessions(m_db->cached(includeSubunits ? below : direct).with(unit));
}

std::vector<TrainingSession> Store::sessionsWithStatus(SessionStatus status) {
    static const std::string sql = sessionsSql("status = ?1");
    return readSessions(m_db->cached(sql).with(status));
}

std::vector<TrainingSession> Store::allSessions() {
    static const std::string sql = sessionsSql("1");
    return readSessions(m_db->cached(sql));
}

SessionCounts Store::sessionCounts(SessionId session) {
    SessionCounts counts;
    m_db->cached("SELECT (SELECT count(*) FROM sign_ins WHERE session_id = ?1),"
                 " (SELECT count(*) FROM attempts WHERE session_id = ?1)")
        .with(session)
        .firstRow([&](const Statement& row) {
            counts.signedIn = static_cast<int>(row.integer(0));
            counts.papers = static_cast<int>(row.integer(1));
        });
    return counts;
}

std::vector<AnswerCount> Store::answerCountsOfSession(SessionId session, std::span<const std::string> itemIds) {
    // The ids go in as one JSON list, so the statement is the same however many there are.
    nlohmann::json ids = nlohmann::json::array();
    for (const auto& id : itemIds) ids.push_back(id);
    std::vector<AnswerCount> counts;
    // Answers that reached the same ending are one row (a scenario's stored record differs in its times);
    // text that is not JSON is its own group, so it is read, and reported as unreadable, like any answer.
    m_db->cached("SELECT answers.item_id, min(answers.response), count(*) FROM answers"
                 " JOIN attempts ON attempts.id = answers.attempt_id"
                 " WHERE attempts.session_id = ?1 AND answers.item_id IN (SELECT value FROM json_each(?2))"
                 " GROUP BY answers.item_id,"
                 " CASE WHEN json_valid(answers.response) THEN json_extract(answers.response, '$.ending')"
                 " ELSE answers.response END"
                 " ORDER BY answers.item_id, 2")
        .with(session, ids)
        .forEachRow([&](const Statement& row) {
            AnswerCount count;
            count.answer.itemId = row.text(0);
            readStoredResponse(row.text(1), count.answer);
            count.times = static_cast<int>(row.integer(2));
            counts.push_back(std::move(count));
        });
    return counts;
}

SignIn Store::signIn(SessionId session, PersonId person, Timestamp at, SignInMethod method) {
    WriteTransaction transaction(*m_db);
    std::optional<SessionStatus> status;
    m_db->cached("SELECT status FROM sessions WHERE id = ?1").with(session).firstRow([&](const Statement& row) {
        status = sessionStatusFromCode(row.text(0));
    });
    if (status != SessionStatus::Open) {
        throw StoreError(status ? StoreError::Kind::SessionNotOpen : StoreError::Kind::NotFound, m_db->file(),
                         StoreError::Facts::ofRow(StoreRow::Session, session.value));
    }
    // A second sign-in of the same person keeps the first one (its time and method).
    m_db->cached("INSERT INTO sign_ins (session_id, person_id, signed_at, method) VALUES (?1, ?2, ?3, ?4)"
                 " ON CONFLICT (session_id, person_id) DO NOTHING")
        .with(session, person, at, method)
        .run();
    SignIn result;
    m_db->cached("SELECT id, session_id, person_id, signed_at, method FROM sign_ins"
                 " WHERE session_id = ?1 AND person_id = ?2")
        .with(session, person)
        .firstRow([&](const Statement& row) { result = readSignIn(row); });
    transaction.commit();
    return result;
}

std::vector<SignIn> Store::signIns(SessionId session) {
    std::vector<SignIn> result;
    m_db->cached("SELECT id, session_id, person_id, signed_at, method FROM sign_ins"
                 " WHERE session_id = ?1 ORDER BY signed_at, id")
        .with(session)
        .forEachRow([&](const Statement& row) { result.push_back(readSignIn(row)); });
    return result;
}

} // namespace game
