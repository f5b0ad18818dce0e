#pragma once
// An item as players see it: the region's contacts filled into its text.
#include "game/bank/bank.h"
#include "game/region.h"

namespace game {

// The item with {hotline.*} and {wechat.local} filled in its prompt, options, ordering steps,
// explanation, red flags, flag reasons and message sender. The spot-the-flags message and its
// flag spans are left as written: their pieces are what stored answers point at.
[[nodiscard]] Item withContacts(Item item, const RegionContacts& contacts);

} // namespace game
