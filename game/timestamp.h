#pragma once
// A moment in the game's records (an answer given, a step started), to the millisecond.
#include <chrono>
#include <cstdint>

namespace game {

// A moment in UTC, to the millisecond. Stored as integer Unix milliseconds.
using Timestamp = std::chrono::sys_time<std::chrono::milliseconds>;

// A Timestamp from Unix milliseconds, and back (for tests and stored values).
[[nodiscard]] Timestamp timestampFromUnixMs(std::int64_t ms);
[[nodiscard]] std::int64_t unixMs(Timestamp at);

} // namespace game
