#pragma once
// Answers in words, for feedback and the results review: what the player did,
// and what the right answer is, with options lettered as the player saw them.
#include "game/bank/bank.h"
#include "game/quiz/paper.h"
#include "game/quiz/scoring.h"
#include "game/strings.h"

#include <string>

namespace scenes {

// The letter shown for the option at a place on screen: 0 -> "A".
[[nodiscard]] std::string shownLetter(size_t index);

// What the player answered, e.g. "B. 挂断电话" or "正确".
[[nodiscard]] std::string describeResponse(const game::StringTable& s, const game::Item& item,
                                           const game::PaperItem& shown, const game::Response& response);
// The right answer in the same words.
[[nodiscard]] std::string describeCorrect(const game::StringTable& s, const game::Item& item, const game::PaperItem& shown);

// Draws the explanation and the red flags of an item.
void drawExplanation(const game::StringTable& s, const game::Item& item);

} // namespace scenes
