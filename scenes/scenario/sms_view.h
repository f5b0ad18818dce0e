#pragma once
// Text messages: an inbox with several messages, and a message view whose links
// can be tapped (tapping one is a choice the scenario scores).
#include "scenes/scenario/scenario_view.h"

namespace scenes {

class SmsView {
public:
    ScenarioAction draw(const ScenarioViewContext& ctx);
    // A new SMS step: the message arrives in the inbox, unread.
    void enterStep(const ScenarioViewContext& ctx);

private:
    void drawInbox(const ScenarioViewContext& ctx);
    ScenarioAction drawThread(const ScenarioViewContext& ctx);
    bool m_open = false;
    int m_openDecoy = -1;
    bool m_started = false; // a first SMS step has been entered
};

} // namespace scenes
