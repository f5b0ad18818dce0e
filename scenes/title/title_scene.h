#pragma once
// The title screen: the game's name and its modes. Modes whose scene is not
// built yet are shown disabled, marked as coming.
#include "scenes/scene.h"
#include "scenes/services.h"

namespace scenes {

class TitleScene : public Scene {
public:
    explicit TitleScene(Services& services);
    void draw(SceneStack& stack) override;
    [[nodiscard]] SceneId id() const override { return SceneId::Title; }

private:
    Services& m_services;
};

} // namespace scenes
