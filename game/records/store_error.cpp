#include "game/records/store_error.h"

#include <sqlite3.h>

#include <utility>

namespace game {

StoreError::StoreError(Kind kind, std::filesystem::path file, const std::string& message)
    : std::runtime_error(message), m_kind(kind), m_file(std::move(file)) {}

StoreError::Kind storeErrorKind(int sqliteCode) {
    switch (sqliteCode & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return StoreError::Kind::Locked;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: return StoreError::Kind::Corrupt;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH: return StoreError::Kind::CannotOpen;
    case SQLITE_READONLY: return StoreError::Kind::ReadOnly;
    case SQLITE_FULL: return StoreError::Kind::DiskFull;
    case SQLITE_IOERR: return StoreError::Kind::Io;
    case SQLITE_CONSTRAINT: return StoreError::Kind::Constraint;
    default: return StoreError::Kind::Other;
    }
}

const char* toText(StoreError::Kind kind) {
    using K = StoreError::Kind;
    switch (kind) {
    case K::NewerVersion: return "newer_version";
    case K::Unrecognised: return "unrecognised";
    case K::Locked: return "locked";
    case K::Corrupt: return "corrupt";
    case K::CannotOpen: return "cannot_open";
    case K::ReadOnly: return "read_only";
    case K::DiskFull: return "disk_full";
    case K::Io: return "io";
    case K::MigrationFailed: return "migration_failed";
    case K::Constraint: return "constraint";
    case K::NotFound: return "not_found";
    case K::AttemptFinished: return "attempt_finished";
    case K::SessionNotOpen: return "session_not_open";
    case K::Other: return "other";
    }
    return "other";
}

} // namespace game
