#include "game/roster/roster_search.h"

#include "game/roster/pinyin.h"

#include <algorithm>
#include <utility>

namespace game {

namespace {
using Key = std::u32string;

// The folded characters a search compares: no case, width, spaces or punctuation.
[[nodiscard]] Key searchKey(const std::vector<NameSound>& sounds) {
    Key key;
    key.reserve(sounds.size());
    for (const auto& sound : sounds) key += sound.character;
    return key;
}

[[nodiscard]] Key searchKey(std::string_view text) { return searchKey(nameSounds(text)); }

[[nodiscard]] bool isAsciiWord(const Key& key) {
    return std::all_of(key.begin(), key.end(), [](char32_t c) { return c < 0x80; });
}

[[nodiscard]] std::string toAscii(const Key& key) {
    std::string out;
    for (const char32_t c : key) out += static_cast<char>(c);
    return out;
}

// Whether the query spells the start of the name, each character given as itself or
// as a leading part of one of its readings (zhangw, zhwei, 张w for 张伟).
class PinyinSpelling {
public:
    PinyinSpelling(const std::vector<NameSound>& sounds, const Key& query)
        : m_sounds(sounds), m_query(query), m_failed((sounds.size() + 1) * (query.size() + 1), false) {}

    [[nodiscard]] bool matches() { return spells(0, 0); }

private:
    // True when query[at..] spells the start of sounds[sound..].
    [[nodiscard]] bool spells(size_t sound, size_t at) {
        if (at == m_query.size()) return true;
        if (sound == m_sounds.size()) return false;
        const size_t slot = sound * (m_query.size() + 1) + at;
        if (m_failed[slot]) return false;
        const auto& current = m_sounds[sound];
        if (m_query[at] == current.character && spells(sound + 1, at + 1)) return true;
        for (const auto reading : current.readings) {
            const size_t longest = std::min(reading.size(), m_query.size() - at);
            for (size_t length = longest; length >= 1; --length) {
                if (typed(reading, at, length) && spells(sound + 1, at + length)) return true;
            }
        }
        m_failed[slot] = true;
        return false;
    }

    // True when query[at, at+length) equals the first length letters of the reading.
    [[nodiscard]] bool typed(std::string_view reading, size_t at, size_t length) const {
        for (size_t k = 0; k < length; ++k) {
            if (m_query[at + k] != static_cast<char32_t>(static_cast<unsigned char>(reading[k]))) return false;
        }
        return true;
    }

    const std::vector<NameSound>& m_sounds;
    const Key& m_query;
    std::vector<bool> m_failed;
};

[[nodiscard]] std::optional<RosterMatch> matchNumber(std::string_view number, const Key& query) {
    const Key key = searchKey(number);
    if (key == query) return RosterMatch::ExactNumber;
    if (key.rfind(query, 0) == 0) return RosterMatch::NumberPrefix;
    if (key.find(query) != Key::npos) return RosterMatch::NumberSubstring;
    return std::nullopt;
}

[[nodiscard]] std::optional<RosterMatch> matchKey(const RosterEntry& entry, const Key& query) {
    if (query.empty()) return std::nullopt;
    const auto sounds = nameSounds(entry.name);
    const Key name = searchKey(sounds);
    if (name == query) return RosterMatch::ExactName;
    if (name.rfind(query, 0) == 0) return RosterMatch::NamePrefix;
    if (isAsciiWord(query)) {
        const std::string typed = toAscii(query);
        for (const auto& initials : pinyinInitialVariants(entry.name)) {
            if (initials.rfind(typed, 0) == 0) return RosterMatch::InitialsPrefix;
        }
    }
    if (PinyinSpelling(sounds, query).matches()) return RosterMatch::PinyinPrefix;
    if (name.find(query) != Key::npos) return RosterMatch::NameSubstring;
    return matchNumber(entry.number, query);
}
} // namespace

std::optional<RosterMatch> matchRosterEntry(const RosterEntry& entry, std::string_view query) {
    return matchKey(entry, searchKey(query));
}

std::vector<size_t> searchRoster(const std::vector<RosterEntry>& roster, std::string_view query, size_t limit) {
    const Key key = searchKey(query);
    std::vector<size_t> found;
    if (key.empty()) {
        for (size_t i = 0; i < roster.size() && found.size() < limit; ++i) found.push_back(i);
        return found;
    }
    std::vector<std::pair<RosterMatch, size_t>> ranked;
    for (size_t i = 0; i < roster.size(); ++i) {
        if (const auto match = matchKey(roster[i], key)) ranked.emplace_back(*match, i);
    }
    // Pairs compare by match, then by roster index: roster order among equals.
    std::sort(ranked.begin(), ranked.end());
    for (const auto& [match, index] : ranked) {
        if (found.size() == limit) break;
        found.push_back(index);
    }
    return found;
}

} // namespace game
