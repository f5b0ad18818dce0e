#pragma once
// Training session (培训测验): the sessions open for sign-in; pick one to sign in.
#include "scenes/scene.h"
#include "scenes/services.h"

namespace scenes {

class SessionListScene : public Scene {
public:
    explicit SessionListScene(Services& services);
    void draw(SceneStack& stack) override;
    [[nodiscard]] std::string_view name() const override { return "session"; }

private:
    Services& m_services;
};

} // namespace scenes
