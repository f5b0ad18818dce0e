#pragma once
// Practising scenarios (情景模拟): which scenarios each tab of the list offers, and the
// one-item paper a scenario is played as, so that its ending is recorded like any answer.
#include "game/bank/bank.h"
#include "game/quiz/paper.h"

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace game {

// The paper level of a scenario practised on its own.
inline constexpr std::string_view kScenarioLevel = "scenario";

// The scenarios of the banks on a channel's tab, in bank order: those that start in that
// channel (e-mails with the text messages). Genuine contacts are among them, unmarked.
[[nodiscard]] std::vector<const Item*> scenariosOn(std::span<const Bank> banks, Channel channel);

// The paper a scenario is practised as: that item alone, with feedback, level kScenarioLevel.
[[nodiscard]] Paper scenarioPaper(const Item& item, std::span<const Bank> banks, std::uint64_t seed);

} // namespace game
