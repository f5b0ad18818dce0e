#pragma once
// The organiser's region setting: the hotlines scenario text and debriefs name
// (110, 96110, the local anti-fraud line, the local police WeChat account).
#include "game/region.h"
#include "scenes/scene.h"
#include "scenes/services.h"

#include <string>

namespace scenes {

class RegionScene : public Scene {
public:
    explicit RegionScene(Services& services);
    void draw(SceneStack& stack) override;
    [[nodiscard]] SceneId id() const override { return SceneId::Region; }

private:
    Services& m_services;
    game::RegionContacts m_editing;
    std::string m_status;
};

} // namespace scenes
