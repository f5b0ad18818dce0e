// The records store's file handling: schema creation, migrations with a backup,
// and refusing newer, locked, damaged or foreign files.
#include "game/records/store.h"
#include "game/strings.h"
#include "support/store_fixtures.h"
#include "support/temp_folder.h"

#include <catch2/catch.hpp>

#include <array>

using game::Store;
using game::StoreError;

namespace {

const game::Timestamp t0 = game::timestampFromUnixMs(1'700'000'000'000);

// The UI's string table in a language, loaded once.
const game::StringTable& strings(game::Language language) {
    static const auto zh = game::StringTable::load(SCAMDRILL_ASSETS_DIR, game::Language::ZhCN);
    static const auto en = game::StringTable::load(SCAMDRILL_ASSETS_DIR, game::Language::En);
    return language == game::Language::En ? en : zh;
}

// What a store error tells the user in each language, and the line it leaves in a log.
struct Told {
    std::string zh, en, log;
};

Told toldOf(const StoreError& error) {
    return {game::explain(strings(game::Language::ZhCN), error), game::explain(strings(game::Language::En), error),
            error.what()};
}

// Expects opening file to fail with a kind; returns what the user is told.
Told openFailure(const std::filesystem::path& file, StoreError::Kind kind, const game::StoreOptions& options = {}) {
    try {
        (void)Store::open(file, options);
    } catch (const StoreError& error) {
        CHECK(error.kind() == kind);
        CHECK(error.file() == file);
        return toldOf(error);
    }
    FAIL("the store opened " << file);
    return {};
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The options of a program that knows only version 1 of the schema.
game::StoreOptions version1Only() {
    game::StoreOptions options;
    options.migrations = game::storeMigrations().first(1);
    return options;
}

const int latestVersion = game::storeMigrations().back().version;

// A v1 database holding one unit and one person (with a phone number, as version 1 kept), closed again.
void makeVersion1(const std::filesystem::path& file) {
    { (void)Store::open(file, version1Only()); }
    testing::RawDatabase raw(file);
    raw.exec("INSERT INTO units (id, name, kind) VALUES (1, '一小', 'school');"
             "INSERT INTO people (name, unit_id, role, number, phone, created_at)"
             " VALUES ('张伟', 1, 'pupil', '00123', '13800000000', " + std::to_string(game::unixMs(t0)) + ")");
}

constexpr game::Migration addNickname{2, "nicknames", "ALTER TABLE people ADD COLUMN nickname TEXT;"};
constexpr game::Migration fillNickname{3, "fill nicknames", "UPDATE people SET nickname = 'n-' || name;"};

} // namespace

TEST_CASE("a new database file gets the whole schema in WAL mode", "[store]") {
    testing::TempFolder temp;
    const auto file = temp.path() / "scamdrill.db";
    {
        auto store = Store::open(file);
        CHECK(store.schemaVersion() == latestVersion);
        CHECK(store.path() == file);
    }
    testing::RawDatabase raw(file);
    for (const char* table : {"units", "people", "sessions", "sign_ins", "attempts", "answers", "reviews"}) {
        INFO(table);
        CHECK(raw.integer(std::string("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '") + table +
                          "'") == 1);
    }
    CHECK(raw.text("PRAGMA journal_mode") == "wal");
    CHECK(raw.integer("PRAGMA user_version") == latestVersion);
    CHECK(raw.integer("PRAGMA application_id") == game::storeApplicationId);
    CHECK_FALSE(std::filesystem::exists(game::backupPathFor(file, 0)));
}

TEST_CASE("an in-memory store works for tests", "[store]") {
    auto store = Store::open(":memory:");
    CHECK(store.schemaVersion() == latestVersion);
    const auto unit = store.addUnit("村委会", game::UnitKind::Village);
    CHECK(store.unit(unit)->name == "村委会");
}

SCENARIO("an older database is backed up, then migrated in order", "[store]") {
    testing::TempFolder temp;
    const auto file = temp.path() / "scamdrill.db";
    GIVEN("a version 1 database with a person in it") {
        makeVersion1(file);
        WHEN("a program that knows versions 2 and 3 opens it") {
            const std::array migrations{game::storeMigrations()[0], addNickname, fillNickname};
            game::StoreOptions options;
            options.migrations = migrations;
            {
                auto store = Store::open(file, options);
                CHECK(store.schemaVersion() == 3);
            }
            THEN("version 3 ran after version 2") {
                testing::RawDatabase raw(file);
                CHECK(raw.text("SELECT nickname FROM people") == "n-张伟");
            }
            THEN("a copy of the version 1 file was kept beside it, unmigrated") {
                const auto backup = game::backupPathFor(file, 1);
                CHECK(backup.filename() == "scamdrill.db.bak-v1");
                REQUIRE(std::filesystem::exists(backup));
                testing::RawDatabase raw(backup);
                CHECK(raw.integer("PRAGMA user_version") == 1);
                CHECK(raw.text("SELECT name FROM people") == "张伟");
                CHECK(raw.integer("SELECT count(*) FROM pragma_table_info('people') WHERE name = 'nickname'") == 0);
            }
            THEN("opening it again changes nothing and makes no further backup") {
                auto again = Store::open(file, options);
                CHECK(again.schemaVersion() == 3);
                CHECK_FALSE(std::filesystem::exists(game::backupPathFor(file, 3)));
            }
        }
        WHEN("a migration fails") {
            constexpr game::Migration broken{2, "broken", "ALTER TABLE no_such_table ADD COLUMN x TEXT;"};
            const std::array migrations{game::storeMigrations()[0], broken};
            game::StoreOptions options;
            options.migrations = migrations;
            const auto told = openFailure(file, StoreError::Kind::MigrationFailed, options);
            THEN("the database is left at version 1 with its records, and the user is told so") {
                CHECK(has(told.zh, file.string()));
                CHECK(has(told.zh, "从记录版本 1 升级到版本 2 没有成功"));
                CHECK(has(told.en, "from records version 1 to 2 failed"));
                CHECK(has(told.en, "no_such_table")); // SQLite's words, for a report
                auto store = Store::open(file, version1Only());
                CHECK(store.schemaVersion() == 1);
                CHECK(store.listUnits().size() == 1);
                CHECK(std::filesystem::exists(game::backupPathFor(file, 1)));
            }
        }
    }
}

SCENARIO("a version 1 database keeps its sessions when their pass mark and mode columns go", "[store]") {
    testing::TempFolder temp;
    const auto file = temp.path() / "scamdrill.db";
    GIVEN("a version 1 file with a session whose pass_mark and mode repeat its paper rules") {
        makeVersion1(file);
        const nlohmann::json rules = {{"sections", {{{"count", 5}}}}, {"pass_percent", 75}, {"feedback_after_each", false}};
        {
            testing::RawDatabase raw(file);
            raw.exec("INSERT INTO sessions (title, unit_id, organiser, place, starts_at, ends_at, mode, paper_rules,"
                     " pass_mark, status) VALUES ('反诈知识测验', 1, '王老师', '多功能厅', 1700000000000, 1700003600000,"
                     " 'exam', '" + rules.dump() + "', 75, 'open')");
            REQUIRE(raw.integer("SELECT count(*) FROM sessions") == 1);
        }
        WHEN("this program opens it") {
            auto store = Store::open(file);
            THEN("it is at the latest version, and the session reads back whole") {
                CHECK(store.schemaVersion() == latestVersion);
                const auto session = store.session(game::SessionId{1});
                REQUIRE(session);
                CHECK(session->title == "反诈知识测验");
                CHECK(session->organiser == "王老师");
                CHECK(session->place == "多功能厅");
                CHECK(session->startsAt == t0);
                CHECK(session->endsAt == t0 + std::chrono::hours(1));
                CHECK(session->paperRules == rules);
                CHECK(session->status == game::SessionStatus::Open);
                CHECK(store.sessionsWithStatus(game::SessionStatus::Open).size() == 1);
            }
            THEN("the columns are gone from the file, and the backup still has them") {
                testing::RawDatabase raw(file);
                CHECK(raw.integer("SELECT count(*) FROM pragma_table_info('sessions')"
                                  " WHERE name IN ('pass_mark', 'mode')") == 0);
                testing::RawDatabase backup(game::backupPathFor(file, 1));
                CHECK(backup.integer("SELECT count(*) FROM pragma_table_info('sessions')"
                                     " WHERE name IN ('pass_mark', 'mode')") == 2);
                CHECK(backup.text("SELECT mode FROM sessions") == "exam");
            }
        }
    }
}

TEST_CASE("a database from a newer version is refused and never changed", "[store]") {
    testing::TempFolder temp;
    const auto file = temp.path() / "scamdrill.db";
    makeVersion1(file);
    {
        testing::RawDatabase raw(file);
        raw.exec("PRAGMA user_version = 999");
    }
    const std::string before = testing::fileBytes(file);
    REQUIRE(before.size() > 0);
    const auto told = openFailure(file, StoreError::Kind::NewerVersion);
    CHECK(has(told.zh, file.string()));
    CHECK(has(told.zh, "记录版本 999，本程序只认到版本 " + std::to_string(latestVersion)));
    CHECK(has(told.zh, "请升级本程序"));
    CHECK(has(told.en, "records version 999; this program knows up to version " + std::to_string(latestVersion)));
    CHECK(has(told.en, "Update ScamDrill"));
    CHECK(has(told.log, "newer_version"));
    CHECK(testing::fileBytes(file) == before);
    CHECK_FALSE(std::filesystem::exists(game::backupPathFor(file, 999)));
    for (const auto& entry : std::filesystem::directory_iterator(temp.path())) {
        CHECK(entry.path().filename() == "scamdrill.db"); // no journal, WAL or backup left beside it
    }
    testing::RawDatabase raw(file);
    CHECK(raw.integer("PRAGMA user_version") == 999);
}

TEST_CASE("a database another program is writing to is reported as locked", "[store]") {
    testing::TempFolder temp;
    const auto file = temp.path() / "scamdrill.db";
    game::StoreOptions quick;
    quick.busyTimeout = std::chrono::milliseconds{50};
    auto store = Store::open(file, quick);
    const auto unit = store.addUnit("一小", game::UnitKind::School);

    testing::RawDatabase other(file);
    other.exec("BEGIN EXCLUSIVE");
    SECTION("when opening") {
        const auto told = openFailure(file, StoreError::Kind::Locked, quick);
        CHECK(has(told.zh, file.string()));
        CHECK(has(told.zh, "正在写入"));
        CHECK(has(told.zh, "请关掉它再试"));
        CHECK(has(told.en, "Close it and try again"));
        CHECK_FALSE(has(told.zh, "Close it"));
    }
    SECTION("when writing") {
        try {
            store.renameUnit(unit, "二小");
            FAIL("the write went through a lock");
        } catch (const StoreError& error) {
            CHECK(error.kind() == StoreError::Kind::Locked);
        }
        other.exec("ROLLBACK");
        store.renameUnit(unit, "二小");
        CHECK(store.unit(unit)->name == "二小");
    }
}

TEST_CASE("a file that is not a database is reported as corrupt and left alone", "[store]") {
    testing::TempFolder temp;
    const auto file = temp.path() / "scamdrill.db";
    testing::writeBytes(file, std::string(8192, 'x') + "this is not SQLite");
    const std::string before = testing::fileBytes(file);
    const auto told = openFailure(file, StoreError::Kind::Corrupt);
    CHECK(has(told.zh, file.string()));
    CHECK(has(told.zh, "已损坏"));
    CHECK(has(told.zh, "备份"));
    CHECK(has(told.en, "Restore the latest backup"));
    CHECK(testing::fileBytes(file) == before);
}

TEST_CASE("a database with damaged pages is reported as corrupt", "[store]") {
    testing::TempFolder temp;
    const auto file = temp.path() / "scamdrill.db";
    makeVersion1(file);
    std::string bytes = testing::fileBytes(file);
    REQUIRE(bytes.size() > 8192);
    for (std::size_t i = 4096; i < bytes.size(); ++i) bytes[i] = static_cast<char>((i * 7919) & 0xff);
    testing::writeBytes(file, bytes);
    (void)openFailure(file, StoreError::Kind::Corrupt);
}

TEST_CASE("an SQLite file of another program is not taken over", "[store]") {
    testing::TempFolder temp;
    const auto file = temp.path() / "other.db";
    {
        testing::RawDatabase raw(file);
        raw.exec("CREATE TABLE contacts (name TEXT)");
    }
    const std::string before = testing::fileBytes(file);
    const auto told = openFailure(file, StoreError::Kind::Unrecognised);
    CHECK(has(told.zh, "不是反诈实战演练的记录文件"));
    CHECK(has(told.en, "not a ScamDrill records file"));
    CHECK(testing::fileBytes(file) == before);
}

TEST_CASE("a database in a missing folder cannot be opened", "[store]") {
    testing::TempFolder temp;
    const auto told = openFailure(temp.path() / "no" / "such" / "scamdrill.db", StoreError::Kind::CannotOpen);
    CHECK(has(told.zh, "打不开"));
    CHECK(has(told.zh, "--db"));
    CHECK(has(told.en, "Check that its folder exists"));
}

TEST_CASE("SQLite result codes map to the store's error kinds", "[store]") {
    CHECK(game::storeErrorKind(SQLITE_FULL) == StoreError::Kind::DiskFull);
    CHECK(game::storeErrorKind(SQLITE_BUSY) == StoreError::Kind::Locked);
    CHECK(game::storeErrorKind(SQLITE_BUSY_SNAPSHOT) == StoreError::Kind::Locked);
    CHECK(game::storeErrorKind(SQLITE_NOTADB) == StoreError::Kind::Corrupt);
    CHECK(game::storeErrorKind(SQLITE_IOERR_FSYNC) == StoreError::Kind::Io);
    CHECK(game::storeErrorKind(SQLITE_CONSTRAINT_FOREIGNKEY) == StoreError::Kind::Constraint);
    CHECK(game::storeErrorKind(SQLITE_READONLY) == StoreError::Kind::ReadOnly);
    CHECK(game::codeOf(StoreError::Kind::DiskFull) == "disk_full");
}

TEST_CASE("every store error kind is explained in both languages, with the record it is about", "[store]") {
    using Kind = StoreError::Kind;
    for (int i = 0; i <= static_cast<int>(Kind::Other); ++i) {
        const auto kind = static_cast<Kind>(i);
        INFO(game::codeOf(kind));
        const std::string key = "store.error." + std::string(game::codeOf(kind));
        CHECK(strings(game::Language::ZhCN).has(key));
        CHECK(strings(game::Language::En).has(key));
    }
    const StoreError missing(Kind::NotFound, "/data/scamdrill.db", StoreError::Facts::ofRow(game::StoreRow::Session, 42));
    const auto told = toldOf(missing);
    CHECK(has(told.zh, "/data/scamdrill.db 里没有编号为 42 的培训场次"));
    CHECK(has(told.en, "There is no training session with number 42 in /data/scamdrill.db"));
    CHECK(has(told.log, "not_found: /data/scamdrill.db (session 42)"));
}

TEST_CASE("a store that cannot write its backup says so for the copy's disk", "[store]") {
    StoreError::Facts facts;
    facts.backup = "/full/scamdrill.db.bak-v1";
    facts.detail = "SQLite: database or disk is full";
    const auto told = toldOf(StoreError(StoreError::Kind::DiskFull, "/full/scamdrill.db", facts));
    CHECK(has(told.zh, "升级 /full/scamdrill.db 之前没能把它备份到 /full/scamdrill.db.bak-v1"));
    CHECK(has(told.zh, "存放 /full/scamdrill.db.bak-v1 的磁盘满了"));
    CHECK(has(told.zh, "（技术细节：SQLite: database or disk is full）"));
    CHECK(has(told.en, "Could not back up /full/scamdrill.db to /full/scamdrill.db.bak-v1 before upgrading it"));
}

SCENARIO("a version 1 database comes to version 3 with its people, their numbers as text, and no phone numbers", "[store]") {
    testing::TempFolder temp;
    const auto file = temp.path() / "scamdrill.db";
    makeVersion1(file);
    {
        testing::RawDatabase raw(file);
        raw.exec("INSERT INTO sessions (title, unit_id, organiser, place, starts_at, ends_at, mode, paper_rules,"
                 " pass_mark, status) VALUES ('测验', 1, '王老师', '教室', 1700000000000, 1700003600000,"
                 " 'exam', '{\"sections\": [{\"count\": 5}]}', 60, 'open');"
                 "INSERT INTO attempts (session_id, person_id, paper, seed, started_at, max_score)"
                 " VALUES (1, 1, '{}', 7, 1700000000000, 10)");
    }
    auto store = Store::open(file);
    CHECK(store.schemaVersion() == latestVersion);
    const auto person = store.person(game::PersonId{1});
    REQUIRE(person);
    CHECK(person->name == "张伟");
    CHECK(person->number == std::optional<std::string>("00123"));
    CHECK(person->unit == game::UnitId{1});
    CHECK(person->onRoster());
    const auto session = store.session(game::SessionId{1});
    REQUIRE(session);
    CHECK(session->units == std::vector<game::UnitId>{game::UnitId{1}});
    CHECK(store.sessionRoster(session->id).size() == 1);
    CHECK(store.attemptsOfPerson(game::PersonId{1}).size() == 1); // the attempt still points at the rebuilt table
    testing::RawDatabase raw(file);
    CHECK(raw.integer("SELECT count(*) FROM pragma_table_info('people') WHERE name = 'phone'") == 0);
    CHECK(raw.integer("SELECT count(*) FROM pragma_foreign_key_check") == 0);
    CHECK(raw.integer("SELECT count(*) FROM organiser") == 1);
    testing::RawDatabase backup(game::backupPathFor(file, 1));
    CHECK(backup.text("SELECT phone FROM people") == "13800000000"); // only the backup the upgrade made keeps it
}
