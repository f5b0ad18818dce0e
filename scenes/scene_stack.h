#pragma once
// The stack of scenes. push/pop/replace are queued and applied between frames,
// so a scene can close itself safely. Errors a scene throws (drawing, or reloading
// in resumed()) are caught here and shown in one popup; a store error says what
// happened and what to do in the UI's language. The scene stays.
#include "scenes/scene.h"

#include <memory>
#include <string>
#include <vector>

namespace game { class StringTable; }

namespace scenes {

class SceneStack {
public:
    explicit SceneStack(const game::StringTable& strings);

    void push(std::unique_ptr<Scene> scene);
    void pop();
    void replace(std::unique_ptr<Scene> scene);
    // Shows a problem in the error popup over the current scene.
    void showError(std::string message);

    // Draws the top scene and the error popup; catches what the scene throws.
    void draw();
    // Applies queued changes; call between frames.
    void applyPending();

    [[nodiscard]] bool empty() const { return m_scenes.empty(); }
    [[nodiscard]] Scene* top() const { return m_scenes.empty() ? nullptr : m_scenes.back().get(); }
    [[nodiscard]] size_t size() const { return m_scenes.size(); }
    [[nodiscard]] bool animating() const;
    // The top scene's tick interval in ms (0 for none).
    [[nodiscard]] int tickMs() const { return top() ? top()->tickMs() : 0; }

private:
    struct Change {
        enum class Kind { Push, Pop, Replace } kind;
        std::unique_ptr<Scene> scene;
    };
    void drawErrorPopup();

    const game::StringTable& m_strings;
    std::vector<std::unique_ptr<Scene>> m_scenes;
    std::vector<Change> m_pending;
    std::vector<std::string> m_errors;
};

} // namespace scenes
