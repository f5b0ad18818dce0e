#pragma once
// Training session (培训测验): the sessions open for sign-in; pick one to sign in.
#include "game/records/store_rows.h"
#include "scenes/held_error.h"
#include "scenes/scene.h"
#include "scenes/services.h"

#include <string>
#include <vector>

namespace scenes {

class OpenSessionsScene : public Scene {
public:
    explicit OpenSessionsScene(Services& services);
    void draw(SceneStack& stack) override;
    // Back from signing in (an organiser may have opened or closed sessions meanwhile): reload.
    void resumed() override;
    [[nodiscard]] SceneId id() const override { return SceneId::OpenSessions; }

private:
    void load();

    // One open session as listed.
    struct Row {
        game::SessionId session;
        std::string label; // title · unit · start · place
    };
    Services& m_services;
    std::vector<Row> m_open; // loaded on opening and in resumed()
    HeldError m_heldError;
};

} // namespace scenes
