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

namespace scenes {

class ScenarioListScene : public Scene {
public:
    ScenarioListScene(Services& services, game::Person person);
    void draw(SceneStack& stack) override;
    [[nodiscard]] SceneId id() const override { return SceneId::ScenarioList; }

private:
    Services& m_services;
    game::Person m_person;
    int m_channel = 0; // the tab: calls, SMS, chats, web pages
    std::string m_search; // part of a title
    std::map<std::string, std::optional<game::Outcome>> m_last; // how each scenario ended last time, by item id
    bool m_lastStale = true;                     // read again after a scenario is played
};

} // namespace scenes
