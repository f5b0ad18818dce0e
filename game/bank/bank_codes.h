#pragma once
// Reading the bank codes of item kinds and audiences back ("single" -> ItemKind::Single),
// for paper rules and other JSON that names them.
#include "game/bank/bank.h"

#include <optional>
#include <string_view>

namespace game {

// The item kind with this code ("single", "spot_flags", ...), if any.
[[nodiscard]] std::optional<ItemKind> parseItemKind(std::string_view code);
// The audience with this code ("pupil", "elderly", ...), if any.
[[nodiscard]] std::optional<Audience> parseAudience(std::string_view code);

} // namespace game
