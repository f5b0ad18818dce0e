#include "scenes/scenario/scenario_scene.h"

#include "game/scenario/debrief.h"
#include "scenes/scenario/debrief_scene.h"
#include "scenes/scene_stack.h"
#include "scenes/ui.h"

namespace scenes {

namespace {

// What the after-call screen offers for a follow-up, in the player's words.
std::string followUpLabel(const game::StringTable& s, const game::RegionContacts& region, game::FollowUp followUp) {
    switch (followUp) {
    case game::FollowUp::CallBack: return s.get("call.after.call_back");
    case game::FollowUp::Call110: return s.format("call.after.call_police", {region.police});
    case game::FollowUp::Call96110: return s.format("call.after.call_antifraud", {region.antifraud});
    case game::FollowUp::None: break;
    }
    return s.get("call.after.nothing");
}

} // namespace

ScenarioScene::ScenarioScene(Services& services, const game::Item& item, Finished onFinished)
    : m_services(services), m_run(item, services.now(), services.settings.region), m_onFinished(std::move(onFinished)) {}

ScenarioViewContext ScenarioScene::context() { return {m_services, m_run, m_services.now()}; }

int ScenarioScene::tickMs() const {
    if (m_run.finished()) return 0;
    if (m_run.hasTimeLimit()) return 250;                    // a visible countdown
    if (m_run.currentStep() && m_run.currentStep()->channel == game::Channel::Call) return 1000; // the call timer
    return 0;
}

// After the run moved, lets the view of the new step greet it (ring, chime, speak, clear the form).
void ScenarioScene::noteProgress() {
    const auto& record = m_run.record();
    if (m_started && record.size() == m_actionsSeen) return;
    m_actionsSeen = record.size();
    m_started = true;
    const bool wasCall = m_lastChannel == game::Channel::Call;
    const auto* step = m_run.currentStep();
    if (!step) {
        if (wasCall) m_call.leave(m_services.voice); // the call ended with the scenario
        return;
    }
    if (wasCall && step->channel != game::Channel::Call) m_call.leave(m_services.voice);
    m_lastChannel = step->channel;
    auto ctx = context();
    switch (step->channel) {
    case game::Channel::Call: m_call.enterStep(ctx, !wasCall); break;
    case game::Channel::Sms:
    case game::Channel::Email: m_sms.enterStep(ctx); break;
    case game::Channel::Chat: m_chat.enterStep(ctx); break;
    case game::Channel::Web: m_web.enterStep(ctx); break;
    }
}

void ScenarioScene::apply(const ScenarioAction& action) {
    const auto now = m_services.now();
    switch (action.kind) {
    case ScenarioAction::Kind::None: return;
    case ScenarioAction::Kind::Answer:
        if (m_run.ringing()) m_run.answerCall(now);
        return;
    case ScenarioAction::Kind::Choose: m_run.choose(action.choice, now); break;
    case ScenarioAction::Kind::HangUp:
        if (m_run.canHangUp()) m_run.hangUp(now);
        break;
    }
    noteProgress();
}

void ScenarioScene::drawTopBar() {
    const auto& s = m_services.strings;
    auto& settings = m_services.settings;
    ui::hint(s.format("scenario.playing", {m_run.scenario().title}));
    ImGui::SameLine(ImGui::GetContentRegionAvail().x - ImGui::GetFontSize() * 5);
    if (ui::button((settings.muted ? s.get("scenario.unmute") : s.get("scenario.mute")) + "##mute")) {
        settings.muted = !settings.muted;
        if (settings.muted) {
            m_services.voice.stop();
            m_services.voice.ring(false);
        } else if (m_run.ringing()) {
            m_services.voice.ring(true);
        }
    }
}

void ScenarioScene::draw(SceneStack& stack) {
    noteProgress();
    if (const auto now = m_services.now(); m_run.timeIsUp(now)) {
        m_run.timeOut(now);
        noteProgress();
    }
    ui::beginScreen("##scenario");
    drawTopBar();
    if (m_run.asksFollowUp()) {
        drawAfterCall(stack);
    } else if (m_run.finished()) {
        end(stack);
    } else {
        auto ctx = context();
        ScenarioAction action;
        switch (m_run.currentStep()->channel) {
        case game::Channel::Call: action = m_call.draw(ctx); break;
        case game::Channel::Sms:
        case game::Channel::Email: action = m_sms.draw(ctx); break;
        case game::Channel::Chat: action = m_chat.draw(ctx); break;
        case game::Channel::Web: action = m_web.draw(ctx); break;
        }
        apply(action);
    }
    ui::endScreen();
}

// The call is over: what will the player do now? (The run decided to ask.)
void ScenarioScene::drawAfterCall(SceneStack& stack) {
    const auto& s = m_services.strings;
    ui::heading(s.get("call.ended"));
    ui::text(s.get("call.after.ask"));
    const float width = ImGui::GetFontSize() * 16;
    for (const auto followUp : game::allFollowUps()) {
        const std::string label = followUpLabel(s, m_services.settings.region, followUp);
        if (ui::bigButton(label + "##after-" + std::string(game::codeOf(followUp)), true, width)) {
            m_run.setFollowUp(followUp);
            end(stack);
            return;
        }
    }
}

void ScenarioScene::end(SceneStack& stack) {
    if (m_onFinished) m_onFinished(m_run);
    m_onFinished = nullptr;
    stack.replace(std::make_unique<DebriefScene>(m_services, game::makeDebrief(m_run, m_services.settings.region)));
}

} // namespace scenes
