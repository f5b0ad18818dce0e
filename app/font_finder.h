#pragma once
// Finding a Chinese font on this machine (fontconfig on Linux; this is the one
// file to replace for Windows, where it would look in C:\Windows\Fonts).
#include <optional>
#include <string>

namespace app {

// A font file and the face in it that draws Simplified Chinese.
struct FontFile {
    std::string path;
    int faceIndex = 0;
    std::string family;
};

// Noto Sans CJK SC first, then WenQuanYi Zen Hei, then any face that covers
// common Chinese characters; nothing when the machine has none.
[[nodiscard]] std::optional<FontFile> findChineseFont();

} // namespace app
