#include "game/scenario/conversation.h"

namespace game {

bool isAside(const SeenLine& line) { return line.speaker == "system" || line.speaker == "narrator"; }

const std::string& speakerName(const ConversationEntry& entry) {
    return entry.line.speaker == "contact" ? entry.contactName : entry.line.speaker;
}

} // namespace game
