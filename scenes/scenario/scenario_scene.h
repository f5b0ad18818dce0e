#pragma once
// Living through one scenario: the runner walks the graph; the step's channel
// decides the screen (call, SMS, chat, web); a time limit counts down; a mute
// button is always there. At the end the player sees the debrief.
#include "game/scenario/scenario_run.h"
#include "scenes/scenario/call_view.h"
#include "scenes/scenario/chat_view.h"
#include "scenes/scene.h"
#include "scenes/services.h"
#include "scenes/scenario/sms_view.h"
#include "scenes/scenario/web_view.h"

#include <functional>
#include <optional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace scenes {

class ScenarioScene : public Scene {
public:
    // Called once when an ending is reached, with the run and the answer JSON to store.
    using Finished = std::function<void(const game::ScenarioRun&, const nlohmann::json& answer)>;

    ScenarioScene(Services& services, const game::Item& item, Finished onFinished = {});
    void draw(SceneStack& stack) override;
    [[nodiscard]] SceneId id() const override { return SceneId::Scenario; }
    [[nodiscard]] int tickMs() const override;
    [[nodiscard]] const game::ScenarioRun& run() const { return m_run; }

private:
    [[nodiscard]] ScenarioViewContext context();
    void noteProgress();
    void apply(const ScenarioAction& action);
    [[nodiscard]] bool asksAfterCall() const;
    void drawTopBar();
    void drawAfterCall(SceneStack& stack);
    void end(SceneStack& stack);

    Services& m_services;
    game::ScenarioRun m_run;
    Finished m_onFinished;
    std::vector<ConversationEntry> m_log;
    size_t m_actionsSeen = 0;
    bool m_started = false;
    std::optional<game::Channel> m_lastChannel; // the channel of the step before, to know when a call starts
    bool m_afterCall = false;     // the call just ended: offer to call back the official number, 110 or 96110
    std::string m_followUp;       // what the player did after hanging up
    CallView m_call;
    SmsView m_sms;
    ChatView m_chat;
    WebView m_web;
};

} // namespace scenes
