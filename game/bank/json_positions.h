#pragma once
// Where things are in a JSON text: the line and column of the value at a JSON
// pointer, and keys that appear twice in one object (nlohmann::json keeps only
// the last, silently). Used to point bank authors at the exact place.
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace game {

// A place in a text: 1-based line, 1-based column counted in characters.
struct TextPosition {
    int line = 0;
    int column = 0;
};

// The line and column of a byte offset (a UTF-8 text; offsets past the end give the end).
[[nodiscard]] TextPosition positionOfOffset(std::string_view text, std::size_t offset);

// A key repeated in one object.
struct DuplicateKey {
    std::string pointer;   // pointer of the second occurrence
    std::string key;
    TextPosition position;
};

// The positions of every value of a JSON text that has already parsed without error.
class JsonPositions {
public:
    // Scans the whole text for keys that appear twice in one object.
    [[nodiscard]] static JsonPositions scan(std::string_view text);
    // Finds where the values at these pointers (or their nearest existing
    // ancestors) are; skips the rest of the text quickly.
    [[nodiscard]] static JsonPositions locate(std::string_view text, const std::vector<std::string>& pointers);

    // The position of the value at the pointer, else of its nearest ancestor that exists.
    [[nodiscard]] TextPosition find(std::string_view pointer) const;
    // Keys that appear more than once in one object.
    [[nodiscard]] const std::vector<DuplicateKey>& duplicateKeys() const { return m_duplicates; }

private:
    friend class JsonScanner;
    std::string_view m_text;            // the scanned text; must outlive the positions
    std::vector<std::size_t> m_lineStarts;
    std::unordered_set<std::string> m_wanted;   // pointers to locate, with all their ancestors
    std::unordered_map<std::string, std::size_t> m_offsets;
    std::vector<DuplicateKey> m_duplicates;
};

// "/" and "~" escaped for use as one JSON pointer token.
[[nodiscard]] std::string escapePointerToken(std::string_view token);

} // namespace game
