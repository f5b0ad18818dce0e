#pragma once
// The result of an attempt: score, pass or fail, a breakdown by fraud type, and
// every wrong answer with the right one, its explanation and red flags.
#include "game/records/store_rows.h"
#include "scenes/scene.h"
#include "scenes/services.h"

#include <string>

namespace scenes {

class ResultsScene : public Scene {
public:
    ResultsScene(Services& services, game::AttemptId attempt, std::string heading, std::string personName);
    void draw(SceneStack& stack) override;
    [[nodiscard]] SceneId id() const override { return SceneId::Results; }

private:
    Services& m_services;
    game::AttemptId m_attempt;
    std::string m_heading;
    std::string m_personName;
};

} // namespace scenes
