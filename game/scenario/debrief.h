#pragma once
// What the player is shown after a scenario: the outcome, the conversation with red flags
// marked where they occurred, what the player did after the call, and what to do now (as
// string-table keys).
#include "game/bank/bank.h"
#include "game/scenario/scenario_run.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace game {

// The debrief of a finished run.
struct Debrief {
    std::string scenarioTitle;
    bool genuine = false;                 // the contact was real
    Outcome outcome = Outcome::Safe;
    double amount = 0;                    // yuan lost, for money_lost
    std::string title;                    // the ending's title
    std::string text;                     // the ending's debrief, placeholders filled when contacts were given
    Conversation transcript;              // the run's conversation: every line heard, the player's choices after
                                          // the lines they answered; a line's redFlag marks it
    std::vector<std::string> redFlags;    // the ending's red flags, then the lines' (each once); for a
                                          // genuine contact, the player's mistakes
    std::string whyGenuine;               // for a genuine contact: why it was real (the item's explanation)
    std::vector<std::string> whatToDo;    // string-table keys, in order (see whatToDoKeys)
    std::string stoppedAtStep;            // for a scam stopped safely: the step where it was stopped
    std::optional<Channel> stoppedIn;     // and that step's channel
    std::optional<FollowUp> followUp;     // what the player did after the call, if said or asked
};

// The debrief of a finished run; contacts (else the run's own, if any) fill placeholders
// in the text and transcript. Throws std::logic_error when the run has not finished.
[[nodiscard]] Debrief makeDebrief(const ScenarioRun& run, const std::optional<RegionContacts>& contacts = std::nullopt);

// The advice keys for an outcome, in the order to show them:
// money_lost: debrief.todo.call_police_stop_payment, debrief.todo.keep_evidence, debrief.todo.report_app
// info_leaked: debrief.todo.change_passwords, debrief.todo.tell_bank, debrief.todo.report_app
// genuine_refused: debrief.todo.call_official_back
// safe: debrief.todo.well_done (for a genuine contact: debrief.todo.genuine_handled)
[[nodiscard]] std::vector<std::string> whatToDoKeys(Outcome outcome, bool genuine);

// Every key whatToDoKeys can return (for a test that the string tables hold them).
[[nodiscard]] std::span<const std::string_view> allWhatToDoKeys();

} // namespace game
