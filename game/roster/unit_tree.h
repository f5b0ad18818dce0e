#pragma once
// The tree of units (township > village or school > class): the part of it below a unit,
// e.g. the units a person may join at a session's door.
#include "game/records/store_rows.h"

#include <span>
#include <vector>

namespace game {

// The unit and every unit below it, in tree order, from units as Store::listUnits gives them
// (parents before children, each followed by its subtree). Empty when root is not among them.
[[nodiscard]] std::vector<Unit> unitAndBelow(std::span<const UnitInTree> units, UnitId root);

} // namespace game
