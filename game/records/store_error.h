#pragma once
// The typed error the records store throws: what went wrong (a kind) and the
// facts an explanation names (the file, a row's id, versions). The words shown to
// the user, what happened and what to do, come from the string tables by kind
// (explain()); what() is a short English line for logs and bug reports.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace game {

class StringTable;

// The kinds of record a store error can be about.
enum class StoreRow { Unit, Person, Session, Attempt };

// Something the records store could not do, and why.
class StoreError : public std::runtime_error {
public:
    // Why the store failed.
    enum class Kind {
        NewerVersion,    // the file was written by a newer ScamDrill; it is left unchanged
        Unrecognised,    // an SQLite file, but not a ScamDrill database
        Locked,          // another program is writing to the database
        Corrupt,         // not a database, or damaged
        CannotOpen,      // missing folder, no permission
        ReadOnly,        // the file or its folder cannot be written
        DiskFull,        // no space left to write
        Io,              // the disk reported an error
        MigrationFailed, // upgrading an older database failed; it is left as it was
        Constraint,      // a rule of the records was broken (unknown unit, empty name, ...)
        NotFound,        // the row to change does not exist
        AttemptFinished, // an answer or result for an attempt that is already over
        SessionNotOpen,  // a sign-in to a session that is not open, or an answer in one that is closed
        HasRecords,      // deleting a person who has records (they can be removed from the roster instead)
        Other,
    };

    // The facts besides the file that an explanation names; each kind sets those it has.
    struct Facts {
        std::optional<StoreRow> row;    // NotFound: what kind of record was not there
        std::optional<std::int64_t> id; // NotFound, AttemptFinished, SessionNotOpen: the record's id
        std::optional<int> version;     // NewerVersion, MigrationFailed: the file's records version
        std::optional<int> latest;      // NewerVersion, MigrationFailed: the newest this program knows
        std::filesystem::path backup;   // the copy that could not be made before upgrading (any kind)
        std::string detail;             // SQLite's or another part's own words (English), for reports

        // Facts naming a record: which one and, where the kind does not say it, what kind of record.
        [[nodiscard]] static Facts ofRow(std::optional<StoreRow> row, std::int64_t id);
        // Facts of the file's records version and the newest this program knows.
        [[nodiscard]] static Facts ofVersions(int version, int latest);
    };

    StoreError(Kind kind, std::filesystem::path file, Facts facts = {});
    // An error whose only fact besides the file is a detail in English.
    StoreError(Kind kind, std::filesystem::path file, const std::string& detail);

    // Why the store failed.
    [[nodiscard]] Kind kind() const { return m_kind; }
    // The database file concerned (":memory:" for an in-memory store).
    [[nodiscard]] const std::filesystem::path& file() const { return m_file; }
    // What else is known.
    [[nodiscard]] const Facts& facts() const { return m_facts; }

private:
    Kind m_kind;
    std::filesystem::path m_file;
    Facts m_facts;
};

// The kind of error for an SQLite result code (primary or extended).
[[nodiscard]] StoreError::Kind storeErrorKind(int sqliteCode);

// The stable code of a kind ("locked", "disk_full", ...), for logs and string-table keys.
[[nodiscard]] std::string_view codeOf(StoreError::Kind kind);

// What happened and what to do, in the UI's language ("store.error.<kind>" with the facts filled in),
// followed by the detail, when there is one, for a bug report.
[[nodiscard]] std::string explain(const StringTable& strings, const StoreError& error);

} // namespace game
