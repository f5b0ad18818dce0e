#include "game/records/store_error.h"

#include "game/codes.h"
#include "game/strings.h"

#include <sqlite3.h>

#include <utility>
#include <vector>

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
    {K::HasRecords, "has_records"},
    {K::Other, "other"},
});

constexpr auto kStoreRows = codeTable<StoreRow>({
    {StoreRow::Unit, "unit"},
    {StoreRow::Person, "person"},
    {StoreRow::Session, "session"},
    {StoreRow::Attempt, "attempt"},
});

std::string numberOr(const std::optional<std::int64_t>& number, const char* otherwise) {
    return number ? std::to_string(*number) : otherwise;
}

// "locked: /data/scamdrill.db (session 3) -- SQLite: database is locked": for logs, in English.
std::string logLine(K kind, const std::filesystem::path& file, const StoreError::Facts& facts) {
    std::string line = std::string(codeOf(kind)) + ": " + file.string();
    if (facts.row || facts.id)
        line += " (" + std::string(facts.row ? kStoreRows.codeOf(*facts.row) : "row") + " " + numberOr(facts.id, "?") + ")";
    if (facts.version || facts.latest)
        line += " (records version " + numberOr(facts.version, "?") + ", this program knows up to " +
                numberOr(facts.latest, "?") + ")";
    if (!facts.backup.empty()) line += " (backing up to " + facts.backup.string() + ")";
    if (!facts.detail.empty()) line += " -- " + facts.detail;
    return line;
}

} // namespace

StoreError::StoreError(Kind kind, std::filesystem::path file, Facts facts)
    : std::runtime_error(logLine(kind, file, facts)), m_kind(kind), m_file(std::move(file)), m_facts(std::move(facts)) {}

StoreError::StoreError(Kind kind, std::filesystem::path file, const std::string& detail)
    : StoreError(kind, std::move(file), [&] {
          Facts facts;
          facts.detail = detail;
          return facts;
      }()) {}

StoreError::Facts StoreError::Facts::ofRow(std::optional<StoreRow> row, std::int64_t id) {
    Facts facts;
    facts.row = row;
    facts.id = id;
    return facts;
}

StoreError::Facts StoreError::Facts::ofVersions(int version, int latest) {
    Facts facts;
    facts.version = version;
    facts.latest = latest;
    return facts;
}

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

std::string explain(const StringTable& strings, const StoreError& error) {
    const auto& facts = error.facts();
    // A failed backup is explained for the copy: its disk is full, its folder read-only, ...
    const std::filesystem::path& subject = facts.backup.empty() ? error.file() : facts.backup;
    const std::string row =
        strings.get("store.row." + std::string(facts.row ? kStoreRows.codeOf(*facts.row) : "record"));
    const std::vector<std::string> args{subject.string(),
                                        numberOr(facts.id, "?"),
                                        numberOr(facts.version, "?"),
                                        numberOr(facts.latest, "?"),
                                        facts.backup.string(),
                                        row};
    std::string text = strings.format("store.error." + std::string(codeOf(error.kind())), args);
    if (!facts.backup.empty())
        text = strings.format("store.error.backup", {error.file().string(), facts.backup.string()}) + text;
    if (!facts.detail.empty()) text += strings.format("store.error.detail", {facts.detail});
    return text;
}

} // namespace game
