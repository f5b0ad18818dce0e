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
    // Draws the ringing phone or the call; answering, choosing and hanging up are handed back.
    ScenarioAction draw(const ScenarioViewContext& ctx);
    // A call step was entered: ring while the run says the phone rings, else speak its lines
    // (and start the call's clock when the call is new).
    void enterStep(const ScenarioViewContext& ctx, bool newCall);
    // Stops the ring and the voice (leaving the call).
    void leave(Voice& voice);

private:
    void speakStep(const ScenarioViewContext& ctx);
    std::optional<game::Timestamp> m_connectedAt; // when the call was answered or placed, for its clock
};

} // namespace scenes
