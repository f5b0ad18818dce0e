#pragma once
// The spreadsheet template: one question per row under a header row (题型,
// 题目, 选项A..选项F, 答案, 解析, 诈骗类型, 难度, 适用人群; English aliases
// kind, prompt, option_a.., answer, explanation, fraud_type, difficulty,
// audience). Read from .csv (RFC 4180) or .xlsx (first sheet).
#include "game/import/import_result.h"

#include <string>
#include <string_view>
#include <vector>

namespace game {

// One row of a sheet and the line (csv) or row number (xlsx) it starts on.
struct SheetRow {
    int line = 0;
    std::vector<std::string> cells;
};

// Splits UTF-8 CSV text (LF line ends) into rows: quoted fields may hold
// commas, quotes ("") and line breaks. A quote left open is noted.
[[nodiscard]] std::vector<SheetRow> readCsvRows(std::string_view text, std::vector<ImportNote>& notes);

// Reads the first sheet of an .xlsx: shared strings (with rich-text runs),
// inline strings, numbers and booleans, placed by their cell references (gaps
// become empty cells). Throws ImportError naming fileName when it is not an .xlsx.
[[nodiscard]] std::vector<SheetRow> readXlsxRows(std::string bytes, const std::string& fileName);

// Reads questions from rows, the first non-empty row being the header. Every
// row not imported gets a note naming its line and the column at fault.
[[nodiscard]] ImportedItems parseQuestionSheet(const std::vector<SheetRow>& rows);

} // namespace game
