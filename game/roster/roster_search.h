#pragma once
// Finding a person on the roster at sign-in: by name, pinyin initials or number.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace game {

// One person on a unit's roster as the sign-in search sees them.
struct RosterEntry {
    long long id = 0;   ///< the person's row id
    std::string name;   ///< the name as written (张伟, Tom Li)
    std::string number; ///< student, staff or phone number; may be empty
};

// How a query matched an entry, best first; searchRoster orders results by it.
enum class RosterMatch {
    ExactName,       ///< the whole name (张伟 for 张伟)
    NamePrefix,      ///< the start of the name (张 for 张伟)
    InitialsPrefix,  ///< the start of the pinyin initials (zw, z for 张伟; stf or dtf for 单田芳)
    PinyinPrefix,    ///< the start of the name typed in pinyin (zhangw, zhangwei, 张w)
    NameSubstring,   ///< part of the name (伟 for 张伟)
    ExactNumber,     ///< the whole number
    NumberPrefix,    ///< the start of the number
    NumberSubstring, ///< part of the number (its last digits)
};

// How the query matches one entry, or nothing. Case, full-width letters and digits,
// spaces and punctuation (-, ·) are ignored. An empty query matches nobody here.
[[nodiscard]] std::optional<RosterMatch> matchRosterEntry(const RosterEntry& entry, std::string_view query);

// Indices of at most limit entries that match the query, best match first and roster
// order among equals; an empty (or blank) query gives the first limit entries in order.
[[nodiscard]] std::vector<size_t> searchRoster(const std::vector<RosterEntry>& roster, std::string_view query,
                                               size_t limit);

} // namespace game
