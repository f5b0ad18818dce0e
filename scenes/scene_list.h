#pragma once
// Every scene the game has, by name, so the title can open them and tests can
// enumerate and draw each one.
#include "scenes/scene.h"
#include "scenes/services.h"

#include <functional>
#include <memory>
#include <string_view>
#include <vector>

namespace scenes {

// One registered scene.
struct SceneEntry {
    std::string_view name;
    std::function<std::unique_ptr<Scene>(Services&)> make;
};

// All scenes that can be opened on their own.
[[nodiscard]] const std::vector<SceneEntry>& sceneList();

// Makes the named scene, or returns nullptr when no such scene is built yet.
[[nodiscard]] std::unique_ptr<Scene> makeScene(std::string_view name, Services& services);

} // namespace scenes
