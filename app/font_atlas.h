#pragma once
// The font atlas: built from the glyphs the program actually shows, at the
// player's text size, and rebuilt between frames when new text needs glyphs.
#include "app/font_finder.h"
#include "scenes/ui.h"

#include <imgui.h>

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace app {

// The code points the atlas must hold.
class GlyphSet {
public:
    GlyphSet();
    // Adds the characters of UTF-8 text; returns true when any were new.
    bool add(std::string_view text);
    [[nodiscard]] bool contains(char32_t c) const { return m_codepoints.count(c) > 0; }
    [[nodiscard]] size_t size() const { return m_codepoints.size(); }
    // Glyph ranges in ImGui's form (pairs, zero-terminated).
    [[nodiscard]] std::vector<ImWchar> ranges() const;

private:
    std::set<char32_t> m_codepoints;
};

// Owns the font file's bytes and builds ImGui fonts from them.
class FontAtlas {
public:
    // Reads the font file; throws std::runtime_error naming it when it cannot.
    explicit FontAtlas(FontFile file);

    // Adds text that will be shown in body text (banks, names): only the body font
    // holds every glyph up front, so the atlas stays small and quick to build.
    void addText(std::string_view text) { m_dirty |= m_glyphs.add(text); }
    // Adds text that may be shown in any size (the string tables).
    void addUiText(std::string_view text) {
        m_dirty |= m_glyphs.add(text);
        m_dirty |= m_displayGlyphs.add(text);
    }
    // Adds every text the frame drew; true when the atlas must be rebuilt.
    bool noteFrame(const scenes::UiTrace& trace);
    // Sets the text size in pixels; true when it changed.
    bool setPixels(float pixels);
    [[nodiscard]] bool dirty() const { return m_dirty; }

    // Clears and rebuilds the atlas of the current ImGui context, returns the fonts.
    // The caller uploads the texture (the GL backend, or nothing when headless).
    scenes::Fonts build(ImGuiIO& io);
    [[nodiscard]] const FontFile& file() const { return m_file; }
    [[nodiscard]] size_t glyphCount() const { return m_glyphs.size(); }

private:
    FontFile m_file;
    std::vector<unsigned char> m_bytes;
    GlyphSet m_glyphs;         // the body font's
    GlyphSet m_displayGlyphs;  // the heading and title fonts': UI strings and what frames drew
    std::vector<ImWchar> m_ranges;
    std::vector<ImWchar> m_displayRanges;
    float m_pixels = 22.0f;
    bool m_dirty = true;
};

} // namespace app
