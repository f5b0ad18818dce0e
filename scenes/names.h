#pragma once
// The on-screen names of the game's codes (unit kinds, roles, fraud types...),
// in the UI's language, from the string tables.
#include "game/bank/bank.h"
#include "game/scenario/scenario_tally.h"
#include "game/records/store_rows.h"
#include "game/strings.h"

#include <string>
#include <vector>

namespace scenes {

// The letter on a caller's avatar: the contact's own avatar label, else the first Chinese
// character of the name (“市公安局”李警官 -> 市, 96110 反诈预警专线 -> 反), else its first
// letter or digit, else "?".
[[nodiscard]] std::string callerInitial(const game::Contact& contact);

[[nodiscard]] std::string nameOf(const game::StringTable& s, game::UnitKind kind);
[[nodiscard]] std::string nameOf(const game::StringTable& s, game::PersonRole role);
[[nodiscard]] std::string nameOf(const game::StringTable& s, game::SessionStatus status);
[[nodiscard]] std::string nameOf(const game::StringTable& s, game::FraudType type);
[[nodiscard]] std::string nameOf(const game::StringTable& s, game::Audience audience);

// Three stars, filled up to the number earned: "★★☆".
[[nodiscard]] std::string starsText(int stars);

// "识破骗局 3/4 · 真实联系被误拒 1/2" for a tally with scenarios in it; empty when none.
[[nodiscard]] std::string tallyText(const game::StringTable& s, const struct game::ScenarioTally& tally);

// Every value of an enum in declaration order, for menus.
[[nodiscard]] const std::vector<game::UnitKind>& allUnitKinds();
[[nodiscard]] const std::vector<game::PersonRole>& allPersonRoles();
[[nodiscard]] const std::vector<game::Audience>& allAudiences();

// The menu entries of a list of values.
template <class T>
[[nodiscard]] std::vector<std::string> namesOf(const game::StringTable& s, const std::vector<T>& values) {
    std::vector<std::string> out;
    for (const auto& v : values) out.push_back(nameOf(s, v));
    return out;
}

} // namespace scenes
