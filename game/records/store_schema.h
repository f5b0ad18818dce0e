#pragma once
// The records store's schema history and how a database file is opened:
// checked read-only first, backed up, then migrated in order.
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <string_view>

namespace game {

class StoreConnection;

// One step of the schema's history: SQL that takes a database from version - 1 to version.
struct Migration {
    int version = 0;
    std::string_view description;
    std::string_view sql;
};

// The migrations this program knows, in order; the last one's version is the current schema.
// To change the schema, append a new entry (never edit a released one).
[[nodiscard]] std::span<const Migration> storeMigrations();

// The PRAGMA application_id that marks a ScamDrill records database ("SDRL").
inline constexpr std::int32_t storeApplicationId = 0x5344524C;

// How to open the store; the defaults are what the program uses.
struct StoreOptions {
    // How long to wait for another program's write lock before reporting Locked.
    std::chrono::milliseconds busyTimeout{2000};
    // The schema history to bring the file up to (tests pass a longer one to simulate an upgrade).
    std::span<const Migration> migrations = storeMigrations();
};

// The file name of the copy kept before migrating a database from a version ("x.db.bak-v1").
[[nodiscard]] std::filesystem::path backupPathFor(const std::filesystem::path& file, int version);

// Opens (creating if needed) the database at file, or ":memory:". Refuses a newer,
// foreign or damaged file without changing it; backs up an older one, then migrates it.
// Sets WAL, synchronous=FULL, foreign keys on. Throws StoreError.
[[nodiscard]] std::unique_ptr<StoreConnection> openStoreConnection(const std::filesystem::path& file,
                                                                   const StoreOptions& options);

} // namespace game
