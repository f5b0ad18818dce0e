#pragma once
// After a scenario: what happened (safe, money lost and how much, information
// leaked, a genuine contact wrongly refused), the transcript with the red flags
// marked where they occurred, what to do now, and the local contacts.
#include "game/scenario/debrief.h"
#include "scenes/scene.h"
#include "scenes/services.h"

namespace scenes {

class DebriefScene : public Scene {
public:
    // Shows a debrief made when the scenario ended; it reads nothing from the records.
    DebriefScene(Services& services, game::Debrief debrief);
    void draw(SceneStack& stack) override;
    [[nodiscard]] SceneId id() const override { return SceneId::Debrief; }

private:
    void drawTranscript();

    Services& m_services;
    game::Debrief m_debrief;
};

} // namespace scenes
