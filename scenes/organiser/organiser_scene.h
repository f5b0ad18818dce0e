#pragma once
// The organiser's area: units and people, training sessions, the bank report.
#include "scenes/scene.h"
#include "scenes/services.h"

namespace scenes {

class OrganiserScene : public Scene {
public:
    explicit OrganiserScene(Services& services);
    void draw(SceneStack& stack) override;
    [[nodiscard]] SceneId id() const override { return SceneId::Organiser; }

private:
    Services& m_services;
};

} // namespace scenes
