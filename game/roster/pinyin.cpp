#include "game/roster/pinyin.h"

#include "game/utf8.h"

#include <algorithm>
#include <array>
#include <iterator>

namespace game {

namespace {
#include "game/roster/pinyin_table.inc"

constexpr std::string_view kDigits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
constexpr size_t kRowLength = 64;

struct Block {
    char32_t first;
    char32_t last;
    const std::string_view* rows;
    size_t rowCount;
};

constexpr std::array kBlocks{
    Block{0x3400, 0x4DBF, kExtensionARows, std::size(kExtensionARows)},
    Block{0x4E00, 0x9FFF, kUnifiedRows, std::size(kUnifiedRows)},
};

// Surnames whose reading differs from the character's common reading.
struct SurnameReading {
    char32_t character;
    std::string_view reading;
};

constexpr std::array kSurnameReadings{
    SurnameReading{U'曾', "zeng"},  SurnameReading{U'单', "shan"},  SurnameReading{U'解', "xie"},
    SurnameReading{U'仇', "qiu"},   SurnameReading{U'朴', "piao"},  SurnameReading{U'查', "zha"},
    SurnameReading{U'区', "ou"},    SurnameReading{U'盖', "ge"},    SurnameReading{U'乐', "yue"},
    SurnameReading{U'尉', "yu"},    SurnameReading{U'长', "chang"}, SurnameReading{U'缪', "miao"},
    SurnameReading{U'翟', "zhai"},  SurnameReading{U'覃', "qin"},   SurnameReading{U'召', "shao"},
    SurnameReading{U'员', "yun"},   SurnameReading{U'秘', "bi"},    SurnameReading{U'种', "chong"},
    SurnameReading{U'句', "gou"},   SurnameReading{U'黑', "he"},    SurnameReading{U'薄', "bo"},
    SurnameReading{U'牟', "mu"},    SurnameReading{U'折', "she"},   SurnameReading{U'能', "nai"},
    SurnameReading{U'繁', "po"},    SurnameReading{U'藏', "zang"},  SurnameReading{U'都', "du"},
    SurnameReading{U'角', "jue"},   SurnameReading{U'洗', "xian"},  SurnameReading{U'隗', "wei"},
    SurnameReading{U'卜', "bu"},    SurnameReading{U'粘', "nian"},  SurnameReading{U'阚', "kan"},
    SurnameReading{U'佴', "nai"},   SurnameReading{U'蕃', "pi"},    SurnameReading{U'颉', "xie"},
    SurnameReading{U'澹', "tan"},   SurnameReading{U'祭', "zhai"},  SurnameReading{U'乜', "nie"},
    SurnameReading{U'便', "pian"},  SurnameReading{U'适', "kuo"},
};

// Readings for letters and digits typed as themselves: "a".."z", "0".."9".
constexpr std::string_view kAsciiReadings = "abcdefghijklmnopqrstuvwxyz0123456789";

[[nodiscard]] bool isAsciiLetter(char32_t c) { return c >= U'a' && c <= U'z'; }
[[nodiscard]] bool isAsciiDigit(char32_t c) { return c >= U'0' && c <= U'9'; }

[[nodiscard]] std::string_view asciiReading(char32_t c) {
    const size_t at = isAsciiLetter(c) ? c - U'a' : 26 + (c - U'0');
    return kAsciiReadings.substr(at, 1);
}

// True for what is not typed when searching: spaces, punctuation, symbols.
[[nodiscard]] bool isSeparator(char32_t c) {
    if (c < 0x80) return !isAsciiLetter(c) && !isAsciiDigit(c);
    return c == 0xB7 || (c >= 0x2000 && c <= 0x206F) || (c >= 0x3000 && c <= 0x303F && c != 0x3007) ||
           c == 0x30FB || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFFEF) || c == 0xFFFD;
}

// Initials of the name's syllables, taking the first character's reading number
// firstReading when it has more than one.
[[nodiscard]] std::string initialsOf(const std::vector<NameSound>& sounds, size_t firstReading) {
    std::string out;
    for (size_t i = 0; i < sounds.size(); ++i) {
        const auto& readings = sounds[i].readings;
        if (readings.empty()) continue;
        const size_t pick = (i == 0 && firstReading < readings.size()) ? firstReading : 0;
        const char letter = readings[pick].front();
        if (letter >= 'a' && letter <= 'z') out += letter;
    }
    return out;
}
} // namespace

std::string_view mandarinReading(char32_t character) {
    for (const auto& block : kBlocks) {
        if (character < block.first || character > block.last) continue;
        const size_t offset = character - block.first;
        const std::string_view row = block.rows[offset / kRowLength];
        const size_t at = (offset % kRowLength) * 2;
        if (at + 1 >= row.size()) return {};
        const size_t index = kDigits.find(row[at]) * kDigits.size() + kDigits.find(row[at + 1]);
        return index < std::size(kSyllables) ? kSyllables[index] : std::string_view{};
    }
    return {};
}

std::string_view surnameReading(char32_t character) {
    const auto* found = std::find_if(kSurnameReadings.begin(), kSurnameReadings.end(),
                                     [character](const SurnameReading& s) { return s.character == character; });
    return found == kSurnameReadings.end() ? std::string_view{} : found->reading;
}

char32_t foldForSearch(char32_t character) {
    if (character >= 0xFF01 && character <= 0xFF5E) character -= 0xFEE0;
    if (character == 0x3000) return U' ';
    if (character >= U'A' && character <= U'Z') return character - U'A' + U'a';
    return character;
}

std::vector<NameSound> nameSounds(std::string_view utf8Name) {
    std::vector<NameSound> sounds;
    for (const char32_t raw : decodeUtf8(utf8Name)) {
        const char32_t c = foldForSearch(raw);
        if (isSeparator(c)) continue;
        NameSound sound{c, {}};
        if (isAsciiLetter(c) || isAsciiDigit(c)) {
            sound.readings.push_back(asciiReading(c));
        } else if (const auto common = mandarinReading(c); !common.empty()) {
            const auto surname = sounds.empty() ? surnameReading(c) : std::string_view{};
            if (!surname.empty() && surname != common) sound.readings.push_back(surname);
            sound.readings.push_back(common);
        }
        sounds.push_back(std::move(sound));
    }
    return sounds;
}

std::string pinyinInitials(std::string_view utf8Name) {
    return initialsOf(nameSounds(utf8Name), 0);
}

std::vector<std::string> pinyinInitialVariants(std::string_view utf8Name) {
    const auto sounds = nameSounds(utf8Name);
    std::vector<std::string> variants;
    const size_t firstCount = sounds.empty() ? 1 : std::max<size_t>(1, sounds.front().readings.size());
    for (size_t pick = 0; pick < firstCount; ++pick) {
        auto initials = initialsOf(sounds, pick);
        if (std::find(variants.begin(), variants.end(), initials) == variants.end()) {
            variants.push_back(std::move(initials));
        }
    }
    return variants;
}

} // namespace game
