#pragma once
// Judging one answer: what the player did on an item, whether it is right and how
// many points it earns; and the tappable pieces of a spot-the-red-flags message.
#include "game/bank/bank.h"
#include "game/quiz/response.h"

#include <optional>
#include <string>
#include <vector>

namespace game {

// True when the response answers an item of this kind, so it can be confirmed: an option
// picked (single, multi), true or false chosen, a piece picked (spot_flags), an order given.
// Scenarios are answered by the ending they reach, never by confirming.
[[nodiscard]] bool givesAnswer(ItemKind kind, const Response& response);

// The verdict on one answer.
struct Judgement {
    bool correct = false; // exactly right
    double points = 0;    // points earned (a fraction of the item's with partial credit)
};

// Judges a response to an item worth `points`.
// single: right iff exactly the answer key is chosen. truefalse: right iff truth matches.
// multi and spot_flags: all-or-nothing; with partialCredit (right picks - wrong picks) / number
//   of answers (flags) x points, floored at 0; correct only when exact.
// ordering: right iff the exact order; with partialCredit the fraction of adjacent pairs of the
//   player's order that are in the right relative order x points (a response that is not an
//   arrangement of the item's steps earns 0).
// scenario: full points iff the ending reached has the outcome safe.
// Partial points are rounded to 0.01.
[[nodiscard]] Judgement judge(const Item& item, const Response& response, int points, bool partialCredit);

// One tappable piece of a spot_flags message.
struct MessagePiece {
    std::string text;
    int flag = -1; // index into item.flags, or -1
};

// The message of a spot_flags item cut into tappable pieces, in text order: each flag span is
// one piece; the text between flags is cut after Chinese/ASCII punctuation (，。！？；：、,.!?;:),
// spaces and newlines, the punctuation kept at the end of the piece before it (also after a flag
// span: a flag piece is its span plus any punctuation right after it). Empty pieces are dropped;
// the pieces' texts joined give the message text back. Empty for other kinds.
[[nodiscard]] std::vector<MessagePiece> messagePieces(const Item& item);

} // namespace game
