#pragma once
// The codes of the bank's enums as written in bank files and paper rules
// ("single" <-> ItemKind::Single, "money_lost" <-> Outcome::MoneyLost); the
// to-code direction (codeOf, itemKindCodes, ...) is declared in bank.h.
#include "game/bank/bank.h"

#include <optional>
#include <string_view>

namespace game {

// The enum value with this code, or none for a code the bank format does not know.
[[nodiscard]] std::optional<ItemKind> itemKindFromCode(std::string_view code);
[[nodiscard]] std::optional<Audience> audienceFromCode(std::string_view code);
[[nodiscard]] std::optional<Channel> channelFromCode(std::string_view code);
[[nodiscard]] std::optional<Outcome> outcomeFromCode(std::string_view code);
[[nodiscard]] std::optional<LineKind> lineKindFromCode(std::string_view code);
[[nodiscard]] std::optional<ChoiceAction> choiceActionFromCode(std::string_view code);

} // namespace game
