#pragma once
// Importing a question-bank file: choosing the reader by the file's extension
// (.txt, .docx, .csv, .xlsx), and turning what it read into a native bank with
// ids and the fields the input lacked filled in (and reported).
#include "game/import/import_result.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <string_view>

namespace game {

// The explanation written for an item whose input had none; the validator
// accepts it, and an author searching for it finds what to fill in.
inline constexpr std::string_view kMissingExplanation = "（导入时没有解析，请补充）";

// What the reader found in a file, and how it read it.
struct ImportedFile {
    ImportedItems read;
    std::string format;   // "text", "docx", "csv" or "xlsx"
    std::string encoding; // for .txt and .csv: the encoding detected; else empty
};

// Reads a file with the reader its extension names. Throws ImportError when
// the file cannot be read at all (missing, unknown extension, not a zip, not
// decodable); bad content is reported in the notes instead.
[[nodiscard]] ImportedFile importQuestionFile(const std::filesystem::path& file);

// The bank's own fields; empty strings are derived from the file name.
struct BankHeader {
    std::string id;        // bank id and item id prefix; lower-case ASCII
    std::string title;
    std::string fraudType; // a code; empty: the items' common type, else "general"
    std::string source;
};

// A bank id from a name: lower-case ASCII letters, digits, '-' and '_'
// ("Fraud Quiz 2024.docx" -> "fraud-quiz-2024"); "imported" when nothing is left.
[[nodiscard]] std::string bankIdFrom(std::string_view name);

// Builds the native bank (format, version 1, revision 1, items with ids
// "<id>.001"...; difficulty 1, audience ["resident"], points 5, red_flags [] and
// kMissingExplanation where missing). Adds a warning note to read for every
// item given a placeholder explanation and one for missing red flags.
[[nodiscard]] nlohmann::ordered_json assembleBank(ImportedItems& read, const BankHeader& header);

} // namespace game
