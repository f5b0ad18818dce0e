#pragma once
// Practice with scenarios: every built-in scam (and genuine contact) by channel;
// the player picks one and lives through it. Played as a one-item paper, so the
// ending is recorded like any answer.
#include "game/bank/bank.h"
#include "game/records/store_rows.h"
#include "scenes/scene.h"
#include "scenes/services.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace scenes {

class ScenarioListScene : public Scene {
public:
    // The list for a person; how each scenario ended for them last time is read here.
    ScenarioListScene(Services& services, game::Person person);
    void draw(SceneStack& stack) override;
    // Back from a scenario: its ending is read again.
    void resumed() override;
    [[nodiscard]] SceneId id() const override { return SceneId::ScenarioList; }

private:
    void loadLastOutcomes();
    void showTab(int tab);
    void start(SceneStack& stack, const game::Item& item);
    [[nodiscard]] std::string label(const game::Item& item) const;

    Services& m_services;
    game::Person m_person;
    int m_channel = 0;                                        // the tab: calls, SMS, chats, web pages
    std::vector<const game::Item*> m_items;                   // the tab's scenarios
    std::string m_search;                                     // part of a title
    std::map<std::string, std::optional<game::Outcome>> m_last; // how each scenario ended last time, by item id
};

} // namespace scenes
