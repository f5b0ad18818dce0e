#pragma once
// What the channel views of a scenario (call, SMS, chat, web) share: how the
// conversation and the player's choices look, and the pressure of a time limit.
#include "game/scenario/scenario_run.h"
#include "scenes/services.h"

#include <imgui.h>

#include <string>

namespace scenes {

// What a view asks the scenario scene to do this frame.
struct ScenarioAction {
    enum class Kind { None, Answer, Choose, HangUp } kind = Kind::None;
    size_t choice = 0;
};

// What a view is given each frame: the run holds the conversation so far.
struct ScenarioViewContext {
    Services& services;
    const game::ScenarioRun& run;
    game::Timestamp now;
};

// The countdown of a step with a time limit ("还剩 12 秒"), drawn where the view puts it.
void drawPressure(const ScenarioViewContext& ctx);

// The look of the player's choices in every channel: calm blue buttons with left-aligned
// text (replies, not alarms). Pair with popChoiceStyle().
void pushChoiceStyle();
void popChoiceStyle();

// The height a conversation (chat log, SMS thread) can take: the room left above the
// step's choice buttons, and never less than 40% of it.
[[nodiscard]] float conversationHeight(const ScenarioViewContext& ctx);

// The current step's choices as buttons (numbered: number keys pick them); returns the one picked.
// As buttons (for the dark call screen) or as list rows; choices that tap a link can be left to the link.
ScenarioAction drawChoiceButtons(const ScenarioViewContext& ctx, float width, bool skipLinks = false, bool asButtons = false);

// A chat or SMS bubble: the other side's on the left, the player's on the right.
void drawBubble(const std::string& text, bool mine, ImVec4 colour, const std::string& speaker = {});

// The card for a chat line that is not plain text (transfer, red packet, image, voice, link);
// returns true when the player tapped it.
bool drawCard(const game::SeenLine& line, const game::StringTable& s, int id);
// Draws the player's choice in a conversation as a note on the right, "（你：…）": choices
// are as often actions ("拉黑这个QQ", "先查一查账户") as words, so none is drawn as a sent message.
void drawMine(const game::ConversationEntry& entry, const game::StringTable& s);
// A line's text as a card shows it ("[转账] ¥3000.00  ...", "[图片] ..."); plain text as it is.
// A live card (in the conversation) invites a tap on a voice message; a replayed one (in the
// debrief) does not.
[[nodiscard]] std::string cardText(const game::SeenLine& line, const game::StringTable& s, bool live = true);

} // namespace scenes
