#include "game/roster/unit_tree.h"

namespace game {

std::vector<Unit> unitAndBelow(std::span<const UnitInTree> units, UnitId root) {
    std::vector<Unit> out;
    int rootDepth = -1;
    for (const auto& u : units) {
        if (rootDepth >= 0 && u.depth <= rootDepth) break; // past the root's subtree
        if (u.unit.id == root) rootDepth = u.depth;
        if (rootDepth >= 0) out.push_back(u.unit);
    }
    return out;
}

} // namespace game
