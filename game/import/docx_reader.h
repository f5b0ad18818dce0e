#pragma once
// Reading the paragraphs of a Word .docx file, in document order, as text the
// question-bank parser can read (line number = paragraph number).
#include "game/import/import_text.h"

#include <filesystem>
#include <string>
#include <vector>

namespace game {

// Reads word/document.xml from the .docx bytes and returns each paragraph's
// text (body and table cells, in order; runs joined; w:tab as a tab, w:br as a
// line break, w:sym as its character where known, Word's automatic numbering
// written out as "1." / "A."). Throws ImportError naming fileName when the bytes
// are not a .docx.
[[nodiscard]] std::vector<std::string> readDocxParagraphs(std::string bytes, const std::string& fileName);

// Paragraphs as numbered lines for parseQuestionLines: paragraph i is line i
// (from 1); a paragraph with line breaks gives several lines with its number.
[[nodiscard]] std::vector<SourceLine> paragraphLines(const std::vector<std::string>& paragraphs);

} // namespace game
