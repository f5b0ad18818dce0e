#pragma once
// What every importer (question text, .docx, .csv, .xlsx) hands back: the
// items it read in the native bank format, and a note for every line it could
// not read or had to guess about. Nothing is dropped without a note.
#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>
#include <vector>

namespace game {

// A file could not be imported at all (unreadable, not a .docx, no sheet);
// the message names the file and what to do.
class ImportError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// One thing the importer reports about a line (a text line, a paragraph or a sheet row).
struct ImportNote {
    enum class Level {
        Skipped, // the line, or the question it belongs to, was not imported
        Warning  // imported, but something was filled in or guessed
    };
    int line = 0; // 1-based; 0 when the note is about the whole file
    Level level = Level::Skipped;
    std::string message;
};

// Items read from one file, in order, and what was noted on the way.
struct ImportedItems {
    nlohmann::json items = nlohmann::json::array(); // native items, without ids or defaults yet
    std::vector<int> itemLines;                      // the line each item starts on
    std::vector<ImportNote> notes;

    // Appends a note.
    void note(int line, ImportNote::Level level, std::string message) {
        notes.push_back({line, level, std::move(message)});
    }
};

} // namespace game
