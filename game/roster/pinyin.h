#pragma once
// Mandarin readings of names, so a roster can be searched by pinyin (张伟 by "zw").
#include <string>
#include <string_view>
#include <vector>

namespace game {

// The toneless reading of a Han character ("zhang" for 张), its common reading;
// empty for characters outside U+3400..U+4DBF and U+4E00..U+9FFF or without one.
[[nodiscard]] std::string_view mandarinReading(char32_t character);

// The reading of a character used as a surname when it differs from the common one
// (曾 zeng, 单 shan, 解 xie, 仇 qiu, ...); empty otherwise.
[[nodiscard]] std::string_view surnameReading(char32_t character);

// Folds a code point for searching: full-width ASCII to ASCII, the ideographic
// space to a space, ASCII capitals to small letters; others unchanged.
[[nodiscard]] char32_t foldForSearch(char32_t character);

// One searchable character of a name with the readings that may be typed for it.
struct NameSound {
    char32_t character = 0;                ///< folded code point (a small letter, a digit, a Han character)
    std::vector<std::string_view> readings; ///< pinyin syllables, the letter or digit itself, or none
};

// The searchable characters of a name: Han characters (the first one also with its
// surname reading, listed first), letters and digits; spaces and punctuation dropped.
[[nodiscard]] std::vector<NameSound> nameSounds(std::string_view utf8Name);

// The first letter of each syllable of a name, reading its first character as a
// surname: 张伟 -> "zw", 单田芳 -> "stf", Tom李 -> "toml"; other characters skipped.
[[nodiscard]] std::string pinyinInitials(std::string_view utf8Name);

// Every initials string a person may type for the name: the surname reading first,
// then the common reading when it differs (单田芳 -> {"stf", "dtf"}).
[[nodiscard]] std::vector<std::string> pinyinInitialVariants(std::string_view utf8Name);

} // namespace game
