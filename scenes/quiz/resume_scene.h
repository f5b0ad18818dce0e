#pragma once
// After the program or the machine died mid-paper: offers to resume each
// unfinished attempt with every given answer kept, or to give it up.
#include "scenes/scene.h"
#include "scenes/services.h"

namespace scenes {

class ResumeScene : public Scene {
public:
    explicit ResumeScene(Services& services);
    void draw(SceneStack& stack) override;
    [[nodiscard]] SceneId id() const override { return SceneId::Resume; }

private:
    Services& m_services;
};

// True when the store holds attempts to offer for resuming.
[[nodiscard]] bool hasUnfinishedAttempts(Services& services);

} // namespace scenes
