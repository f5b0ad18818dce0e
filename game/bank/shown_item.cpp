#include "game/bank/shown_item.h"

namespace game {

Item withContacts(Item item, const RegionContacts& contacts) {
    const auto fill = [&](std::string& text) { text = fillPlaceholders(text, contacts); };
    fill(item.prompt);
    fill(item.explanation);
    fill(item.message.sender);
    for (auto& option : item.options) fill(option.text);
    for (auto& step : item.steps) fill(step.text);
    for (auto& flag : item.redFlags) fill(flag);
    for (auto& flag : item.flags) fill(flag.why);
    return item;
}

} // namespace game
