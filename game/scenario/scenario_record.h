#pragma once
// What is kept of a scenario once played: every action the player took, the ending, where a
// scam was stopped and what the player did after the call; and its stored JSON.
#include "game/bank/bank.h"
#include "game/timestamp.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace game {

// How the player left a step.
enum class ActionKind { Choice, Hangup, Timeout };

// "choice", "hangup", "timeout".
[[nodiscard]] std::string_view codeOf(ActionKind kind);
// The kind with this code, if any.
[[nodiscard]] std::optional<ActionKind> parseActionKind(std::string_view code);

// What the player did once a scam call was over, or what the choice that ended the scenario
// already said ("挂断，拨打110" is Call110).
enum class FollowUp { CallBack, Call110, Call96110, None };

// "call_back", "call_110", "call_96110", "none".
[[nodiscard]] std::string_view codeOf(FollowUp followUp);
// The follow-up with this code, if any.
[[nodiscard]] std::optional<FollowUp> parseFollowUp(std::string_view code);
// Every follow-up, in the order the after-call screen offers them.
[[nodiscard]] std::span<const FollowUp> allFollowUps();
// The follow-up a choice's action already says (call_back, call_110); nullopt for the others.
[[nodiscard]] std::optional<FollowUp> followUpOf(ChoiceAction action);

// One action the player took (or let happen, for a time-out).
struct TakenAction {
    std::string stepId;                  // the step it was taken in
    Channel channel = Channel::Call;     // that step's channel
    ActionKind kind = ActionKind::Choice;
    std::optional<std::size_t> choice;   // index into the step's choices, for ActionKind::Choice
    std::string text;                    // the choice's text (empty for hang-up and time-out)
    std::string target;                  // the step or ending it led to
    Timestamp at{};                      // when it was taken
    std::chrono::milliseconds elapsed{0}; // since the step started
    bool declined = false;               // a hang-up while the phone rang: the call was never answered

    friend bool operator==(const TakenAction&, const TakenAction&) = default;
};

// What is stored with a scenario answer: the ending, every action and the follow-up.
struct ScenarioRecord {
    std::string itemId;
    std::string endingId;                // empty when the run did not finish
    std::optional<Outcome> outcome;
    std::string stoppedAt;               // step id where a scam was stopped; empty otherwise
    std::vector<TakenAction> actions;
    std::optional<FollowUp> followUp;    // what the player did after the call; none when not asked

    friend bool operator==(const ScenarioRecord&, const ScenarioRecord&) = default;
};

// {"item", "ending", "outcome", "stopped_at", "follow_up", "actions": [{"step", "channel", "kind",
//  "choice", "text", "target", "at" (Unix ms), "elapsed_ms", "declined"}]}; empty fields left out.
[[nodiscard]] nlohmann::json toJson(const ScenarioRecord& record);
// A record from its JSON; throws std::invalid_argument on wrong types or unknown codes.
[[nodiscard]] ScenarioRecord scenarioRecordFromJson(const nlohmann::json& json);

} // namespace game
