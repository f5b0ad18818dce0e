#include "game/timestamp.h"

namespace game {

Timestamp timestampFromUnixMs(std::int64_t ms) { return Timestamp{std::chrono::milliseconds{ms}}; }
std::int64_t unixMs(Timestamp at) { return at.time_since_epoch().count(); }

} // namespace game
