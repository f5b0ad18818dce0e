#include "game/roster/door_sign_in.h"

#include <string>

namespace game {
namespace {

constexpr std::string_view kAsciiSpaces = " \t\r\n";
constexpr std::string_view kWideSpace = "\u3000"; // 　, typed by Chinese input methods

// text without the spaces at its start and end.
std::string_view trimmed(std::string_view text) {
    for (bool changed = true; changed && !text.empty();) {
        const auto before = text.size();
        while (!text.empty() && kAsciiSpaces.find(text.front()) != std::string_view::npos) text.remove_prefix(1);
        while (!text.empty() && kAsciiSpaces.find(text.back()) != std::string_view::npos) text.remove_suffix(1);
        if (text.starts_with(kWideSpace)) text.remove_prefix(kWideSpace.size());
        if (text.ends_with(kWideSpace)) text.remove_suffix(kWideSpace.size());
        changed = text.size() != before;
    }
    return text;
}

} // namespace

std::optional<Person> personAtDoor(std::string_view typedName, UnitId unit, Timestamp now) {
    const std::string_view name = trimmed(typedName);
    if (name.empty()) return std::nullopt;
    Person person;
    person.name = std::string(name);
    person.unit = unit;
    person.createdAt = now;
    return person;
}

} // namespace game
