#include "scenes/scenario/scenario_scene.h"

#include "game/scenario/debrief.h"
#include "scenes/scenario/debrief_scene.h"
#include "scenes/scene_stack.h"
#include "scenes/ui.h"

namespace scenes {

ScenarioScene::ScenarioScene(Services& services, const game::Item& item, Finished onFinished)
    : m_services(services), m_run(item, services.now(), services.settings.region), m_onFinished(std::move(onFinished)) {}

ScenarioViewContext ScenarioScene::context() { return {m_services, m_run, m_log, m_services.now()}; }

int ScenarioScene::tickMs() const {
    if (m_run.finished()) return 0;
    if (m_run.hasTimeLimit()) return 250;                    // a visible countdown
    if (m_run.currentStep() && m_run.currentStep()->channel == game::Channel::Call) return 1000; // the call timer
    return 0;
}

// Brings the conversation log up to date after the run moved, and lets the
// view of the new step greet it (ring, chime, speak, clear the form).
void ScenarioScene::noteProgress() {
    const auto& record = m_run.record();
    if (m_started && record.size() == m_actionsSeen) return;
    for (size_t i = m_actionsSeen; i < record.size(); ++i) {
        const auto& taken = record[i];
        if (taken.kind != game::ActionKind::Choice) continue;
        game::SeenLine mine;
        mine.stepId = taken.stepId;
        mine.channel = taken.channel;
        mine.speaker = "me";
        mine.text = taken.text;
        m_log.push_back({taken.stepId, taken.channel, true, mine});
    }
    m_actionsSeen = record.size();
    m_started = true;
    const auto* step = m_run.currentStep();
    if (!step) return;
    for (const auto& line : m_run.currentLines()) m_log.push_back({step->id, step->channel, false, line});
    const bool wasCall = m_lastChannel == game::Channel::Call;
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
    const auto* step = m_run.currentStep();
    if (!step) return;
    const bool inCall = step->channel == game::Channel::Call;
    const auto now = m_services.now();
    // A choice that already says what the player does next ("挂断，拨打110") is the follow-up.
    std::string followUp;
    if (action.kind == ScenarioAction::Kind::Choose) {
        if (action.choice < step->choices.size()) {
            // The follow-up codes are the actions' own codes ("call_110", "call_back").
            const auto chosen = step->choices[action.choice].action;
            if (chosen == game::ChoiceAction::Call110 || chosen == game::ChoiceAction::CallBack) followUp = game::codeOf(chosen);
        }
        m_run.choose(action.choice, now);
    } else if (action.kind == ScenarioAction::Kind::HangUp && m_run.canHangUp()) {
        m_run.hangUp(now);
    } else {
        return;
    }
    if (!m_run.finished()) return;
    m_followUp = followUp;
    if (inCall) {
        m_call.leave(m_services.voice);
        m_afterCall = followUp.empty() && asksAfterCall();
    }
}

// A scam call that ended without the player saying what comes next asks it (report it?
// call back?). A genuine call does not: there is nothing to report, and the debrief says
// how to check a real contact.
bool ScenarioScene::asksAfterCall() const { return !m_run.scenario().genuine; }

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
        } else if (m_call.ringing()) {
            m_services.voice.ring(true);
        }
    }
}

void ScenarioScene::draw(SceneStack& stack) {
    noteProgress();
    const auto now = m_services.now();
    if (!m_run.finished() && m_run.hasTimeLimit() && !m_call.ringing()) {
        if (const auto left = m_run.secondsLeft(now); left && *left <= 0) {
            const bool inCall = m_run.currentStep()->channel == game::Channel::Call;
            m_run.timeOut(now);
            if (m_run.finished() && inCall) m_afterCall = asksAfterCall();
            noteProgress();
        }
    }
    ui::beginScreen("##scenario");
    drawTopBar();
    if (m_afterCall) {
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

void ScenarioScene::drawAfterCall(SceneStack& stack) {
    const auto& s = m_services.strings;
    const auto& region = m_services.settings.region;
    ui::heading(s.get("call.ended"));
    ui::text(s.get("call.after.ask"));
    const float width = ImGui::GetFontSize() * 16;
    struct FollowUp { const char* code; std::string label; };
    const FollowUp options[] = {
        {"call_back", s.get("call.after.call_back")},
        {"call_110", s.format("call.after.call_police", {region.police})},
        {"call_96110", s.format("call.after.call_antifraud", {region.antifraud})},
        {"none", s.get("call.after.nothing")},
    };
    for (const auto& option : options) {
        if (ui::bigButton(option.label + "##after-" + option.code, true, width)) {
            m_followUp = option.code;
            m_afterCall = false;
            end(stack);
            return;
        }
    }
}

void ScenarioScene::end(SceneStack& stack) {
    nlohmann::json answer = m_run.answerJson();
    if (!m_followUp.empty()) answer["follow_up"] = m_followUp;
    if (m_onFinished) m_onFinished(m_run, answer);
    m_onFinished = nullptr;
    stack.replace(std::make_unique<DebriefScene>(m_services, game::makeDebrief(m_run, m_services.settings.region), m_followUp));
}

} // namespace scenes
