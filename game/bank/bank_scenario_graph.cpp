#include "game/bank/bank_reader_parts.h"

#include <algorithm>
#include <deque>
#include <map>

namespace game {

namespace {

std::string listIds(const auto& list) {
    std::string out;
    for (const auto& entry : list) out += (out.empty() ? "" : ", ") + entry.id;
    return out.empty() ? "none" : out;
}

// The scenario as a graph: steps are nodes 0..S-1, endings S..S+E-1.
class Graph {
public:
    Graph(BankReport& report, const Fields& fields, const Scenario& scenario)
        : m_report(report), m_fields(fields), m_scenario(scenario), m_edges(scenario.steps.size()) {
        nameNodes();
        for (std::size_t i = 0; i < scenario.steps.size(); ++i) linkStep(i);
    }

    void checkReachability() {
        const auto start = m_ids.find(m_scenario.start);
        if (m_scenario.start.empty()) return; // reported as missing
        if (start == m_ids.end() || start->second >= m_scenario.steps.size()) {
            m_report.error(m_fields.at("start"), "\"start\" is " + inQuotes(m_scenario.start) +
                                                     ", which is no step of this scenario (steps: " + listIds(m_scenario.steps) + ")");
            return;
        }
        const auto reached = walk({start->second}, m_edges);
        for (std::size_t i = 0; i < m_scenario.steps.size(); ++i)
            if (!reached[i])
                m_report.error(stepAt(i), "no path from the start reaches step " + inQuotes(m_scenario.steps[i].id) +
                                              "; lead a choice to it, or remove it");
        for (std::size_t i = 0; i < m_scenario.endings.size(); ++i)
            if (!reached[m_scenario.steps.size() + i])
                m_report.warning(endingAt(i), "no path from the start reaches ending " + inQuotes(m_scenario.endings[i].id));
    }

    void checkEndingsReachable() {
        std::vector<std::vector<std::size_t>> reverse(nodeCount());
        for (std::size_t from = 0; from < m_edges.size(); ++from)
            for (const std::size_t to : m_edges[from]) reverse[to].push_back(from);
        std::vector<std::size_t> endings;
        for (std::size_t i = 0; i < m_scenario.endings.size(); ++i) endings.push_back(m_scenario.steps.size() + i);
        const auto ends = walk(endings, reverse);
        for (std::size_t i = 0; i < m_scenario.steps.size(); ++i)
            if (!ends[i])
                m_report.error(stepAt(i), "no path from step " + inQuotes(m_scenario.steps[i].id) +
                                              " reaches an ending; the player would be stuck: lead a choice to an ending");
    }

private:
    [[nodiscard]] std::size_t nodeCount() const { return m_scenario.steps.size() + m_scenario.endings.size(); }
    [[nodiscard]] std::string stepAt(std::size_t i) const { return m_fields.at("steps") + "/" + std::to_string(i); }
    [[nodiscard]] std::string endingAt(std::size_t i) const { return m_fields.at("endings") + "/" + std::to_string(i); }

    void nameNodes() {
        for (std::size_t i = 0; i < m_scenario.steps.size(); ++i) {
            const auto& id = m_scenario.steps[i].id;
            if (id.empty()) continue;
            if (!m_ids.emplace(id, i).second)
                m_report.error(stepAt(i) + "/id", "step id " + inQuotes(id) + " is used twice; give each step its own id");
        }
        for (std::size_t i = 0; i < m_scenario.endings.size(); ++i) {
            const auto& id = m_scenario.endings[i].id;
            if (id.empty()) continue;
            const auto [it, added] = m_ids.emplace(id, m_scenario.steps.size() + i);
            if (!added)
                m_report.error(endingAt(i) + "/id", "ending id " + inQuotes(id) + " is already used by a " +
                                                        (it->second < m_scenario.steps.size() ? "step" : "ending") +
                                                        "; give it its own id");
        }
    }

    // Adds the edge step -> target, reporting a target that names nothing (at the step's field path).
    void link(std::size_t step, const std::string& target, std::string_view path, std::string_view field) {
        if (target.empty()) return;
        const auto it = m_ids.find(target);
        if (it == m_ids.end()) {
            m_report.error(stepAt(step) + std::string(path), inQuotes(field) + " is " + inQuotes(target) + ", which is no step or ending of this scenario (steps: " +
                                        listIds(m_scenario.steps) + "; endings: " + listIds(m_scenario.endings) + ")");
            return;
        }
        m_edges[step].push_back(it->second);
    }

    void linkStep(std::size_t i) {
        const Step& step = m_scenario.steps[i];
        for (std::size_t c = 0; c < step.choices.size(); ++c)
            link(i, step.choices[c].next, "/choices/" + std::to_string(c) + "/next", "next");
        link(i, step.onTimeout, "/on_timeout", "on_timeout");
        link(i, step.onHangup, "/on_hangup", "on_hangup");
        if (step.channel != Channel::Call) return;
        if (step.onHangup.empty() && m_scenario.hangup.empty())
            m_report.error(stepAt(i), "call step " + inQuotes(step.id) + " has nowhere to go when the player hangs up: add \"hangup\" "
                               "to the scenario or \"on_hangup\" to this step");
        else if (step.onHangup.empty() && m_ids.count(m_scenario.hangup))
            m_edges[i].push_back(m_ids.at(m_scenario.hangup));
    }

    std::vector<bool> walk(const std::vector<std::size_t>& from, const std::vector<std::vector<std::size_t>>& edges) const {
        std::vector<bool> seen(nodeCount());
        std::deque<std::size_t> queue(from.begin(), from.end());
        for (const auto node : from) seen[node] = true;
        while (!queue.empty()) {
            const std::size_t node = queue.front();
            queue.pop_front();
            if (node >= edges.size()) continue;
            for (const std::size_t next : edges[node])
                if (!seen[next]) {
                    seen[next] = true;
                    queue.push_back(next);
                }
        }
        return seen;
    }

    BankReport& m_report;
    const Fields& m_fields;
    const Scenario& m_scenario;
    std::map<std::string, std::size_t> m_ids;
    std::vector<std::vector<std::size_t>> m_edges;
};

} // namespace

void checkScenarioGraph(BankReport& report, const Fields& fields, const Scenario& scenario) {
    Graph graph(report, fields, scenario);
    if (!scenario.hangup.empty() && !scenario.step(scenario.hangup) && !scenario.ending(scenario.hangup))
        report.error(fields.at("hangup"), "\"hangup\" is " + inQuotes(scenario.hangup) +
                                              ", which is no step or ending of this scenario (endings: " + listIds(scenario.endings) + ")");
    graph.checkReachability();
    graph.checkEndingsReachable();
    const bool anySafe = std::any_of(scenario.endings.begin(), scenario.endings.end(),
                                     [](const Ending& e) { return e.outcome == Outcome::Safe; });
    if (!anySafe) report.warning(fields.at("endings"), "no ending is \"safe\", so no player can earn this scenario's points");
}

} // namespace game
