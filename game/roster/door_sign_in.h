#pragma once
// Adding yourself at the door (现场登记) when you are not on the session's roster.
#include "game/records/store_rows.h"

#include <optional>
#include <string_view>

namespace game {

// The person to add for a name typed at the door, in unit, created at now: the name without
// the spaces around it (ASCII or full-width); none when nothing but spaces was typed.
[[nodiscard]] std::optional<Person> personAtDoor(std::string_view typedName, UnitId unit, Timestamp now);

} // namespace game
