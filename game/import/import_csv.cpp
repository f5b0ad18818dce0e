#include "game/import/import_sheet.h"

namespace game {

std::vector<SheetRow> readCsvRows(std::string_view text, std::vector<ImportNote>& notes) {
    std::vector<SheetRow> rows;
    SheetRow row{1, {}};
    std::string field;
    bool quoted = false;     // inside a quoted field
    bool wasQuoted = false;  // the current field started with a quote
    int line = 1;
    int quoteLine = 0;
    // Excel in some locales writes ';' as the separator: use it when the first line has ';' and no ','.
    const auto firstLine = text.substr(0, text.find('\n'));
    const char separator = firstLine.find(',') == std::string_view::npos && firstLine.find(';') != std::string_view::npos ? ';' : ',';
    auto endField = [&] {
        row.cells.push_back(std::move(field));
        field.clear();
        wasQuoted = false;
    };
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                if (c == '\n') ++line;
                field += c;
            }
        } else if (c == '"' && field.empty() && !wasQuoted) {
            quoted = wasQuoted = true;
            quoteLine = line;
        } else if (c == separator) {
            endField();
        } else if (c == '\n') {
            endField();
            rows.push_back(std::move(row));
            row = SheetRow{++line, {}};
        } else {
            field += c; // text after a closing quote is kept, as Excel does
        }
    }
    if (quoted)
        notes.push_back({quoteLine, ImportNote::Level::Warning,
                         "a quoted cell that starts here has no closing quote; it runs to the end of the file"});
    if (!field.empty() || !row.cells.empty() || wasQuoted) {
        endField();
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace game
