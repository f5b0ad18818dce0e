#pragma once
// Every way through a scenario: the move sequences (choices, hang-ups, time-outs) from
// the start step to an ending, for tests that play them all and for authors' reports.
#include "game/bank/bank.h"
#include "game/scenario/scenario_run.h"

#include <cstddef>
#include <vector>

namespace game {

// One way from the start to an ending.
using ScenarioPath = std::vector<Move>;

// The paths found, and whether the walk stopped at the limit.
struct ScenarioPaths {
    std::vector<ScenarioPath> paths;
    bool truncated = false;               // more paths exist than the limit allowed
};

// Every path from the start to an ending, depth first in move order (see movesFrom). The cycle
// guard lets a path enter each step at most maxVisits times, so a loop (the caller repeating
// himself) is walked once around and then left. Stops after `limit` paths (truncated is set).
// Moves that name no step or ending are skipped.
[[nodiscard]] ScenarioPaths allPaths(const Scenario& scenario, std::size_t limit, int maxVisits = 2);

} // namespace game
