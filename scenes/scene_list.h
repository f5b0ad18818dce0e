#pragma once
// Every scene that can be opened on its own (with no more than the services), by id,
// so the title can open them and tests can enumerate and draw each one.
#include "scenes/scene.h"
#include "scenes/services.h"

#include <functional>
#include <memory>
#include <string_view>
#include <vector>

namespace scenes {

// One registered scene.
struct SceneEntry {
    SceneId id;
    std::function<std::unique_ptr<Scene>(Services&)> make;
};

// All scenes that can be opened on their own.
[[nodiscard]] const std::vector<SceneEntry>& sceneList();

// Makes a scene of the list; the others (a quiz, a debrief...) are made with what they show.
[[nodiscard]] std::unique_ptr<Scene> makeScene(SceneId id, Services& services);

} // namespace scenes
