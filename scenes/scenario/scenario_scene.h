#pragma once
// Living through one scenario: the runner walks the graph; the step's channel
// decides the screen (call, SMS, chat, web); a time limit counts down; a mute
// button is always there. After a scam call the player is asked what they do next;
// at the end the player sees the debrief.
#include "game/scenario/scenario_run.h"
#include "scenes/scenario/call_view.h"
#include "scenes/scenario/chat_view.h"
#include "scenes/scene.h"
#include "scenes/services.h"
#include "scenes/scenario/sms_view.h"
#include "scenes/scenario/web_view.h"

#include <functional>
#include <optional>

namespace scenes {

class ScenarioScene : public Scene {
public:
    // Called once when the scenario is over (the ending reached, the follow-up answered if it
    // was asked), with the run: its response() is the answer to store.
    using Finished = std::function<void(const game::ScenarioRun&)>;

    // Plays the item (a scenario) from its start; the run and the conversation live in memory.
    ScenarioScene(Services& services, const game::Item& item, Finished onFinished = {});
    void draw(SceneStack& stack) override;
    [[nodiscard]] SceneId id() const override { return SceneId::Scenario; }
    [[nodiscard]] int tickMs() const override;
    // The run being played.
    [[nodiscard]] const game::ScenarioRun& run() const { return m_run; }

private:
    [[nodiscard]] ScenarioViewContext context();
    void noteProgress();
    void apply(const ScenarioAction& action);
    void drawTopBar();
    void drawAfterCall(SceneStack& stack);
    void end(SceneStack& stack);

    Services& m_services;
    game::ScenarioRun m_run;
    Finished m_onFinished;
    size_t m_actionsSeen = 0;
    bool m_started = false;
    std::optional<game::Channel> m_lastChannel; // the channel of the step before, to know when a call starts
    CallView m_call;
    SmsView m_sms;
    ChatView m_chat;
    WebView m_web;
};

} // namespace scenes
