#pragma once
// Sign-in (签到) for one open session: pick yourself from the unit's roster or
// add yourself at the door, confirm, and the paper starts. When you finish, the
// next person signs in on the same machine.
#include "game/records/store_rows.h"
#include "scenes/training/roster_picker.h"
#include "scenes/scene.h"
#include "scenes/services.h"

#include <optional>
#include <string>

namespace scenes {

class SignInScene : public Scene {
public:
    SignInScene(Services& services, game::SessionId session);
    void draw(SceneStack& stack) override;
    [[nodiscard]] SceneId id() const override { return SceneId::SignIn; }

private:
    void drawConfirm(SceneStack& stack, const game::TrainingSession& session);
    void drawAddAtDoor(SceneStack& stack, const game::TrainingSession& session);
    void signInAndStart(SceneStack& stack, const game::TrainingSession& session, const game::Person& person,
                        game::SignInMethod method);

    Services& m_services;
    game::SessionId m_session;
    RosterPicker m_picker;
    std::optional<game::Person> m_confirming;
    bool m_adding = false;
    std::string m_newName;
    int m_newUnit = 0;
};

} // namespace scenes
