#include "scenes/scene_list.h"

#include "scenes/settings_scene.h"
#include "scenes/title_scene.h"

namespace scenes {

const std::vector<SceneEntry>& sceneList() {
    static const std::vector<SceneEntry> list = {
        {"title", [](Services& s) { return std::make_unique<TitleScene>(s); }},
        {"settings", [](Services& s) { return std::make_unique<SettingsScene>(s); }},
    };
    return list;
}

std::unique_ptr<Scene> makeScene(std::string_view name, Services& services) {
    for (const auto& entry : sceneList())
        if (entry.name == name) return entry.make(services);
    return nullptr;
}

} // namespace scenes
