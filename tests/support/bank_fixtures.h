#pragma once
// A small valid bank with one item of each kind, for tests to break one thing at a time.
#include "game/bank/bank_problem.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace fixtures {

// A valid bank "test" with items test.single, test.multi, test.tf, test.spot, test.order, test.call.
[[nodiscard]] nlohmann::json validBank();

// The index of the item with this id in validBank()["items"].
[[nodiscard]] std::size_t itemIndex(const nlohmann::json& bank, std::string_view id);

// The item with this id, for changing it.
[[nodiscard]] nlohmann::json& itemOf(nlohmann::json& bank, std::string_view id);

// Validates the bank dumped with two-space indentation as "test.json".
[[nodiscard]] std::vector<game::BankProblem> problemsOf(const nlohmann::json& bank);

// True when a problem has this severity, item id and pointer, and its message contains the fragment.
[[nodiscard]] bool hasProblem(const std::vector<game::BankProblem>& problems, game::Severity severity,
                              std::string_view itemId, std::string_view pointer, std::string_view fragment);

// All problems, one formatted line each, for INFO().
[[nodiscard]] std::string describe(const std::vector<game::BankProblem>& problems);

} // namespace fixtures
