#include "game/scenario/scenario_paths.h"

#include <map>
#include <string>

namespace game {

namespace {

// Depth-first walk over the moves of each step, counting how often the current path entered each step.
class PathWalk {
public:
    PathWalk(const Scenario& scenario, std::size_t limit, int maxVisits)
        : m_scenario(scenario), m_limit(limit), m_maxVisits(maxVisits) {}

    ScenarioPaths run() {
        if (const Step* start = m_scenario.step(m_scenario.start)) enter(*start);
        return std::move(m_found);
    }

private:
    void enter(const Step& step) {
        int& visits = m_visits[step.id];
        ++visits;
        for (const Move move : movesFrom(m_scenario, step)) {
            if (m_found.truncated) break;
            const auto target = moveTarget(m_scenario, step, move);
            m_path.push_back(move);
            if (m_scenario.ending(*target)) {
                if (m_found.paths.size() >= m_limit) m_found.truncated = true;
                else m_found.paths.push_back(m_path);
            } else if (const Step* next = m_scenario.step(*target); next && m_visits[next->id] < m_maxVisits) {
                enter(*next);
            }
            m_path.pop_back();
        }
        --visits;
    }

    const Scenario& m_scenario;
    std::size_t m_limit;
    int m_maxVisits;
    std::map<std::string, int> m_visits;
    ScenarioPath m_path;
    ScenarioPaths m_found;
};

} // namespace

ScenarioPaths allPaths(const Scenario& scenario, std::size_t limit, int maxVisits) {
    return PathWalk(scenario, limit, maxVisits).run();
}

} // namespace game
