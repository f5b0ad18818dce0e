#include "game/records/store_statement.h"

#include <utility>

namespace game {

std::string sqliteDetail(int sqliteCode, sqlite3* db) {
    return std::string("SQLite: ") + (db ? sqlite3_errmsg(db) : sqlite3_errstr(sqliteCode));
}

void throwStoreError(int sqliteCode, sqlite3* db, const std::filesystem::path& file) {
    throw StoreError(storeErrorKind(sqliteCode), file, sqliteDetail(sqliteCode, db));
}

std::string unitAndBelowSql(int parameter) {
    return "(WITH RECURSIVE below(id) AS (SELECT ?" + std::to_string(parameter) +
           " UNION SELECT units.id FROM units JOIN below ON units.parent_id = below.id) SELECT id FROM below)";
}

Statement::Statement(StoreConnection& connection, std::string_view sql) : m_connection(connection) {
    const int rc = sqlite3_prepare_v3(connection.handle(), sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    if (rc != SQLITE_OK) throwStoreError(rc, connection.handle(), connection.file());
}

Statement::~Statement() { sqlite3_finalize(m_statement); }

void Statement::reset() {
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

bool Statement::step() {
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    throwStoreError(rc, m_connection.handle(), m_connection.file());
}

void Statement::run() {
    const ResetOnExit guard{*this};
    while (step()) {
    }
}

void Statement::bindNull(int index) { sqlite3_bind_null(m_statement, index); }
void Statement::bindInteger(int index, std::int64_t value) { sqlite3_bind_int64(m_statement, index, value); }
void Statement::bindReal(int index, double value) { sqlite3_bind_double(m_statement, index, value); }
void Statement::bindText(int index, std::string_view value) {
    sqlite3_bind_text64(m_statement, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
}

std::int64_t Statement::integer(int column) const { return sqlite3_column_int64(m_statement, column); }
double Statement::real(int column) const { return sqlite3_column_double(m_statement, column); }
bool Statement::isNull(int column) const { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }

std::string Statement::text(int column) const {
    const auto* bytes = sqlite3_column_text(m_statement, column);
    if (!bytes) return {};
    return {reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(sqlite3_column_bytes(m_statement, column))};
}

std::optional<std::int64_t> Statement::optionalInteger(int column) const {
    if (isNull(column)) return std::nullopt;
    return integer(column);
}

std::optional<std::string> Statement::optionalText(int column) const {
    if (isNull(column)) return std::nullopt;
    return text(column);
}

nlohmann::json Statement::json(int column) const {
    auto value = nlohmann::json::parse(text(column), nullptr, false);
    if (value.is_discarded()) {
        throw StoreError(StoreError::Kind::Corrupt, m_connection.file(), "a stored JSON value cannot be read");
    }
    return value;
}

StoreConnection::StoreConnection(std::filesystem::path file, int openFlags) : m_file(std::move(file)) {
    const int rc = sqlite3_open_v2(m_file.string().c_str(), &m_db, openFlags | SQLITE_OPEN_EXRESCODE, nullptr);
    if (rc != SQLITE_OK) {
        // sqlite3_open_v2 hands back a connection even on failure; keep its message, then free it.
        const std::string detail = sqliteDetail(rc, m_db);
        sqlite3_close(m_db);
        throw StoreError(storeErrorKind(rc), m_file, detail);
    }
}

StoreConnection::~StoreConnection() {
    m_statements.clear();
    sqlite3_close(m_db);
}

Statement& StoreConnection::cached(std::string_view sql) {
    auto found = m_statements.find(std::string(sql));
    if (found != m_statements.end()) return *found->second;
    auto statement = std::make_unique<Statement>(*this, sql);
    return *m_statements.emplace(std::string(sql), std::move(statement)).first->second;
}

void StoreConnection::exec(const std::string& sql) {
    const int rc = sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) throwStoreError(rc, m_db, m_file);
}

std::int64_t StoreConnection::queryInteger(const std::string& sql) {
    Statement statement(*this, sql);
    std::int64_t value = 0;
    statement.firstRow([&](const Statement& row) { value = row.integer(0); });
    return value;
}

WriteTransaction::WriteTransaction(StoreConnection& connection) : m_connection(connection) {
    m_outermost = connection.transactionDepth == 0;
    if (m_outermost) connection.cached("BEGIN IMMEDIATE").run();
    ++connection.transactionDepth;
}

WriteTransaction::~WriteTransaction() {
    --m_connection.transactionDepth;
    if (m_outermost && !m_done && !sqlite3_get_autocommit(m_connection.handle())) {
        sqlite3_exec(m_connection.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
}

void WriteTransaction::commit() {
    if (m_outermost) m_connection.cached("COMMIT").run();
    m_done = true;
}

} // namespace game
