#pragma once
// UTF-8 helpers the game needs without pulling in a library.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace game {

// Decodes UTF-8 into code points; malformed bytes become U+FFFD.
[[nodiscard]] std::vector<char32_t> decodeUtf8(std::string_view text);

// Encodes one code point as UTF-8.
[[nodiscard]] std::string encodeUtf8(char32_t codepoint);

// True when the bytes are well-formed UTF-8.
[[nodiscard]] bool isValidUtf8(std::string_view text);

} // namespace game
