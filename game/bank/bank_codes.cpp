#include "game/bank/bank_codes.h"

#include <algorithm>

namespace game {
namespace {

template <class Enum>
std::optional<Enum> parseCode(std::span<const std::string_view> codes, std::string_view code) {
    const auto it = std::find(codes.begin(), codes.end(), code);
    if (it == codes.end()) return std::nullopt;
    return static_cast<Enum>(it - codes.begin());
}

} // namespace

std::optional<ItemKind> parseItemKind(std::string_view code) { return parseCode<ItemKind>(itemKindCodes(), code); }

std::optional<Audience> parseAudience(std::string_view code) { return parseCode<Audience>(audienceCodes(), code); }

} // namespace game
