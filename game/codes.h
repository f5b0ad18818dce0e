#pragma once
// The codes that stand for enum values in files and in the records database
// ("township", "spot_flags", "money_lost"): one table of {value, code} per enum,
// from which both directions are read, so a code is written in one place only.
//
//     constexpr auto kOutcomes = codeTable<Outcome>({{Outcome::Safe, "safe"}, {Outcome::MoneyLost, "money_lost"}});
//     kOutcomes.codeOf(Outcome::Safe) == "safe";  kOutcomes.fromCode("lost") == std::nullopt
#include <array>
#include <cassert>
#include <cstddef>
#include <optional>
#include <string_view>

namespace game {

// One enum value and its code.
template <class Enum>
struct Code {
    Enum value;
    std::string_view code;
};

// Every value of one enum with its code.
template <class Enum, std::size_t N>
struct CodeTable {
    std::array<Code<Enum>, N> entries;

    // The code of a value (every value must be in the table).
    [[nodiscard]] constexpr std::string_view codeOf(Enum value) const {
        for (const auto& entry : entries)
            if (entry.value == value) return entry.code;
        assert(!"a value missing from its code table");
        return {};
    }

    // The value with this code, or none for a code the table does not hold.
    [[nodiscard]] constexpr std::optional<Enum> fromCode(std::string_view code) const {
        for (const auto& entry : entries)
            if (entry.code == code) return entry.value;
        return std::nullopt;
    }

    // The codes in table order (for messages, schemas and readers that pick by index).
    [[nodiscard]] constexpr std::array<std::string_view, N> codes() const {
        std::array<std::string_view, N> out{};
        for (std::size_t i = 0; i < N; ++i) out[i] = entries[i].code;
        return out;
    }

    // True when the table lists the values in declaration order, 0 to N-1 (so an index is a value).
    [[nodiscard]] constexpr bool inDeclarationOrder() const {
        for (std::size_t i = 0; i < N; ++i)
            if (static_cast<std::size_t>(entries[i].value) != i) return false;
        return true;
    }
};

// A table from a braced list of {value, code}; N is counted for you.
template <class Enum, std::size_t N>
[[nodiscard]] constexpr CodeTable<Enum, N> codeTable(const Code<Enum> (&entries)[N]) {
    CodeTable<Enum, N> table{};
    for (std::size_t i = 0; i < N; ++i) table.entries[i] = entries[i];
    return table;
}

} // namespace game
