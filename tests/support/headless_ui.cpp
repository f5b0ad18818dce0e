#include "support/headless_ui.h"

#include "app/style.h"

#include "app/data_folder.h"
#include "app/font_finder.h"
#include "game/utf8.h"
#include "scenes/scene_list.h"

#include <stdexcept>

namespace testing {

HeadlessUi::HeadlessUi(game::Language language) : HeadlessUi(language, app::questionsFolder()) {}

HeadlessUi::HeadlessUi(game::Language language, const std::filesystem::path& banksFolder)
    : HeadlessUi(language, banksFolder, {}) {}

HeadlessUi::HeadlessUi(game::Language language, const std::filesystem::path& banksFolder, const std::filesystem::path& database)
    : m_strings(game::StringTable::load(app::assetsFolder(), language)) {
    auto voice = std::make_unique<scenes::SilentVoice>();
    m_voice = voice.get();
    m_game = std::make_unique<app::GameServices>(m_strings, m_temp.path(),
                                                 database.empty() ? m_temp.path() / "scamdrill.db" : database, banksFolder,
                                                 std::move(voice));
    m_now = game::timestampFromUnixMs(1'795'000'000'000); // 2026-11-18, fixed
    m_game->services().now = [this] { return m_now; };
    std::uint64_t seed = 42;
    m_game->services().newSeed = [seed]() mutable { return seed++; };
    const auto font = app::findChineseFont();
    if (!font) throw std::runtime_error("headless tests need a Chinese font (fonts-noto-cjk)");
    m_fonts = std::make_unique<app::FontAtlas>(*font);
    for (const auto& [key, text] : m_strings.entries()) m_fonts->addUiText(text);

    m_context = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1280, 720);
    io.DeltaTime = 1.0f / 60.0f;
    io.UserData = &m_ui;
    for (int k = 0; k < ImGuiKey_COUNT; ++k) io.KeyMap[k] = k; // keys by ImGuiKey index
    m_stack = std::make_unique<scenes::SceneStack>(m_strings);
}

HeadlessUi::~HeadlessUi() {
    m_stack.reset();
    ImGui::DestroyContext(m_context);
}

void HeadlessUi::open(scenes::SceneId id) {
    auto scene = scenes::makeScene(id, services());
    if (!scene) throw std::runtime_error("scene " + std::string(scenes::codeOf(id)) + " is not in the scene list");
    while (!m_stack->empty()) {
        m_stack->pop();
        m_stack->applyPending();
    }
    m_stack->push(std::move(scene));
    m_stack->applyPending();
    step(2);
}

void HeadlessUi::step(int frames) {
    ImGuiIO& io = ImGui::GetIO();
    for (int i = 0; i < frames; ++i) {
        m_fonts->setPixels(game::textPixels(settings().textSize));
        if (m_fonts->dirty()) {
            m_ui.fonts = m_fonts->build(io);
            unsigned char* pixels = nullptr;
            int w = 0, h = 0;
            io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
            app::applyStyle(game::textPixels(settings().textSize)); // padding and spacing as the real window has them
        }
        m_driver.beforeFrame(io);
        ImGui::NewFrame();
        m_ui.trace.beginFrame();
        m_stack->draw();
        ImGui::Render();
        m_stack->applyPending();
        m_fonts->noteFrame(m_ui.trace);
    }
}

void HeadlessUi::drainDriver() {
    for (int guard = 0; !m_driver.idle() && guard < 20; ++guard) step();
    step(2);
}

bool HeadlessUi::click(std::string_view label) {
    auto widget = m_ui.trace.findWidget(label);
    // Scroll a list to it as a person would, a notch at a time.
    for (int notch = 0; widget && widget->enabled && !widget->visible && notch < 60; ++notch) {
        m_driver.scrollTowards(*widget);
        drainDriver();
        widget = m_ui.trace.findWidget(label);
    }
    if (!widget || !widget->enabled || !widget->visible) return false;
    m_driver.click(ImVec2((widget->min.x + widget->max.x) * 0.5f, (widget->min.y + widget->max.y) * 0.5f));
    drainDriver();
    return true;
}

void HeadlessUi::type(std::string_view text) {
    m_driver.type(text);
    drainDriver();
}

void HeadlessUi::key(std::string_view name) {
    if (!m_driver.key(name)) throw std::runtime_error("no key named " + std::string(name));
    drainDriver();
}

bool HeadlessUi::sees(std::string_view text) const { return m_ui.trace.shows(text); }

std::string HeadlessUi::topScene() const {
    return m_stack->top() ? std::string(m_stack->top()->name()) : std::string();
}

std::string HeadlessUi::missingGlyphs() const {
    std::string missing;
    auto check = [&](const std::string& text) {
        for (char32_t c : game::decodeUtf8(text)) {
            if (c < 0x20 || c > 0xFFFF) continue;
            for (ImFont* font : {m_ui.fonts.body, m_ui.fonts.heading, m_ui.fonts.title})
                if (!font || !font->FindGlyphNoFallback(static_cast<ImWchar>(c))) {
                    missing += game::encodeUtf8(c);
                    break;
                }
        }
    };
    for (const auto& t : m_ui.trace.texts()) check(t);
    for (const auto& w : m_ui.trace.widgets()) check(w.label);
    return missing;
}

void HeadlessUi::setNow(game::Timestamp now) { m_now = now; }

void HeadlessUi::advance(std::chrono::milliseconds by) { m_now += by; }

float HeadlessUi::fontPixels() const { return m_ui.fonts.body ? m_ui.fonts.body->FontSize : 0.0f; }

} // namespace testing
