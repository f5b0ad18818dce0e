#pragma once
// Pieces of the bank reader shared between its source files.
#include "game/bank/bank.h"
#include "game/bank/bank_fields.h"

#include <nlohmann/json.hpp>

#include <string>

namespace game {

// Reads and checks one entry of "items"; problems go to the report.
[[nodiscard]] Item readItem(BankReport& report, const nlohmann::json& entry, const std::string& pointer,
                            FraudType bankFraudType);

// Reads and checks a scenario item's own fields and its step graph.
void readScenario(BankReport& report, Fields& fields, Scenario& scenario);

// Checks a read scenario's graph: ids, targets, reachability, hang-up targets, endings.
void checkScenarioGraph(BankReport& report, const Fields& fields, const Scenario& scenario);

// Warns about {hotline.xxx}-style placeholders the game does not know, anywhere under value.
void checkPlaceholders(BankReport& report, const nlohmann::json& value, const std::string& pointer);

// The enum value whose code is at this index of its code list.
template <typename Enum>
[[nodiscard]] Enum enumAt(std::size_t index) {
    return static_cast<Enum>(index);
}

} // namespace game
