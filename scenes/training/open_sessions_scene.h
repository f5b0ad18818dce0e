#pragma once
// Training session (培训测验): the sessions open for sign-in; pick one to sign in.
#include "scenes/scene.h"
#include "scenes/services.h"

namespace scenes {

class OpenSessionsScene : public Scene {
public:
    explicit OpenSessionsScene(Services& services);
    void draw(SceneStack& stack) override;
    [[nodiscard]] SceneId id() const override { return SceneId::OpenSessions; }

private:
    Services& m_services;
};

} // namespace scenes
