#pragma once
// After the program or the machine died mid-paper: offers to resume each
// unfinished attempt with every given answer kept, or to give it up.
#include "game/records/store_views.h"
#include "scenes/scene.h"
#include "scenes/services.h"

#include <vector>

namespace scenes {

class ResumeScene : public Scene {
public:
    explicit ResumeScene(Services& services);
    void draw(SceneStack& stack) override;
    [[nodiscard]] SceneId id() const override { return SceneId::Resume; }

private:
    void load();

    Services& m_services;
    std::vector<game::ResumableAttempt> m_unfinished; // loaded on opening and after giving one up
};

// True when the store holds attempts to offer for resuming.
[[nodiscard]] bool hasUnfinishedAttempts(Services& services);

} // namespace scenes
