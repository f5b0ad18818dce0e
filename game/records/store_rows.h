#pragma once
// The plain rows the records store (game::Store) reads and writes: units,
// people, training sessions, sign-ins, attempts, answers and the wrong-answer book.
#include "game/quiz/response.h"
#include "game/timestamp.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace game {

// The row id of one table; the tag keeps a person's id from being passed as a unit's.
template <class Tag>
struct RowId {
    std::int64_t value = 0;
    friend auto operator<=>(const RowId&, const RowId&) = default;
};
using UnitId = RowId<struct UnitTag>;
using PersonId = RowId<struct PersonTag>;
using SessionId = RowId<struct SessionTag>;
using SignInId = RowId<struct SignInTag>;
using AttemptId = RowId<struct AttemptTag>;

// What kind of place in the tree a unit is (township > village, school > grade > class, company > department).
enum class UnitKind { Township, Village, School, Grade, Class, Department, Company, Other };

// What a person is in their unit; it chooses audiences and the wording of reports.
enum class PersonRole { Pupil, Student, Teacher, Staff, Finance, Elderly, Merchant, Resident, Organiser, Other };

// Where a session is in its life: set up, taking sign-ins, over.
enum class SessionStatus { Draft, Open, Closed };

// How a person came to be signed in.
enum class SignInMethod { Roster, AddedAtDoor, ByOrganiser };

// A unit: a township, a village, a school, a class, a department or a company.
struct Unit {
    UnitId id;
    std::optional<UnitId> parent; // none for a top-level unit
    std::string name;
    UnitKind kind = UnitKind::Other;
};

// A unit with its depth in the tree (0 for a top-level unit), as listUnits gives it.
struct UnitInTree {
    Unit unit;
    int depth = 0;
};

// A person on a unit's roster, or someone practising alone (no unit). Holds only what a
// training record needs: never an ID-card number, a phone number or an address.
struct Person {
    PersonId id; // ignored by Store::addPerson
    std::string name;
    std::optional<UnitId> unit;        // none: a local person who practises alone, outside any roster
    PersonRole role = PersonRole::Resident;
    std::optional<std::string> number; // staff or student number, as typed (text: 00123 stays 00123)
    Timestamp createdAt{};             // set by the caller when adding (time is a parameter)
    std::optional<Timestamp> removedAt; // taken off the roster: hidden from sign-in, records kept

    // True while the person is on a roster (or practising), not removed.
    [[nodiscard]] bool onRoster() const { return !removedAt.has_value(); }
};

// Which of a person's finished attempts in a session is their result.
enum class AttemptCounted { Best, Latest };

// How many attempts a person may make in a session, and which one counts.
struct AttemptPolicy {
    std::optional<int> allowed = 1;               // none: as many as they like
    AttemptCounted counted = AttemptCounted::Best; // only matters when more than one is allowed
    friend bool operator==(const AttemptPolicy&, const AttemptPolicy&) = default;
};

// A training session a unit runs (培训/测验).
struct TrainingSession {
    SessionId id; // ignored by Store::createSession
    std::string title;
    UnitId unit;                // the unit that runs it (always one of units)
    std::vector<UnitId> units;  // the units it is for, with the units below them; empty means {unit}
    std::string organiser;
    std::string place;
    Timestamp startsAt{};
    Timestamp endsAt{};
    nlohmann::json paperRules = nlohmann::json::object(); // owned by the paper code: the paper, its pass mark, exam or practice style
    SessionStatus status = SessionStatus::Draft;
    AttemptPolicy attempts;                 // one attempt by default
    std::optional<Timestamp> closedAt;      // when sign-in ended and the results froze
};

// How far a session has got, as counted in the database.
struct SessionCounts {
    int signedIn = 0; // people signed in
    int papers = 0;   // attempts started, finished or not
};

// One person signed in to one session (a line of the 签到表).
struct SignIn {
    SignInId id;
    SessionId session;
    PersonId person;
    Timestamp signedAt{};
    SignInMethod method = SignInMethod::Roster;
};

// One person taking one paper, in a session or in practice.
struct Attempt {
    AttemptId id;                     // ignored by Store::startAttempt
    std::optional<SessionId> session; // none in practice
    PersonId person;
    nlohmann::json paper = nlohmann::json::object(); // item ids, option orders, seed, bank revisions
    std::uint64_t seed = 0;
    Timestamp startedAt{};
    std::optional<Timestamp> finishedAt; // none while it can still be resumed
    std::optional<double> score;         // none until finished; none after abandonAttempt
    double maxScore = 0;
    std::optional<bool> passed;

    // True when the attempt was ended without a score (the player declined to resume).
    [[nodiscard]] bool abandoned() const { return finishedAt.has_value() && !score.has_value(); }
};

// One answer given in an attempt, written the moment it is given.
struct AnswerRecord {
    AttemptId attempt;                           // set when read from the store (ignored by recordAnswer)
    std::string itemId;
    int position = 0;                            // 0-based place of the item in the paper
    Response response;                           // what the player did (empty when unreadable)
    bool correct = false;
    double points = 0;
    std::chrono::milliseconds timeTaken{0};
    Timestamp answeredAt{};
    std::string unreadable{};                    // set when read from the store: why the stored response
                                                 // could not be read (written by another version, damaged)

    // False when the stored response could not be read: only its points and correctness are known.
    [[nodiscard]] bool readable() const { return unreadable.empty(); }
};

// How many times one answer was given to one item (a row of a count over many answers).
struct AnswerCount {
    AnswerRecord answer; // its item and response (read as AnswerRecord reads it); no attempt, position or time
    int times = 0;
};

// One item in a person's wrong-answer book (错题本); the schedule is computed elsewhere.
struct ReviewEntry {
    PersonId person;
    std::string itemId;
    int stage = 0;            // how far along the spaced schedule the item is
    Timestamp dueAt{};        // when it comes back
    bool lastCorrect = false; // the result of the last time it was answered
    Timestamp reviewedAt{};   // when it was last answered
};

// What the organiser runs, chosen at first use: unit kinds, roles and audiences follow from it.
enum class OrganisationKind { School, Township, WorkUnit, BankBranch };

// The organiser's access to their area: the PIN (as a salted slow hash only), the count of wrong
// tries and the lock they set, and what they run. One per database.
struct OrganiserAccess {
    std::optional<std::string> pinHash;        // crypto_pwhash_str's text; none until set at first use
    int failedTries = 0;                       // wrong PINs in a row
    std::optional<Timestamp> lockedUntil;      // no PIN is accepted before this
    std::optional<OrganisationKind> organisation; // none until chosen at first use
};

// Whether recordAnswer wrote a first answer for the item or replaced an earlier one.
enum class AnswerWrite { New, Replaced };

// The stored code of each enum value ("township", "added_at_door", ...); the tables are in store_rows.cpp.
[[nodiscard]] std::string_view codeOf(UnitKind kind);
[[nodiscard]] std::string_view codeOf(PersonRole role);
[[nodiscard]] std::string_view codeOf(SessionStatus status);
[[nodiscard]] std::string_view codeOf(SignInMethod method);
[[nodiscard]] std::string_view codeOf(AttemptCounted counted);
[[nodiscard]] std::string_view codeOf(OrganisationKind kind);

// The enum value for a stored code, or none for a code this version does not know.
[[nodiscard]] std::optional<UnitKind> unitKindFromCode(std::string_view code);
[[nodiscard]] std::optional<PersonRole> personRoleFromCode(std::string_view code);
[[nodiscard]] std::optional<SessionStatus> sessionStatusFromCode(std::string_view code);
[[nodiscard]] std::optional<SignInMethod> signInMethodFromCode(std::string_view code);
[[nodiscard]] std::optional<AttemptCounted> attemptCountedFromCode(std::string_view code);
[[nodiscard]] std::optional<OrganisationKind> organisationKindFromCode(std::string_view code);

} // namespace game
