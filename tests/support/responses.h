#pragma once
// What a player did on an item, written shortly in tests: keys({"A", "C"}), truth(false),
// pieces({0, 3}), ending("hung-up").
#include "game/quiz/scoring.h"

#include <string>
#include <vector>

namespace fixtures {

// Options picked (single, multi) or steps in the player's order (ordering).
inline game::Response keys(std::vector<std::string> list) {
    game::Response r;
    r.keys = std::move(list);
    return r;
}

// True or false chosen.
inline game::Response truth(bool value) {
    game::Response r;
    r.truth = value;
    return r;
}

// Message pieces picked (spot_flags), by index into messagePieces(item).
inline game::Response pieces(std::vector<int> list) {
    game::Response r;
    r.pieces = std::move(list);
    return r;
}

// The ending a scenario reached.
inline game::Response ending(std::string id) {
    game::Response r;
    r.endingId = std::move(id);
    return r;
}

} // namespace fixtures
