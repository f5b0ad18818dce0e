#pragma once
// Plays the current quiz item as a person would, by keyboard (number keys,
// arrow keys, Enter) or by mouse, answering it right or wrong. The item, the
// order its options or steps were shown in and its message pieces are read
// from the attempt's stored paper and the loaded banks.
#include "support/headless_ui.h"

#include <set>
#include <string>
#include <vector>

namespace testing {

// The attempt being played: the latest one not yet finished.
[[nodiscard]] game::Attempt currentAttempt(HeadlessUi& ui);
// The id of the item on screen (the first unanswered item of the current attempt).
[[nodiscard]] std::string currentItemId(HeadlessUi& ui);
// The option keys (single, multi) or step keys (ordering) in the order the paper shows them.
[[nodiscard]] std::vector<std::string> shownOrder(HeadlessUi& ui, const std::string& itemId);

// Picks an answer to the current item with number and arrow keys, without confirming.
void pickByKeyboard(HeadlessUi& ui, bool right);
// Picks an answer to the current item with mouse clicks, without confirming.
void pickByMouse(HeadlessUi& ui, bool right);

// Plays a quiz to its end by keyboard: each item right unless its id is in wrongItems;
// Enter confirms, and Enter again leaves the feedback of practice style.
void playByKeyboard(HeadlessUi& ui, const std::set<std::string>& wrongItems = {});
// The same by mouse: 确定 confirms, 下一题 or 看成绩 leaves the feedback.
void playByMouse(HeadlessUi& ui, const std::set<std::string>& wrongItems = {});

} // namespace testing
