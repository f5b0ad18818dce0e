#pragma once
// The records store (SQLite): units, rosters, training sessions, sign-ins,
// attempts, every answer the moment it is given, and the wrong-answer book.
//
// Times are game::Timestamp (UTC, milliseconds), passed in by the caller and kept
// as INTEGER Unix milliseconds. Every method throws game::StoreError on failure
// (Locked, DiskFull, Constraint for an unknown unit or an empty name, ...).
// One Store is used from one thread.
#include "game/records/store_error.h"
#include "game/records/store_rows.h"
#include "game/records/store_schema.h"
#include "game/records/store_views.h"

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace game {

class StoreConnection;

// The records of one database file.
class Store {
public:
    // Opens or creates the database at path (":memory:" for a throw-away store),
    // backing up and migrating an older one. Throws StoreError: NewerVersion
    // (file left unchanged), Unrecognised, Locked, Corrupt, CannotOpen, ...
    [[nodiscard]] static Store open(const std::filesystem::path& path, const StoreOptions& options = {});

    Store(Store&&) noexcept;
    Store& operator=(Store&&) noexcept;
    ~Store();

    // The database file (or ":memory:").
    [[nodiscard]] const std::filesystem::path& path() const;
    // The schema version of the open database (PRAGMA user_version).
    [[nodiscard]] int schemaVersion();
    // Runs work as one transaction: all its writes are kept, or none (for imports).
    void inOneTransaction(const std::function<void()>& work);

    // --- Units (a tree) ---
    // Adds a unit under parent (none for a top-level unit); returns its id.
    UnitId addUnit(std::string_view name, UnitKind kind, std::optional<UnitId> parent = std::nullopt);
    // Renames a unit; NotFound when there is none.
    void renameUnit(UnitId unit, std::string_view name);
    // Moves a unit (with everything below it) under another parent, or to the top; Constraint when
    // parent is the unit itself or below it.
    void moveUnit(UnitId unit, std::optional<UnitId> parent);
    // Every unit, parents before their children, siblings by name.
    [[nodiscard]] std::vector<UnitInTree> listUnits();
    // One unit, if it exists.
    [[nodiscard]] std::optional<Unit> unit(UnitId unit);

    // --- People ---
    // Adds a person to a roster (person.id is ignored); returns the new id.
    PersonId addPerson(const Person& person);
    // Changes a person's name, unit, role and number (createdAt and removedAt are kept); NotFound when there is none.
    void updatePerson(const Person& person);
    // One person, if they exist (removed from their roster or not).
    [[nodiscard]] std::optional<Person> person(PersonId person);
    // The people on the roster of a unit (and of all units below it), by name; removed people are left out.
    [[nodiscard]] std::vector<Person> peopleInUnit(UnitId unit, bool includeSubunits);
    // The people taken off the roster of a unit (and of the units below it), by name.
    [[nodiscard]] std::vector<Person> removedPeopleInUnit(UnitId unit, bool includeSubunits);
    // The people outside any unit (who practise alone on this machine), by name.
    [[nodiscard]] std::vector<Person> localPeople();
    // People on a roster whose name contains text or whose number starts with it, optionally within a
    // unit's subtree; by name.
    [[nodiscard]] std::vector<Person> findPeople(std::string_view text, std::optional<UnitId> within = std::nullopt);
    // Takes a person off their roster at `at`: hidden from sign-in, every record kept. NotFound when there is none.
    void removePerson(PersonId person, Timestamp at);
    // Puts a removed person back on their roster.
    void restorePerson(PersonId person);
    // True when a person has signed in, made an attempt or has a wrong-answer book.
    [[nodiscard]] bool personHasRecords(PersonId person);
    // Deletes a person outright; HasRecords when they have any (remove them instead), NotFound when there is none.
    void deletePerson(PersonId person);
    // Merges two entries of the same person into `kept` (one added at the door, one from the roster):
    // merged's sign-ins (the earlier of two to one session stands), attempts and wrong-answer book
    // (the later-reviewed entry of an item stands) become kept's, and merged is deleted. One transaction.
    void mergePeople(PersonId kept, PersonId merged);

    // --- Training sessions ---
    // Creates a session (session.id is ignored; the status is kept, Draft by default); returns the new id.
    SessionId createSession(const TrainingSession& session);
    // Changes a session's details and status; NotFound when there is none.
    void updateSession(const TrainingSession& session);
    // Opens a session for sign-in (from draft, or again after closing).
    void openSession(SessionId session);
    // Closes a session at `at`: no more sign-ins, and its results freeze (no answer or result is
    // recorded for its attempts until it is opened again).
    void closeSession(SessionId session, Timestamp at);
    // One session, if it exists.
    [[nodiscard]] std::optional<TrainingSession> session(SessionId session);
    // The sessions of a unit (and of the units below it), latest start first.
    [[nodiscard]] std::vector<TrainingSession> sessionsForUnit(UnitId unit, bool includeSubunits = false);
    // Every session with a status (e.g. all open ones for the sign-in screen), latest start first.
    [[nodiscard]] std::vector<TrainingSession> sessionsWithStatus(SessionStatus status);
    // Every session of every unit, latest start first.
    [[nodiscard]] std::vector<TrainingSession> allSessions();
    // How many people signed in to a session and how many papers were started in it, counted in one query.
    [[nodiscard]] SessionCounts sessionCounts(SessionId session);
    // How many times each answer was given to these items in a session, one row per item and answer
    // (by item id, then stored response): a tally over a whole session without reading each answer.
    [[nodiscard]] std::vector<AnswerCount> answerCountsOfSession(SessionId session, std::span<const std::string> itemIds);

    // The people on the rosters of the units a session is for (and the units below them), removed
    // people left out; by unit, then number, then name.
    [[nodiscard]] std::vector<Person> sessionRoster(SessionId session);

    // --- Sign-ins ---
    // Signs a person in to an open session; signing in again keeps the first sign-in and returns it.
    // SessionNotOpen unless the session is open.
    SignIn signIn(SessionId session, PersonId person, Timestamp at, SignInMethod method);
    // Everyone signed in to a session, in the order they signed in.
    [[nodiscard]] std::vector<SignIn> signIns(SessionId session);

    // --- Attempts and answers ---
    // Records the start of an attempt (attempt.id, finishedAt, score and passed are ignored); returns its id.
    AttemptId startAttempt(const Attempt& attempt);
    // Writes one answer in its own transaction, durable on return. A second answer to the same item
    // in the same attempt replaces the first (returns Replaced). AttemptFinished once the attempt is over;
    // std::invalid_argument for an answer that is not readable() (its stored text would be lost).
    AnswerWrite recordAnswer(AttemptId attempt, const AnswerRecord& answer);
    // Ends an attempt with its result. AttemptFinished when it was already ended.
    void finishAttempt(AttemptId attempt, double score, bool passed, Timestamp at);
    // Ends an attempt without a result (the player chose not to resume it); its answers are kept.
    void abandonAttempt(AttemptId attempt, Timestamp at);
    // One attempt, if it exists.
    [[nodiscard]] std::optional<Attempt> attempt(AttemptId attempt);
    // The answers of an attempt in paper order. A stored response that cannot be read comes back
    // empty, with the reason in AnswerRecord::unreadable (so do the two below).
    [[nodiscard]] std::vector<AnswerRecord> answersOf(AttemptId attempt);
    // Every answer of a person's attempts (sessions and practice), in one query: attempts oldest first, each in paper order.
    [[nodiscard]] std::vector<AnswerRecord> answersOfPerson(PersonId person);
    // Every answer given in a session, in one query: attempts oldest first, each in paper order.
    [[nodiscard]] std::vector<AnswerRecord> answersOfSession(SessionId session);
    // Attempts that were started and never ended (to offer resuming after a crash), oldest first.
    [[nodiscard]] std::vector<Attempt> unfinishedAttempts(std::optional<PersonId> person = std::nullopt);
    // The attempts made in a session, oldest first.
    [[nodiscard]] std::vector<Attempt> attemptsOfSession(SessionId session);
    // A person's attempts, in sessions and in practice, oldest first.
    [[nodiscard]] std::vector<Attempt> attemptsOfPerson(PersonId person);

    // --- Wrong-answer book (错题本) ---
    // Adds or replaces the entry for (entry.person, entry.itemId).
    void upsertReview(const ReviewEntry& entry);
    // A person's entries due at or before now, earliest due first.
    [[nodiscard]] std::vector<ReviewEntry> dueReviews(PersonId person, Timestamp now);
    // All of a person's entries, earliest due first.
    [[nodiscard]] std::vector<ReviewEntry> reviewsOf(PersonId person);
    // One entry, if the item is in the person's book.
    [[nodiscard]] std::optional<ReviewEntry> review(PersonId person, std::string_view itemId);
    // Takes an item out of a person's book (learnt); does nothing when it is not there.
    void removeReview(PersonId person, std::string_view itemId);

    // --- The organiser's access (organiser area PIN, what they run) ---
    // The stored access record (no PIN and no organisation on a new database).
    [[nodiscard]] OrganiserAccess organiserAccess();
    // Replaces the access record.
    void saveOrganiserAccess(const OrganiserAccess& access);

    // --- Views for the screens (store_views.cpp): what a screen shows, computed in one query ---
    // Everyone on every roster, by name (practice, where anyone may play).
    [[nodiscard]] std::vector<Person> allPeople();
    // How many people are signed in to a session.
    [[nodiscard]] int signInCount(SessionId session);
    // The unfinished attempts with who, where, and how far they got, oldest first.
    [[nodiscard]] std::vector<ResumableAttempt> resumableAttempts();
    // A person's best finished attempt on each level they played (papers with a level), by level.
    [[nodiscard]] std::vector<LevelBest> bestLevelScores(PersonId person);
    // A person's answers to these items only (e.g. the scenarios), in the order of answersOfPerson.
    [[nodiscard]] std::vector<AnswerRecord> answersOfPerson(PersonId person, std::span<const std::string> itemIds);

    // --- Measurement ---
    // Calls onStatement with the SQL of every statement the store runs from now on (tests count
    // them to show that a screen does not query while it only draws); nullptr stops.
    void traceStatements(std::function<void(std::string_view sql)> onStatement);

private:
    explicit Store(std::unique_ptr<StoreConnection> connection);
    void setSessionStatus(SessionId session, SessionStatus status, std::optional<Timestamp> closedAt);
    void requireChanged(StoreRow row, std::int64_t id);
    std::vector<Attempt> attemptsWhere(std::string_view whereSql, std::optional<std::int64_t> id);
    std::vector<AnswerRecord> answersWhere(std::string_view attemptsWhereSql, std::int64_t id,
                                           std::optional<std::string> second = std::nullopt);

    std::unique_ptr<StoreConnection> m_db;
    std::unique_ptr<std::function<void(std::string_view)>> m_trace; // kept where SQLite's trace hook points
};

} // namespace game
