#include "app/font_finder.h"

#include <fontconfig/fontconfig.h>

#include <array>
#include <memory>

namespace app {

namespace {
struct PatternDeleter { void operator()(FcPattern* p) const { FcPatternDestroy(p); } };
using Pattern = std::unique_ptr<FcPattern, PatternDeleter>;

// True when the face covers a handful of everyday Chinese characters.
bool coversChinese(FcPattern* font) {
    FcCharSet* charset = nullptr;
    if (FcPatternGetCharSet(font, FC_CHARSET, 0, &charset) != FcResultMatch) return false;
    for (FcChar32 c : {0x4E2Du, 0x6587u, 0x8BC8u, 0x9A97u}) // 中 文 诈 骗
        if (!FcCharSetHasChar(charset, c)) return false;
    return true;
}

std::optional<FontFile> match(FcConfig* config, const char* family, const char* lang) {
    Pattern pattern(FcPatternCreate());
    if (family) FcPatternAddString(pattern.get(), FC_FAMILY, reinterpret_cast<const FcChar8*>(family));
    FcPatternAddString(pattern.get(), FC_LANG, reinterpret_cast<const FcChar8*>(lang));
    FcPatternAddInteger(pattern.get(), FC_WEIGHT, FC_WEIGHT_REGULAR);
    FcConfigSubstitute(config, pattern.get(), FcMatchPattern);
    FcDefaultSubstitute(pattern.get());
    FcResult result = FcResultNoMatch;
    Pattern font(FcFontMatch(config, pattern.get(), &result));
    if (!font || result != FcResultMatch || !coversChinese(font.get())) return std::nullopt;
    FcChar8* file = nullptr;
    FcChar8* name = nullptr;
    int index = 0;
    if (FcPatternGetString(font.get(), FC_FILE, 0, &file) != FcResultMatch) return std::nullopt;
    FcPatternGetInteger(font.get(), FC_INDEX, 0, &index);
    FcPatternGetString(font.get(), FC_FAMILY, 0, &name);
    const std::string found = name ? reinterpret_cast<const char*>(name) : "";
    // A named request is only met by that family; fontconfig otherwise falls back.
    if (family && found.find(family) == std::string::npos && std::string(family).find(found) == std::string::npos)
        return std::nullopt;
    return FontFile{reinterpret_cast<const char*>(file), index, found};
}
} // namespace

std::optional<FontFile> findChineseFont() {
    if (!FcInit()) return std::nullopt;
    FcConfig* config = FcConfigGetCurrent();
    constexpr std::array<const char*, 3> families{"Noto Sans CJK SC", "WenQuanYi Zen Hei", nullptr};
    for (const char* family : families)
        if (auto found = match(config, family, "zh-cn")) return found;
    return std::nullopt;
}

} // namespace app
