#pragma once
// Headless scene tests: ImGui with no window (the font atlas is built, no GL),
// frames stepped by the test, widgets found by label, clicked, typed into, and
// the text a frame drew read back.
#include "app/font_atlas.h"
#include "app/game_services.h"
#include "game/settings.h"
#include "game/strings.h"
#include "scenes/scene_stack.h"
#include "scenes/services.h"
#include "scenes/ui.h"
#include "scenes/automation/ui_driver.h"
#include "support/temp_folder.h"

#include <filesystem>
#include <memory>
#include <string>

namespace testing {

class HeadlessUi {
public:
    explicit HeadlessUi(game::Language language = game::Language::ZhCN);
    // With the banks of another folder (fixtures) instead of the built-in ones.
    HeadlessUi(game::Language language, const std::filesystem::path& banksFolder);
    // With another records database (a district's worth of rows) instead of an empty one of its own.
    HeadlessUi(game::Language language, const std::filesystem::path& banksFolder, const std::filesystem::path& database);
    ~HeadlessUi();
    HeadlessUi(const HeadlessUi&) = delete;
    HeadlessUi& operator=(const HeadlessUi&) = delete;

    // Opens a scene from the scene list on an empty stack.
    void open(scenes::SceneId id);
    // Draws frames (the pending scene changes are applied after each).
    void step(int frames = 1);
    // Clicks the widget with this label; false when none is on screen or it is disabled.
    bool click(std::string_view label);
    // Types text into the focused field.
    void type(std::string_view text);
    // Presses a key by UiDriver name (Enter, Escape, 1, ...).
    void key(std::string_view name);
    // True when the last frame drew this text (or a widget with it in its label).
    [[nodiscard]] bool sees(std::string_view text) const;
    // The name of the top scene ("" when the stack is empty).
    [[nodiscard]] std::string topScene() const;
    // Characters drawn in the last frame that the atlas has no glyph for.
    [[nodiscard]] std::string missingGlyphs() const;

    [[nodiscard]] const scenes::UiTrace& trace() const { return m_ui.trace; }
    [[nodiscard]] scenes::SceneStack& stack() { return *m_stack; }
    [[nodiscard]] scenes::Services& services() { return m_game->services(); }
    // The records store (the test's own temporary database).
    [[nodiscard]] game::Store& store() { return *services().store; }
    // The silent voice the scenes speak through (it remembers what was said).
    [[nodiscard]] scenes::SilentVoice& voice() { return *m_voice; }
    // Fixes the clock the scenes see.
    void setNow(game::Timestamp now);
    // Moves the fixed clock on.
    void advance(std::chrono::milliseconds by);
    [[nodiscard]] const game::StringTable& strings() const { return m_strings; }
    [[nodiscard]] game::Settings& settings() { return m_game->settings(); }
    [[nodiscard]] const std::filesystem::path& folder() const { return m_temp.path(); }
    [[nodiscard]] float fontPixels() const;

private:
    void drainDriver();

    TempFolder m_temp;
    game::StringTable m_strings;
    std::unique_ptr<app::GameServices> m_game;
    game::Timestamp m_now{};
    scenes::SilentVoice* m_voice = nullptr;
    scenes::UiContext m_ui;
    std::unique_ptr<app::FontAtlas> m_fonts;
    ImGuiContext* m_context = nullptr;
    std::unique_ptr<scenes::SceneStack> m_stack;
    scenes::UiDriver m_driver;
};

} // namespace testing
