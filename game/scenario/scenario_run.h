#pragma once
// Playing one scenario item with no UI: the current step, its choices, a ringing phone,
// hanging up and running out of time; every action taken with its time, the conversation,
// the ending and what the player did after the call. Used by quiz sessions (the item is
// scored by its ending), practice and kiosk.
#include "game/bank/bank.h"
#include "game/quiz/response.h"
#include "game/region.h"
#include "game/scenario/conversation.h"
#include "game/scenario/scenario_record.h"
#include "game/timestamp.h"

#include <chrono>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace game {

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

    // True while the phone rings: the step starts a new call the player did not place. Its lines
    // are not heard until the call is answered; hanging up now declines it.
    [[nodiscard]] bool ringing() const { return m_ringing; }
    // Answers the ringing phone: its lines are heard and its time limit starts at `at`.
    // Throws std::logic_error unless ringing(). A choice or a time-out while ringing answers first.
    void answerCall(Timestamp at);

    // True when the player can hang up now (the current step is a call).
    [[nodiscard]] bool canHangUp() const;
    // True when the current step has a time limit.
    [[nodiscard]] bool hasTimeLimit() const;

    // Takes choice `index` of the current step. Throws std::logic_error when finished,
    // std::out_of_range for a bad index. Every move throws std::invalid_argument (changing
    // nothing) when its target names no step or ending (a bank that was not validated).
    void choose(std::size_t index, Timestamp at);
    // Hangs up (follows the hang-up target); declines the call while it rings. Throws
    // std::logic_error unless canHangUp().
    void hangUp(Timestamp at);
    // Time ran out (follows on_timeout). Throws std::logic_error unless hasTimeLimit().
    void timeOut(Timestamp at);
    // Takes a move as allPaths lists it.
    void take(Move move, Timestamp at);

    // Seconds left on the current step's time limit, counted from when its lines were heard (0 when
    // run out; the whole limit while the phone rings); nullopt with no limit or once finished.
    [[nodiscard]] std::optional<double> secondsLeft(Timestamp now) const;
    // True when the current step's time limit has run out, so timeOut() is due; never while the phone rings.
    [[nodiscard]] bool timeIsUp(Timestamp now) const;

    // True once an ending is reached.
    [[nodiscard]] bool finished() const { return m_ending != nullptr; }
    // The ending reached, or nullptr.
    [[nodiscard]] const Ending* ending() const { return m_ending; }
    // Every action taken, in order.
    [[nodiscard]] const std::vector<TakenAction>& record() const { return m_record; }
    // What the player heard and did, in order (a step entered twice shows its lines twice; a call
    // declined shows none of its lines).
    [[nodiscard]] const Conversation& conversation() const { return m_conversation; }
    // For a scam ended safely: the action that stopped it (its stepId is the step); else nullptr.
    [[nodiscard]] const TakenAction* stoppedAt() const;
    // The ending's debrief text, filled when the run has contacts (empty until finished).
    [[nodiscard]] std::string debriefText() const;
    // The region contacts the run fills text with, if any.
    [[nodiscard]] const std::optional<RegionContacts>& contacts() const { return m_contacts; }

    // True when a scam ended in a call and nothing says yet what the player does next: they are
    // asked (call back, 110, 96110, nothing). Not when the choice that ended it said it ("挂断，
    // 拨打110"); not for a genuine contact: there is nothing to report, and the debrief says how to
    // check a real one.
    [[nodiscard]] bool asksFollowUp() const;
    // The player's answer to that question. Throws std::logic_error unless asksFollowUp().
    void setFollowUp(FollowUp followUp);
    // What the player did after the scenario: said by the choice that ended it, or answered when asked.
    [[nodiscard]] std::optional<FollowUp> followUp() const { return m_followUp; }

    // The answer to judge and store: the ending reached, with summary() as its record.
    [[nodiscard]] Response response() const;
    // What to store with the answer.
    [[nodiscard]] ScenarioRecord summary() const;

private:
    void moveTo(const std::string& target, Timestamp at);
    void act(ActionKind kind, std::optional<std::size_t> choice, const std::string& target, Timestamp at);
    void hear(Timestamp at);
    void note(EntryKind kind, SeenLine line);
    [[nodiscard]] std::string fill(const std::string& text) const;

    const Item* m_item;
    std::optional<RegionContacts> m_contacts;
    const Step* m_step = nullptr;
    const Ending* m_ending = nullptr;
    const Contact* m_contact = nullptr;
    Timestamp m_stepStart{};
    Timestamp m_clockStart{};            // when the current step's lines were heard: its time limit runs from here
    bool m_ringing = false;
    std::optional<FollowUp> m_followUp;
    std::vector<TakenAction> m_record;
    Conversation m_conversation;
};

} // namespace game
