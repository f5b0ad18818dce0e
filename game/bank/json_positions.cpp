#include "game/bank/json_positions.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace game {

TextPosition positionOfOffset(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    TextPosition at{1, 1};
    for (std::size_t i = 0; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == '\n') {
            ++at.line;
            at.column = 1;
        } else if ((byte & 0xC0) != 0x80) {
            ++at.column; // count characters, not UTF-8 continuation bytes
        }
    }
    return at;
}

std::string escapePointerToken(std::string_view token) {
    std::string out;
    out.reserve(token.size());
    for (char c : token) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

// A recursive walk over a JSON text known to be valid. Keys are compared raw
// (as written, escapes and all); the pointer string is only built when needed.
class JsonScanner {
public:
    JsonScanner(JsonPositions& out, bool record) : m_out(out), m_text(out.m_text), m_record(record) {}

    void value() {
        skipSpace();
        if (m_record) {
            // Only values on the way to a wanted pointer are entered; the rest is skipped.
            const std::string at = pointer();
            if (!m_out.m_wanted.count(at)) {
                skipValue();
                return;
            }
            m_out.m_offsets.emplace(at, m_pos);
        }
        if (m_pos >= m_text.size()) return;
        const char c = m_text[m_pos];
        if (c == '{') object();
        else if (c == '[') array();
        else if (c == '"') skipString();
        else while (m_pos < m_text.size() && std::string_view(",]} \t\r\n").find(m_text[m_pos]) == std::string_view::npos) ++m_pos;
    }

private:
    // One step of the path to the current value: a raw key, or an array index.
    struct PathStep {
        std::string_view key;
        std::size_t index = 0;
        bool isKey = false;
    };

    // Skips one value without looking inside it.
    void skipValue() {
        int depth = 0;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == '"') {
                skipString();
            } else {
                if (c == '{' || c == '[') ++depth;
                else if (c == '}' || c == ']') --depth;
                if (depth < 0 || (depth == 0 && c == ',')) return;
                ++m_pos;
            }
            if (depth == 0 && m_pos < m_text.size() && std::string_view(",]}").find(m_text[m_pos]) != std::string_view::npos)
                return;
        }
    }

    void skipSpace() {
        while (m_pos < m_text.size() && std::string_view(" \t\r\n").find(m_text[m_pos]) != std::string_view::npos) ++m_pos;
    }

    // Skips a string starting at its quote; returns its raw contents.
    std::string_view skipString() {
        const std::size_t begin = ++m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] != '"') m_pos += m_text[m_pos] == '\\' ? 2 : 1;
        const std::string_view raw = m_text.substr(begin, m_pos - begin);
        ++m_pos;
        return raw;
    }

    static std::string decodeKey(std::string_view raw) {
        if (raw.find('\\') == std::string_view::npos) return std::string(raw);
        return nlohmann::json::parse("\"" + std::string(raw) + "\"").get<std::string>();
    }

    [[nodiscard]] std::string pointer() const {
        std::string out;
        for (const auto& step : m_path) {
            out += '/';
            out += step.isKey ? escapePointerToken(decodeKey(step.key)) : std::to_string(step.index);
        }
        return out;
    }

    void object() {
        ++m_pos;
        const std::size_t firstKey = m_keys.size(); // this object's keys are m_keys[firstKey...]
        for (;;) {
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] == '}') break;
            if (m_text[m_pos] == ',') { ++m_pos; continue; }
            const std::size_t keyAt = m_pos;
            const std::string_view key = skipString();
            m_path.push_back({key, 0, true});
            const auto mine = m_keys.begin() + static_cast<std::ptrdiff_t>(firstKey);
            if (std::find(mine, m_keys.end(), key) != m_keys.end())
                m_out.m_duplicates.push_back({pointer(), decodeKey(key), positionOfOffset(m_text, keyAt)});
            else
                m_keys.push_back(key);
            skipSpace();
            ++m_pos; // ':'
            value();
            m_path.pop_back();
        }
        m_keys.resize(firstKey);
        ++m_pos;
    }

    void array() {
        ++m_pos;
        std::size_t index = 0;
        for (;;) {
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] == ']') break;
            if (m_text[m_pos] == ',') { ++m_pos; continue; }
            m_path.push_back({{}, index++, false});
            value();
            m_path.pop_back();
        }
        ++m_pos;
    }

    JsonPositions& m_out;
    std::string_view m_text;
    bool m_record;
    std::size_t m_pos = 0;
    std::vector<PathStep> m_path;
    std::vector<std::string_view> m_keys; // keys of the objects being read, innermost last
};

JsonPositions JsonPositions::scan(std::string_view text) {
    JsonPositions positions;
    positions.m_text = text;
    JsonScanner(positions, false).value();
    return positions;
}

JsonPositions JsonPositions::locate(std::string_view text, const std::vector<std::string>& pointers) {
    JsonPositions positions;
    positions.m_text = text;
    for (std::string pointer : pointers) {
        for (;;) {
            positions.m_wanted.insert(pointer);
            if (pointer.empty()) break;
            pointer.resize(pointer.rfind('/'));
        }
    }
    JsonScanner(positions, true).value();
    positions.m_lineStarts.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n') positions.m_lineStarts.push_back(i + 1);
    return positions;
}

TextPosition JsonPositions::find(std::string_view pointer) const {
    std::string at(pointer);
    for (;;) {
        if (const auto it = m_offsets.find(at); it != m_offsets.end()) {
            const std::size_t offset = it->second;
            const auto line = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset) - 1;
            const std::size_t lineStart = *line;
            TextPosition position = positionOfOffset(m_text.substr(lineStart), offset - lineStart);
            position.line = static_cast<int>(line - m_lineStarts.begin()) + 1;
            return position;
        }
        if (at.empty()) return {};
        at.resize(at.rfind('/'));
    }
}

} // namespace game
