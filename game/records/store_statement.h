#pragma once
// The records store's thin layer over the SQLite C API: one open connection,
// prepared statements with bound parameters (cached for the hot path) and
// write transactions. Used by game/store*.cpp only; include sqlite3.h.
#include "game/records/store_error.h"
#include "game/records/store_rows.h"

#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>

namespace game {

// Throws the StoreError for an SQLite result code, with the file and SQLite's message.
[[noreturn]] void throwStoreError(int sqliteCode, sqlite3* db, const std::filesystem::path& file);

// SQLite's own words for a failure, "SQLite: database is locked", as a StoreError's detail.
[[nodiscard]] std::string sqliteDetail(int sqliteCode, sqlite3* db);

// Reads a stored answer's response text into answer.response, once, here; text that cannot be
// read leaves the response empty and keeps the reason in answer.unreadable.
void readStoredResponse(const std::string& text, AnswerRecord& answer);

// SQL for "the unit bound to ?N and every unit below it", to use as `unit_id IN <this>`.
[[nodiscard]] std::string unitAndBelowSql(int parameter);

class StoreConnection;

// One prepared statement. Values are always bound, never pasted into SQL.
class Statement {
public:
    Statement(StoreConnection& connection, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Resets the statement and binds args to ?1, ?2, ... in order.
    template <class... Args>
    Statement& with(const Args&... args) {
        reset();
        int index = 0;
        (bind(++index, args), ...);
        return *this;
    }

    // Runs a statement that returns no rows.
    void run();
    // Calls read(*this) for each row, then resets.
    template <class F>
    void forEachRow(F&& read) {
        const ResetOnExit guard{*this};
        while (step()) read(*this);
    }
    // Calls read(*this) for the first row, if any; tells whether there was one.
    template <class F>
    bool firstRow(F&& read) {
        const ResetOnExit guard{*this};
        if (!step()) return false;
        read(*this);
        return true;
    }

    // Column readers for the current row (0-based column).
    [[nodiscard]] std::int64_t integer(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] std::string text(int column) const;
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] std::optional<std::int64_t> optionalInteger(int column) const;
    [[nodiscard]] std::optional<std::string> optionalText(int column) const;
    [[nodiscard]] Timestamp timestamp(int column) const { return timestampFromUnixMs(integer(column)); }
    [[nodiscard]] nlohmann::json json(int column) const;

    // Binds one value to ?index; the type chooses INTEGER, REAL, TEXT or NULL.
    template <class T>
    void bind(int index, const T& value);

private:
    struct ResetOnExit {
        Statement& statement;
        ~ResetOnExit() { statement.reset(); }
    };
    void reset();
    bool step();
    void bindNull(int index);
    void bindInteger(int index, std::int64_t value);
    void bindReal(int index, double value);
    void bindText(int index, std::string_view value);

    StoreConnection& m_connection;
    sqlite3_stmt* m_statement = nullptr;
};

// An open SQLite connection with its statement cache.
class StoreConnection {
public:
    // Opens with sqlite3_open_v2 flags; throws StoreError.
    StoreConnection(std::filesystem::path file, int openFlags);
    ~StoreConnection();
    StoreConnection(const StoreConnection&) = delete;
    StoreConnection& operator=(const StoreConnection&) = delete;

    // The statement for sql, prepared on first use and kept.
    [[nodiscard]] Statement& cached(std::string_view sql);
    // Runs SQL text without parameters (pragmas, schema scripts).
    void exec(const std::string& sql);
    // The single integer a pragma or query without parameters returns.
    [[nodiscard]] std::int64_t queryInteger(const std::string& sql);
    // Rows changed by the last INSERT, UPDATE or DELETE.
    [[nodiscard]] int changes() const { return sqlite3_changes(m_db); }
    // The id of the last inserted row.
    [[nodiscard]] std::int64_t lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }
    [[nodiscard]] sqlite3* handle() const { return m_db; }
    [[nodiscard]] const std::filesystem::path& file() const { return m_file; }
    // How many WriteTransactions are open (only the outermost talks to SQLite).
    int transactionDepth = 0;

private:
    std::filesystem::path m_file;
    sqlite3* m_db = nullptr;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_statements;
};

// BEGIN IMMEDIATE ... COMMIT, rolled back unless commit() is reached. Nested
// transactions join the outermost one.
class WriteTransaction {
public:
    explicit WriteTransaction(StoreConnection& connection);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;
    // Makes the writes durable (for the outermost transaction).
    void commit();

private:
    StoreConnection& m_connection;
    bool m_outermost = false;
    bool m_done = false;
};

template <class T>
inline constexpr bool isOptional = false;
template <class T>
inline constexpr bool isOptional<std::optional<T>> = true;
template <class T>
inline constexpr bool isRowId = false;
template <class Tag>
inline constexpr bool isRowId<RowId<Tag>> = true;

template <class T>
void Statement::bind(int index, const T& value) {
    if constexpr (std::is_same_v<T, std::nullopt_t>) {
        bindNull(index);
    } else if constexpr (isOptional<T>) {
        if (value) bind(index, *value);
        else bindNull(index);
    } else if constexpr (std::is_same_v<T, bool>) {
        bindInteger(index, value ? 1 : 0);
    } else if constexpr (std::is_integral_v<T>) {
        bindInteger(index, static_cast<std::int64_t>(value));
    } else if constexpr (std::is_floating_point_v<T>) {
        bindReal(index, static_cast<double>(value));
    } else if constexpr (std::is_enum_v<T>) {
        bindText(index, codeOf(value));
    } else if constexpr (std::is_same_v<T, Timestamp>) {
        bindInteger(index, unixMs(value));
    } else if constexpr (std::is_same_v<T, std::chrono::milliseconds>) {
        bindInteger(index, value.count());
    } else if constexpr (isRowId<T>) {
        bindInteger(index, value.value);
    } else if constexpr (std::is_same_v<T, nlohmann::json>) {
        bindText(index, value.dump());
    } else {
        bindText(index, std::string_view(value));
    }
}

} // namespace game
