#pragma once
// The typed error the records store throws. The UI catches it in one place and
// shows what() (which names the file and says what to do) or a text chosen by kind().
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>

namespace game {

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
        SessionNotOpen,  // a sign-in to a session that is not open
        Other,
    };

    StoreError(Kind kind, std::filesystem::path file, const std::string& message);

    // Why the store failed.
    [[nodiscard]] Kind kind() const { return m_kind; }
    // The database file concerned (":memory:" for an in-memory store).
    [[nodiscard]] const std::filesystem::path& file() const { return m_file; }

private:
    Kind m_kind;
    std::filesystem::path m_file;
};

// The kind of error for an SQLite result code (primary or extended).
[[nodiscard]] StoreError::Kind storeErrorKind(int sqliteCode);

// The stable code of a kind ("locked", "disk_full", ...), for logs and string-table keys.
[[nodiscard]] std::string_view codeOf(StoreError::Kind kind);

} // namespace game
