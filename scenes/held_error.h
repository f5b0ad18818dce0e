#pragma once
// A problem met while a scene reloads its view outside draw() (in resumed(), which
// cannot show it), kept for the next draw() to show in the stack's error popup.
#include "scenes/scene_stack.h"

#include <exception>
#include <string>
#include <utility>

namespace scenes {

class HeldError {
public:
    // Runs load; what it throws is held for show() instead of leaving the frame loop.
    template <class Load>
    void run(Load&& load) {
        try {
            load();
        } catch (const std::exception& e) {
            m_message = e.what();
        }
    }
    // Shows a held problem in the error popup, once.
    void show(SceneStack& stack) {
        if (!m_message.empty()) stack.showError(std::exchange(m_message, {}));
    }

private:
    std::string m_message;
};

} // namespace scenes
