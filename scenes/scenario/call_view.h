#pragma once
// A phone call: the incoming-call screen (ringing, the caller's number and the
// place it claims, answer or decline), then the call itself: a timer, the
// caller's lines spoken with subtitles always shown, replies as choices, and a
// hang-up button that is always there.
#include "scenes/scenario/scenario_view.h"

#include <optional>

namespace scenes {

class CallView {
public:
    ScenarioAction draw(const ScenarioViewContext& ctx);
    // A call step was entered: ring when the call is new, else speak its lines.
    void enterStep(const ScenarioViewContext& ctx, bool newCall);
    [[nodiscard]] bool ringing() const { return m_ringing; }
    // Stops the ring and the voice (leaving the call).
    void leave(Voice& voice);

private:
    void speakStep(const ScenarioViewContext& ctx);
    bool m_ringing = false;
    std::optional<game::Timestamp> m_connectedAt;
};

} // namespace scenes
