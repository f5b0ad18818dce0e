#include "app/font_atlas.h"

#include "game/utf8.h"

#include <imgui_freetype.h>

#include <fstream>
#include <stdexcept>

namespace app {

GlyphSet::GlyphSet() {
    for (char32_t c = 0x20; c < 0x7F; ++c) m_codepoints.insert(c);
    for (char32_t c : {U'…', U'·', U'—', U'“', U'”', U'‘', U'’', U'，', U'。', U'：', U'？', U'！', U'（', U'）', U'、', U'¥', U'\uFFFD'})
        m_codepoints.insert(c);
}

bool GlyphSet::add(std::string_view text) {
    bool added = false;
    for (char32_t c : game::decodeUtf8(text)) {
        if (c < 0x20 || c > 0xFFFF) continue; // ImWchar is 16-bit in Debian's ImGui
        added |= m_codepoints.insert(c).second;
    }
    return added;
}

std::vector<ImWchar> GlyphSet::ranges() const {
    std::vector<ImWchar> out;
    for (auto it = m_codepoints.begin(); it != m_codepoints.end();) {
        const char32_t first = *it;
        char32_t last = first;
        for (++it; it != m_codepoints.end() && *it == last + 1; ++it) last = *it;
        out.push_back(static_cast<ImWchar>(first));
        out.push_back(static_cast<ImWchar>(last));
    }
    out.push_back(0);
    return out;
}

FontAtlas::FontAtlas(FontFile file) : m_file(std::move(file)) {
    // One read of the whole file (a CJK font is about 20 MB; byte by byte takes half a second).
    std::ifstream in(m_file.path, std::ios::binary | std::ios::ate);
    const auto size = in ? static_cast<std::streamoff>(in.tellg()) : std::streamoff(-1);
    if (size <= 0) throw std::runtime_error("cannot read " + m_file.path);
    m_bytes.resize(static_cast<size_t>(size));
    in.seekg(0);
    if (!in.read(reinterpret_cast<char*>(m_bytes.data()), size)) throw std::runtime_error("cannot read " + m_file.path);
}

bool FontAtlas::noteFrame(const scenes::UiTrace& trace) {
    for (const auto& t : trace.texts()) {
        m_dirty |= m_glyphs.add(t);
        m_dirty |= m_displayGlyphs.add(t);
    }
    for (const auto& w : trace.widgets()) {
        m_dirty |= m_glyphs.add(w.label);
        m_dirty |= m_displayGlyphs.add(w.label);
    }
    return m_dirty;
}

bool FontAtlas::setPixels(float pixels) {
    if (pixels == m_pixels) return false;
    m_pixels = pixels;
    m_dirty = true;
    return true;
}

scenes::Fonts FontAtlas::build(ImGuiIO& io) {
    m_ranges = m_glyphs.ranges();
    m_displayRanges = m_displayGlyphs.ranges();
    io.Fonts->Clear();
    io.Fonts->FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    auto add = [&](float pixels, const std::vector<ImWchar>& ranges) {
        ImFontConfig config;
        config.FontDataOwnedByAtlas = false; // the bytes stay in m_bytes
        config.FontNo = m_file.faceIndex;
        config.OversampleH = 1;
        config.OversampleV = 1;
        ImFont* font = io.Fonts->AddFontFromMemoryTTF(m_bytes.data(), static_cast<int>(m_bytes.size()), pixels,
                                                      &config, ranges.data());
        if (!font) throw std::runtime_error("cannot load a face from " + m_file.path);
        return font;
    };
    scenes::Fonts fonts;
    fonts.body = add(m_pixels, m_ranges);
    fonts.heading = add(m_pixels * 1.35f, m_displayRanges);
    fonts.title = add(m_pixels * 2.0f, m_displayRanges);
    if (!io.Fonts->Build()) throw std::runtime_error("cannot build the font atlas from " + m_file.path);
    io.FontDefault = fonts.body;
    m_dirty = false;
    return fonts;
}

} // namespace app
