#include "game/records/store_schema.h"

#include "game/records/store_statement.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <optional>
#include <string>
#include <system_error>

namespace game {
namespace {

// Version 1. Times are INTEGER Unix milliseconds (UTC); JSON columns are TEXT owned
// by the paper and quiz code; enum columns hold the texts of game/records/store_rows.cpp.
constexpr std::string_view schemaV1 = R"sql(
CREATE TABLE units (
    id        INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES units(id),
    name      TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind      TEXT NOT NULL
);
CREATE INDEX units_by_parent ON units(parent_id);

CREATE TABLE people (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    unit_id    INTEGER NOT NULL REFERENCES units(id),
    role       TEXT NOT NULL,
    number     TEXT,
    phone      TEXT,
    created_at INTEGER NOT NULL
);
CREATE INDEX people_by_unit ON people(unit_id, name);

CREATE TABLE sessions (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    unit_id     INTEGER NOT NULL REFERENCES units(id),
    organiser   TEXT NOT NULL,
    place       TEXT NOT NULL,
    starts_at   INTEGER NOT NULL,
    ends_at     INTEGER NOT NULL,
    mode        TEXT NOT NULL,
    paper_rules TEXT NOT NULL,
    pass_mark   REAL NOT NULL,
    status      TEXT NOT NULL
);
CREATE INDEX sessions_by_unit ON sessions(unit_id, starts_at);

CREATE TABLE sign_ins (
    id         INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    person_id  INTEGER NOT NULL REFERENCES people(id),
    signed_at  INTEGER NOT NULL,
    method     TEXT NOT NULL,
    UNIQUE (session_id, person_id)
);

CREATE TABLE attempts (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER REFERENCES sessions(id),
    person_id   INTEGER NOT NULL REFERENCES people(id),
    paper       TEXT NOT NULL,
    seed        INTEGER NOT NULL,
    started_at  INTEGER NOT NULL,
    finished_at INTEGER,
    score       REAL,
    max_score   REAL NOT NULL,
    passed      INTEGER CHECK (passed IN (0, 1))
);
CREATE INDEX attempts_by_session ON attempts(session_id);
CREATE INDEX attempts_by_person ON attempts(person_id, started_at);
CREATE INDEX attempts_unfinished ON attempts(person_id) WHERE finished_at IS NULL;

CREATE TABLE answers (
    id            INTEGER PRIMARY KEY,
    attempt_id    INTEGER NOT NULL REFERENCES attempts(id),
    item_id       TEXT NOT NULL,
    position      INTEGER NOT NULL,
    response      TEXT NOT NULL,
    correct       INTEGER NOT NULL CHECK (correct IN (0, 1)),
    points        REAL NOT NULL,
    time_taken_ms INTEGER NOT NULL CHECK (time_taken_ms >= 0),
    answered_at   INTEGER NOT NULL,
    UNIQUE (attempt_id, item_id)
);

CREATE TABLE reviews (
    person_id    INTEGER NOT NULL REFERENCES people(id),
    item_id      TEXT NOT NULL,
    stage        INTEGER NOT NULL,
    due_at       INTEGER NOT NULL,
    last_result  INTEGER NOT NULL CHECK (last_result IN (0, 1)),
    reviewed_at  INTEGER NOT NULL,
    PRIMARY KEY (person_id, item_id)
);
CREATE INDEX reviews_due ON reviews(person_id, due_at);
)sql";

// Version 2. A session's pass mark and its exam or practice style are its paper rules'
// (pass_percent, feedback_after_each), which the quiz reads; the columns that said the
// same again (pass_mark, mode) were written and never read, so they go.
constexpr std::string_view schemaV2 = R"sql(
ALTER TABLE sessions DROP COLUMN pass_mark;
ALTER TABLE sessions DROP COLUMN mode;
)sql";

// Version 3, the organiser's console. People: no phone number (a training record does not
// need one), a unit that may be none (someone practising alone at home, kept on this machine
// until the organiser merges them into a roster), and removed_at for people taken off a roster
// whose records are kept. Sessions: the units they are for, how many attempts a person may
// make and which one counts, and when sign-in ended. The organiser's PIN and what they run.
// The people table is rebuilt (SQLite cannot make a column nullable); migrate() runs every
// step with foreign keys off and checks them before committing.
constexpr std::string_view schemaV3 = R"sql(
CREATE TABLE people_v3 (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    unit_id    INTEGER REFERENCES units(id),
    role       TEXT NOT NULL,
    number     TEXT,
    created_at INTEGER NOT NULL,
    removed_at INTEGER
);
INSERT INTO people_v3 (id, name, unit_id, role, number, created_at)
    SELECT id, name, unit_id, role, number, created_at FROM people;
DROP TABLE people;
ALTER TABLE people_v3 RENAME TO people;
CREATE INDEX people_by_unit ON people(unit_id, name);
CREATE INDEX people_by_number ON people(number) WHERE number IS NOT NULL;

ALTER TABLE sessions ADD COLUMN attempts_allowed INTEGER CHECK (attempts_allowed IS NULL OR attempts_allowed >= 1);
ALTER TABLE sessions ADD COLUMN attempt_counted TEXT NOT NULL DEFAULT 'best';
ALTER TABLE sessions ADD COLUMN closed_at INTEGER;
CREATE TABLE session_units (
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    unit_id    INTEGER NOT NULL REFERENCES units(id),
    PRIMARY KEY (session_id, unit_id)
);
CREATE INDEX session_units_by_unit ON session_units(unit_id);
INSERT INTO session_units (session_id, unit_id) SELECT id, unit_id FROM sessions;
CREATE INDEX sign_ins_by_person ON sign_ins(person_id);
CREATE INDEX attempts_by_session_person ON attempts(session_id, person_id);

CREATE TABLE organiser (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    pin_hash     TEXT,
    failed_tries INTEGER NOT NULL DEFAULT 0 CHECK (failed_tries >= 0),
    locked_until INTEGER,
    organisation TEXT
);
INSERT INTO organiser (id) VALUES (1);
)sql";

constexpr std::array<Migration, 3> migrations{{
    {1, "units, people, sessions, sign-ins, attempts, answers, wrong-answer book", schemaV1},
    {2, "a session's pass mark and style only in its paper rules", schemaV2},
    {3, "the organiser's console: local and removed people, session units and attempt policy, the PIN", schemaV3},
}};

[[noreturn]] void refuseNewer(const std::filesystem::path& file, std::int64_t version, int latest) {
    throw StoreError(StoreError::Kind::NewerVersion, file,
                     StoreError::Facts::ofVersions(static_cast<int>(version), latest));
}

// The user_version in the file's 100-byte header, when it is a ScamDrill file with no WAL
// beside it (then the header is current). Reading it this way leaves no -wal or -shm
// behind, which even a read-only SQLite connection to a WAL database would.
std::optional<std::int64_t> headerVersion(const std::filesystem::path& file) {
    std::filesystem::path wal = file;
    wal += "-wal";
    std::error_code ec;
    if (std::filesystem::exists(wal, ec)) return std::nullopt;
    std::ifstream in(file, std::ios::binary);
    std::array<unsigned char, 100> header{};
    if (!in.read(reinterpret_cast<char*>(header.data()), header.size())) return std::nullopt;
    constexpr std::string_view magic{"SQLite format 3\0", 16};
    if (!std::equal(magic.begin(), magic.end(), header.begin())) return std::nullopt;
    const auto bigEndian = [&](std::size_t at) {
        std::uint32_t value = 0;
        for (std::size_t i = at; i < at + 4; ++i) value = (value << 8) | header[i];
        return static_cast<std::int32_t>(value);
    };
    if (bigEndian(68) != storeApplicationId) return std::nullopt; // foreign files are judged by SQLite below
    return bigEndian(60);
}

// Reads the version of an existing file without changing it; refuses newer, foreign or damaged files.
void checkExisting(const std::filesystem::path& file, const StoreOptions& options, int latest) {
    if (const auto version = headerVersion(file); version && *version > latest) refuseNewer(file, *version, latest);
    StoreConnection reader(file, SQLITE_OPEN_READONLY);
    sqlite3_busy_timeout(reader.handle(), static_cast<int>(options.busyTimeout.count()));
    const std::int64_t applicationId = reader.queryInteger("PRAGMA application_id");
    const std::int64_t version = reader.queryInteger("PRAGMA user_version");
    const std::int64_t tables = reader.queryInteger("SELECT count(*) FROM sqlite_schema");
    if (applicationId != storeApplicationId && (applicationId != 0 || version != 0 || tables != 0)) {
        throw StoreError(StoreError::Kind::Unrecognised, file);
    }
    if (version > latest) refuseNewer(file, version, latest);
    Statement check(reader, "PRAGMA quick_check");
    std::string verdict;
    check.firstRow([&](const Statement& row) { verdict = row.text(0); });
    if (verdict != "ok") {
        throw StoreError(StoreError::Kind::Corrupt, file, "quick_check: " + verdict);
    }
}

// Copies the database to file.bak-v<version>, written under a temporary name first.
// Called while `writer` holds the write lock and has written nothing yet, so a second
// (reading) connection copies exactly the state before the migration.
void backUp(const StoreConnection& writer, int version) {
    StoreConnection source(writer.file(), SQLITE_OPEN_READONLY);
    const std::filesystem::path target = backupPathFor(source.file(), version);
    std::filesystem::path partial = target;
    partial += ".partial";
    std::error_code ignored;
    std::filesystem::remove(partial, ignored);
    int rc = SQLITE_OK;
    {
        StoreConnection copy(partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        sqlite3_backup* backup = sqlite3_backup_init(copy.handle(), "main", source.handle(), "main");
        if (!backup) {
            rc = sqlite3_errcode(copy.handle());
        } else {
            sqlite3_backup_step(backup, -1);
            rc = sqlite3_backup_finish(backup);
        }
    }
    if (rc == SQLITE_OK) std::filesystem::rename(partial, target, ignored);
    if (rc != SQLITE_OK || ignored) {
        StoreError::Facts facts;
        facts.backup = target;
        facts.detail = rc == SQLITE_OK ? "renaming the copy: " + ignored.message() : sqliteDetail(rc, nullptr);
        std::filesystem::remove(partial, ignored);
        throw StoreError(rc == SQLITE_OK ? StoreError::Kind::Io : storeErrorKind(rc), source.file(), facts);
    }
}

// Foreign keys off while the migration runs (a rebuilt table is dropped and renamed, which
// SQLite's own procedure for changing a table does with them off), on again afterwards.
class ForeignKeysOff {
public:
    explicit ForeignKeysOff(StoreConnection& connection) : m_connection(connection) {
        m_connection.exec("PRAGMA foreign_keys = OFF"); // a no-op inside a transaction: set before BEGIN
    }
    ~ForeignKeysOff() {
        try {
            m_connection.exec("PRAGMA foreign_keys = ON");
        } catch (...) { // NOLINT(bugprone-empty-catch): the connection is being given up anyway
        }
    }
    ForeignKeysOff(const ForeignKeysOff&) = delete;
    ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;

private:
    StoreConnection& m_connection;
};

void migrate(StoreConnection& connection, const StoreOptions& options, bool inMemory) {
    const int latest = options.migrations.empty() ? 0 : options.migrations.back().version;
    const ForeignKeysOff foreignKeysOff(connection);
    WriteTransaction transaction(connection); // BEGIN IMMEDIATE: reports Locked when another program writes
    const auto version = static_cast<int>(connection.queryInteger("PRAGMA user_version"));
    if (version > latest) refuseNewer(connection.file(), version, latest); // upgraded by a newer ScamDrill meanwhile
    if (version == latest) {
        transaction.commit();
        return;
    }
    if (version > 0 && !inMemory) backUp(connection, version);
    try {
        if (version == 0) connection.exec("PRAGMA application_id = " + std::to_string(storeApplicationId));
        for (const Migration& step : options.migrations) {
            if (step.version <= version) continue;
            connection.exec(std::string(step.sql));
            connection.exec("PRAGMA user_version = " + std::to_string(step.version));
        }
        Statement foreignKeys(connection, "PRAGMA foreign_key_check");
        foreignKeys.firstRow([&](const Statement& row) {
            throw StoreError(StoreError::Kind::Constraint, connection.file(),
                             "foreign key check after migrating: table " + row.text(0));
        });
        transaction.commit();
    } catch (const StoreError& error) {
        const auto kind = error.kind();
        if (kind != StoreError::Kind::Other && kind != StoreError::Kind::Constraint) throw;
        auto facts = StoreError::Facts::ofVersions(version, latest);
        facts.detail = error.what();
        throw StoreError(StoreError::Kind::MigrationFailed, connection.file(), facts);
    }
}

} // namespace

std::span<const Migration> storeMigrations() { return migrations; }

std::filesystem::path backupPathFor(const std::filesystem::path& file, int version) {
    std::filesystem::path backup = file;
    backup += ".bak-v" + std::to_string(version);
    return backup;
}

std::unique_ptr<StoreConnection> openStoreConnection(const std::filesystem::path& file, const StoreOptions& options) {
    const bool inMemory = file == ":memory:";
    const int latest = options.migrations.empty() ? 0 : options.migrations.back().version;
    std::error_code ec;
    const auto size = inMemory ? 0 : std::filesystem::file_size(file, ec);
    if (!ec && size > 0) checkExisting(file, options, latest);

    auto connection = std::make_unique<StoreConnection>(file, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    sqlite3_busy_timeout(connection->handle(), static_cast<int>(options.busyTimeout.count()));
    connection->exec("PRAGMA foreign_keys = ON");
    connection->exec("PRAGMA journal_mode = WAL");
    connection->exec("PRAGMA synchronous = FULL");
    migrate(*connection, options, inMemory);
    return connection;
}

} // namespace game
