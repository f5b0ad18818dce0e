#include "game/records/store_error.h"

#include "game/codes.h"

#include <sqlite3.h>

#include <utility>

namespace game {
namespace {

using K = StoreError::Kind;
constexpr auto kStoreErrorKinds = codeTable<K>({
    {K::NewerVersion, "newer_version"},
    {K::Unrecognised, "unrecognised"},
    {K::Locked, "locked"},
    {K::Corrupt, "corrupt"},
    {K::CannotOpen, "cannot_open"},
    {K::ReadOnly, "read_only"},
    {K::DiskFull, "disk_full"},
    {K::Io, "io"},
    {K::MigrationFailed, "migration_failed"},
    {K::Constraint, "constraint"},
    {K::NotFound, "not_found"},
    {K::AttemptFinished, "attempt_finished"},
    {K::SessionNotOpen, "session_not_open"},
    {K::Other, "other"},
});

} // namespace

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

std::string_view codeOf(StoreError::Kind kind) { return kStoreErrorKinds.codeOf(kind); }

} // namespace game
