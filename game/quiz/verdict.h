#pragma once
// The verdict on an answer in detail, for the feedback after it and the results review:
// which picks were right, what a multiple choice left out, which steps are in their place
// and what the player did with each piece of a spot-the-flags message. Screens only colour it.
#include "game/bank/bank.h"
#include "game/quiz/paper.h"
#include "game/quiz/scoring.h"

#include <cstddef>
#include <string>
#include <vector>

namespace game {

// One option of a single or multiple choice as the player saw it.
struct OptionVerdict {
    std::string key;
    std::size_t place = 0; // where it was shown: 0 for the first (A)
    bool picked = false; // the player chose it
    bool answer = false; // it is one of the right options
};

// One step of the player's order.
struct StepVerdict {
    std::string key;
    bool inPlace = false; // it stands where the right order has it
};

// What the player did with one piece of a spot-the-flags message.
enum class PieceVerdict {
    Plain,         // no flag, not picked
    Found,         // a flag the player picked
    Missed,        // a flag the player did not pick
    WronglyPicked, // no flag, but picked
};

// The details of one answer, beyond right or wrong (see judge()).
struct Verdict {
    bool incomplete = false;            // multi: every pick is right, but some answers were left out
    std::size_t missing = 0;            // multi: how many answers were left out
    std::vector<OptionVerdict> options; // single, multi: every option, in the order shown
    std::vector<StepVerdict> steps;     // ordering: the player's order
    std::vector<PieceVerdict> pieces;   // spot_flags: one per messagePieces(item), in text order
    std::string endingTitle;            // scenario: the title of the ending reached (empty when none)

    // The options the player picked, in the order shown.
    [[nodiscard]] std::vector<OptionVerdict> picks() const;
    // The right options, in the order shown.
    [[nodiscard]] std::vector<OptionVerdict> answers() const;
};

// The verdict on a response to an item shown as on the paper (its option order).
[[nodiscard]] Verdict verdictOn(const Item& item, const PaperItem& shown, const Response& response);

} // namespace game
