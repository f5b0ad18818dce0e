// Store: SQLite's trace hook, for counting the statements a screen runs.
#include "game/records/store.h"

#include "game/records/store_statement.h"

namespace game {

namespace {
int onTrace(unsigned kind, void* context, void* /*statement*/, void* sql) {
    if (kind == SQLITE_TRACE_STMT && context && sql) {
        const auto* text = static_cast<const char*>(sql);
        // Statements run from inside a trigger come as "-- comment" lines: not a statement of ours.
        if (!(text[0] == '-' && text[1] == '-')) (*static_cast<std::function<void(std::string_view)>*>(context))(text);
    }
    return 0;
}
} // namespace

void Store::traceStatements(std::function<void(std::string_view sql)> onStatement) {
    if (!onStatement) {
        sqlite3_trace_v2(m_db->handle(), 0, nullptr, nullptr);
        m_trace.reset();
        return;
    }
    m_trace = std::make_unique<std::function<void(std::string_view)>>(std::move(onStatement));
    sqlite3_trace_v2(m_db->handle(), SQLITE_TRACE_STMT, onTrace, m_trace.get());
}

} // namespace game
