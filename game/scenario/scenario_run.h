#pragma once
// Playing one scenario item with no UI: the current step, its choices, hanging up and
// running out of time; every action taken with its time, every line the player saw, and
// the ending. Used by quiz sessions (the item is scored by its ending), practice and kiosk.
#include "game/bank/bank.h"
#include "game/region.h"
#include "game/quiz/scoring.h"
#include "game/records/store_rows.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace game {

// How the player left a step.
enum class ActionKind { Choice, Hangup, Timeout };

// "choice", "hangup", "timeout".
[[nodiscard]] std::string_view codeOf(ActionKind kind);
// The kind with this code, if any.
[[nodiscard]] std::optional<ActionKind> parseActionKind(std::string_view code);

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

    friend bool operator==(const TakenAction&, const TakenAction&) = default;
};

// One line the player saw, with where it was shown.
struct SeenLine {
    std::string stepId;
    Channel channel = Channel::Call;
    std::string speaker;
    std::string text;                    // placeholders filled when the run has contacts
    std::string redFlag;                 // the warning sign this line shows; empty if none
    LineKind kind = LineKind::Text;
    double amount = 0;
    std::string caption;
    std::string url;
};

// What is stored with a scenario answer: the ending and every action.
struct ScenarioRecord {
    std::string itemId;
    std::string endingId;                // empty when the run did not finish
    std::optional<Outcome> outcome;
    std::string stoppedAt;               // step id where a scam was stopped; empty otherwise
    std::vector<TakenAction> actions;

    friend bool operator==(const ScenarioRecord&, const ScenarioRecord&) = default;
};

// {"item", "ending", "outcome", "stopped_at", "actions": [{"step", "channel", "kind", "choice",
//  "text", "target", "at" (Unix ms), "elapsed_ms"}]}; empty fields left out.
[[nodiscard]] nlohmann::json toJson(const ScenarioRecord& record);
// A record from its JSON; throws std::invalid_argument on wrong types or unknown codes.
[[nodiscard]] ScenarioRecord scenarioRecordFromJson(const nlohmann::json& json);

// One move out of a step, as a path through the graph lists it.
struct Move {
    ActionKind kind = ActionKind::Choice;
    std::size_t choice = 0;              // for ActionKind::Choice

    friend bool operator==(const Move&, const Move&) = default;
};

// Where a move from this step leads: the choice's next, the hang-up target (call steps only)
// or on_timeout (steps with a time limit); nullopt when the move is not possible here.
[[nodiscard]] std::optional<std::string> moveTarget(const Scenario& scenario, const Step& step, Move move);
// Every move possible from a step: its choices in order, then hang-up, then time-out.
[[nodiscard]] std::vector<Move> movesFrom(const Scenario& scenario, const Step& step);

// One scenario being played. Holds the item by reference: it must outlive the run.
class ScenarioRun {
public:
    // Starts at the scenario's start step at `start`. With contacts, lines and texts come back
    // with placeholders filled. Throws std::invalid_argument when the item is not a scenario or
    // its start names no step.
    ScenarioRun(const Item& item, Timestamp start, std::optional<RegionContacts> contacts = std::nullopt);

    // The item and its scenario.
    [[nodiscard]] const Item& item() const { return *m_item; }
    [[nodiscard]] const Scenario& scenario() const { return m_item->scenario; }
    // The step being played; nullptr once finished.
    [[nodiscard]] const Step* currentStep() const { return m_step; }
    // The current step's choices, placeholders in their text filled when the run has contacts.
    [[nodiscard]] std::vector<Choice> choices() const;
    // The current step's lines, placeholders filled when the run has contacts (empty once finished).
    [[nodiscard]] std::vector<SeenLine> currentLines() const;
    // Who the player is dealing with: the latest step contact met so far, else the scenario's.
    [[nodiscard]] const Contact& contact() const;
    // When the current step started.
    [[nodiscard]] Timestamp stepStartedAt() const { return m_stepStart; }

    // True when the player can hang up now (the current step is a call).
    [[nodiscard]] bool canHangUp() const;
    // True when the current step has a time limit.
    [[nodiscard]] bool hasTimeLimit() const;

    // Takes choice `index` of the current step. Throws std::logic_error when finished,
    // std::out_of_range for a bad index. Every move throws std::invalid_argument (changing
    // nothing) when its target names no step or ending (a bank that was not validated).
    void choose(std::size_t index, Timestamp at);
    // Hangs up (follows the hang-up target). Throws std::logic_error unless canHangUp().
    void hangUp(Timestamp at);
    // Time ran out (follows on_timeout). Throws std::logic_error unless hasTimeLimit().
    void timeOut(Timestamp at);
    // Takes a move as allPaths lists it.
    void take(Move move, Timestamp at);

    // Seconds left on the current step's time limit (0 when run out); nullopt with no limit or once finished.
    [[nodiscard]] std::optional<double> secondsLeft(Timestamp now) const;

    // True once an ending is reached.
    [[nodiscard]] bool finished() const { return m_ending != nullptr; }
    // The ending reached, or nullptr.
    [[nodiscard]] const Ending* ending() const { return m_ending; }
    // Every action taken, in order.
    [[nodiscard]] const std::vector<TakenAction>& record() const { return m_record; }
    // Every line the player saw, in order (a step entered twice shows its lines twice).
    [[nodiscard]] const std::vector<SeenLine>& transcript() const { return m_transcript; }
    // For a scam ended safely: the action that stopped it (its stepId is the step); else nullptr.
    [[nodiscard]] const TakenAction* stoppedAt() const;
    // The ending's debrief text, filled when the run has contacts (empty until finished).
    [[nodiscard]] std::string debriefText() const;
    // The region contacts the run fills text with, if any.
    [[nodiscard]] const std::optional<RegionContacts>& contacts() const { return m_contacts; }

    // The answer to judge and store: the ending reached.
    [[nodiscard]] Response response() const;
    // What to store with the answer.
    [[nodiscard]] ScenarioRecord summary() const;
    // The answer's response JSON: toJson(response()) plus "scenario": toJson(summary()).
    [[nodiscard]] nlohmann::json answerJson() const;

private:
    void moveTo(const std::string& target, Timestamp at);
    void act(ActionKind kind, std::optional<std::size_t> choice, const std::string& target, Timestamp at);
    [[nodiscard]] std::string fill(const std::string& text) const;

    const Item* m_item;
    std::optional<RegionContacts> m_contacts;
    const Step* m_step = nullptr;
    const Ending* m_ending = nullptr;
    const Contact* m_contact = nullptr;
    Timestamp m_stepStart{};
    std::vector<TakenAction> m_record;
    std::vector<SeenLine> m_transcript;
};

} // namespace game
