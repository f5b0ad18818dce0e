#pragma once
// Reads the question-bank text layout that Chinese quiz platforms and Word
// question banks use (numbered questions, A-F options, 答案 and 解析 lines,
// section headings) into native bank items. Pure: UTF-8 text in, items out.
#include "game/import/import_result.h"

#include <string>
#include <string_view>
#include <vector>

namespace game {

// One line of input and the number it is reported under (a text line or a
// .docx paragraph).
struct SourceLine {
    int number = 0;
    std::string text;
};

// Splits UTF-8 text with LF line ends into lines numbered from 1.
[[nodiscard]] std::vector<SourceLine> splitLines(std::string_view text);

// Reads questions from lines. Items carry kind, prompt, options, answer and,
// when written, explanation; every line not read and every question not
// imported gets a note with its line number.
[[nodiscard]] ImportedItems parseQuestionLines(const std::vector<SourceLine>& lines);

// The same for a whole UTF-8 text.
[[nodiscard]] ImportedItems parseQuestionText(std::string_view text);

} // namespace game
