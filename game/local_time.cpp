#include "game/local_time.h"

#include <cstdio>
#include <ctime>

namespace game {

namespace {
// The one place that calls the platform's local-time conversion.
bool toLocal(std::time_t t, std::tm& out) {
#ifdef _WIN32
    return localtime_s(&out, &t) == 0;
#else
    return localtime_r(&t, &out) != nullptr;
#endif
}

std::string format(Timestamp at, const char* pattern) {
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(at.time_since_epoch()).count();
    std::tm tm{};
    if (!toLocal(static_cast<std::time_t>(seconds), tm)) return "?";
    char buf[32];
    std::strftime(buf, sizeof buf, pattern, &tm);
    return buf;
}
} // namespace

std::string formatLocalTime(Timestamp at) { return format(at, "%Y-%m-%d %H:%M"); }
std::string formatLocalDate(Timestamp at) { return format(at, "%Y-%m-%d"); }

std::optional<Timestamp> parseLocalTime(std::string_view text) {
    int y = 0, mo = 0, d = 0, h = 0, mi = 0;
    const std::string s(text);
    char tail = 0;
    const int n = std::sscanf(s.c_str(), "%4d-%2d-%2d %2d:%2d%c", &y, &mo, &d, &h, &mi, &tail);
    if (!(n == 3 || n == 5)) return std::nullopt;
    if (y < 2000 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59)
        return std::nullopt;
    std::tm tm{};
    tm.tm_year = y - 1900;
    tm.tm_mon = mo - 1;
    tm.tm_mday = d;
    tm.tm_hour = h;
    tm.tm_min = mi;
    tm.tm_isdst = -1;
    const std::time_t t = std::mktime(&tm);
    if (t == static_cast<std::time_t>(-1) || tm.tm_mday != d) return std::nullopt; // 2月30日 rolls over
    return Timestamp(std::chrono::milliseconds(static_cast<std::int64_t>(t) * 1000));
}

} // namespace game
