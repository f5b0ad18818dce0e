#pragma once
// After a scenario: what happened (safe, money lost and how much, information
// leaked, a genuine contact wrongly refused), the transcript with the red flags
// marked where they occurred, what to do now, and the local contacts.
#include "game/scenario/debrief.h"
#include "scenes/scene.h"
#include "scenes/services.h"

#include <string>

namespace scenes {

class DebriefScene : public Scene {
public:
    // followUp: what the player did after hanging up ("call_110", ...), or empty.
    DebriefScene(Services& services, game::Debrief debrief, std::string followUp);
    void draw(SceneStack& stack) override;
    [[nodiscard]] SceneId id() const override { return SceneId::Debrief; }

private:
    Services& m_services;
    game::Debrief m_debrief;
    std::string m_followUp;
};

} // namespace scenes
