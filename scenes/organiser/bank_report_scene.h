#pragma once
// What the game loaded from the question banks, and what it left out and why.
#include "scenes/scene.h"
#include "scenes/services.h"

#include <string>

namespace scenes {

class BankReportScene : public Scene {
public:
    explicit BankReportScene(Services& services);
    void draw(SceneStack& stack) override;
    [[nodiscard]] SceneId id() const override { return SceneId::BankReport; }

private:
    Services& m_services;
    std::string m_summary; // banks, items and skips, counted when the screen opens
};

} // namespace scenes
