#pragma once
// Showing and reading times as the organiser's clock shows them ("2026-11-29 09:30").
#include "game/records/store_rows.h"

#include <optional>
#include <string>
#include <string_view>

namespace game {

// The local date and time of a moment, "YYYY-MM-DD HH:MM".
[[nodiscard]] std::string formatLocalTime(Timestamp at);
// The local date, "YYYY-MM-DD".
[[nodiscard]] std::string formatLocalDate(Timestamp at);
// Reads "YYYY-MM-DD HH:MM" (or "YYYY-MM-DD", as 00:00) in local time; nothing when malformed.
[[nodiscard]] std::optional<Timestamp> parseLocalTime(std::string_view text);

} // namespace game
