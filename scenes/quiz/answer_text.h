#pragma once
// Answers in words, for feedback and the results review: what the player did,
// and what the right answer is, with options lettered as the player saw them.
// What is right or wrong comes from game::verdictOn; this only words it.
#include "game/bank/bank.h"
#include "game/quiz/scoring.h"
#include "game/quiz/verdict.h"
#include "game/strings.h"

#include <string>

namespace scenes {

// The letter shown for the option at a place on screen: 0 -> "A".
[[nodiscard]] std::string shownLetter(size_t index);
// An option as it was shown: "B. 挂断电话".
[[nodiscard]] std::string optionText(const game::Item& item, const game::OptionVerdict& option);
// The text of an ordering step (its key when the item has no such step).
[[nodiscard]] std::string stepText(const game::Item& item, const std::string& key);

// What the player answered, e.g. "B. 挂断电话" or "正确".
[[nodiscard]] std::string describeResponse(const game::StringTable& s, const game::Item& item,
                                           const game::Verdict& verdict, const game::Response& response);
// The right answer in the same words.
[[nodiscard]] std::string describeCorrect(const game::StringTable& s, const game::Item& item, const game::Verdict& verdict);

// Draws the explanation and the red flags of an item.
void drawExplanation(const game::StringTable& s, const game::Item& item);

} // namespace scenes
