#pragma once
// A WeChat-style conversation, one-to-one or in a group: avatars and names,
// bubbles, transfer and red-packet cards, images, voice messages (spoken on
// tap); the player replies by choices.
#include "scenes/scenario/scenario_view.h"

namespace scenes {

class ChatView {
public:
    ScenarioAction draw(const ScenarioViewContext& ctx);
    // A new chat step: its messages arrive.
    void enterStep(const ScenarioViewContext& ctx);

private:
    bool m_scrollToEnd = true;
};

} // namespace scenes
