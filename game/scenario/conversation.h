#pragma once
// The conversation of a scenario: what the player heard and read, and what they chose to say
// or do, in the order it happened. The run keeps it (ScenarioRun::conversation); the scenario's
// screens draw it while it is played and the debrief replays it.
#include "game/bank/bank.h"

#include <string>
#include <vector>

namespace game {

// One line the player saw or heard, with where it was shown.
struct SeenLine {
    std::string stepId;
    Channel channel = Channel::Call;
    std::string speaker;                 // "contact", "system", "narrator" or a name in a group chat
    std::string text;                    // placeholders filled when the run has contacts
    std::string redFlag;                 // the warning sign this line shows; empty if none
    LineKind kind = LineKind::Text;
    double amount = 0;
    std::string caption;
    std::string url;
};

// What an entry of the conversation is.
enum class EntryKind {
    Heard,    // a line the player heard or read: the other side's words, narration, a card
    Chose,    // the player's choice ("回复“收到”", "拉黑这个QQ"); line.text is the choice's text
    Declined, // the player declined a ringing call (and heard none of it)
};

// One entry of the conversation.
struct ConversationEntry {
    EntryKind kind = EntryKind::Heard;
    SeenLine line;                       // for the player's own entries: stepId, channel and text
    std::string contactName;             // who "contact" was then: the step's contact, else the last one met
    std::string group;                   // the chat group it was said in; empty for a private chat

    // True for what the player did (a choice, a call declined), false for what they heard.
    [[nodiscard]] bool mine() const { return kind != EntryKind::Heard; }
    // Where it was said: the group, else the private chat with the contact.
    [[nodiscard]] const std::string& place() const { return group.empty() ? contactName : group; }
};

// The whole conversation, oldest first.
using Conversation = std::vector<ConversationEntry>;

// True for narration and system lines ("手机响了一声"): asides, not words from the contact.
[[nodiscard]] bool isAside(const SeenLine& line);

// The name to show over a line: the contact's name for "contact", else the speaker as written.
[[nodiscard]] const std::string& speakerName(const ConversationEntry& entry);

} // namespace game
