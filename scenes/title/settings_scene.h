#pragma once
// Settings a player or organiser changes on the spot: text size for elderly
// players, sound on or off. Kept between runs.
#include "scenes/scene.h"
#include "scenes/services.h"

namespace scenes {

class SettingsScene : public Scene {
public:
    explicit SettingsScene(Services& services);
    void draw(SceneStack& stack) override;
    [[nodiscard]] SceneId id() const override { return SceneId::Settings; }

private:
    void save(SceneStack& stack);
    Services& m_services;
};

} // namespace scenes
