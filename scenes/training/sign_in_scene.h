#pragma once
// Sign-in (签到) for one open session: pick yourself from the unit's roster or
// add yourself at the door, confirm, and the paper starts. When you finish, the
// next person signs in on the same machine.
#include "game/records/store_rows.h"
#include "scenes/held_error.h"
#include "scenes/training/roster_picker.h"
#include "scenes/scene.h"
#include "scenes/services.h"

#include <optional>
#include <string>
#include <vector>

namespace scenes {

class SignInScene : public Scene {
public:
    SignInScene(Services& services, game::SessionId session);
    void draw(SceneStack& stack) override;
    // Back from a paper: the count of sign-ins (and the session, the roster) are read again.
    void resumed() override;
    [[nodiscard]] SceneId id() const override { return SceneId::SignIn; }

private:
    // Reads the session, its unit, the sign-in count, the roster and the units below the session's.
    void load();
    void drawConfirm(SceneStack& stack, const game::TrainingSession& session);
    void drawAddAtDoor(SceneStack& stack, const game::TrainingSession& session);
    void signInAndStart(SceneStack& stack, const game::TrainingSession& session, const game::Person& person,
                        game::SignInMethod method);

    Services& m_services;
    game::SessionId m_sessionId;
    // The view, loaded on opening, after each sign-in and in resumed().
    std::optional<game::TrainingSession> m_session; // none when it does not exist
    std::string m_details;                          // unit · start · place · how many signed in
    std::vector<game::Unit> m_doorUnits;            // the session's unit and the units below it
    std::vector<std::string> m_doorUnitNames;
    RosterPicker m_picker;
    HeldError m_heldError;
    std::optional<game::Person> m_confirming;
    bool m_adding = false;
    std::string m_newName;
    int m_newUnit = 0;
};

} // namespace scenes
