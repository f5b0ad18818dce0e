#include "scenes/title/settings_scene.h"

#include "game/atomic_file.h"
#include "scenes/scene_stack.h"
#include "scenes/ui.h"

#include <array>

namespace scenes {

SettingsScene::SettingsScene(Services& services) : m_services(services) {}

void SettingsScene::save(SceneStack& stack) {
    try {
        m_services.settingsFile.save(m_services.settings);
    } catch (const game::WriteError& e) {
        stack.showError(m_services.strings.format("settings.save_failed", {e.what()}));
    }
}

void SettingsScene::draw(SceneStack& stack) {
    const auto& s = m_services.strings;
    auto& settings = m_services.settings;
    ui::beginScreen("##settings");
    // Back comes first, so it stays on screen at the largest text size.
    if (ui::button(s.get("common.back") + "##back") || ui::keyPressed(ImGuiKey_Escape)) stack.pop();
    ImGui::SameLine(0, ImGui::GetFontSize());
    ui::title(s.get("settings.title"));
    ImGui::Separator();
    ui::heading(s.get("settings.text_size"));
    constexpr std::array<std::pair<game::TextSize, const char*>, 3> sizes{{
        {game::TextSize::Standard, "settings.text_size.standard"},
        {game::TextSize::Large, "settings.text_size.large"},
        {game::TextSize::ExtraLarge, "settings.text_size.extra_large"},
    }};
    for (const auto& [size, key] : sizes) {
        if (ui::choice(s.get(key) + "##" + key, settings.textSize == size) && settings.textSize != size) {
            settings.textSize = size;
            save(stack);
        }
        ImGui::SameLine(0, ImGui::GetFontSize() * 1.5f);
    }
    ImGui::NewLine();
    ui::hint(s.get("settings.text_size.sample"));
    ImGui::Spacing();
    ui::heading(s.get("settings.sound"));
    if (ui::choice(s.get("settings.sound.on") + "##sound-on", !settings.muted) && settings.muted) {
        settings.muted = false;
        save(stack);
    }
    ImGui::SameLine(0, ImGui::GetFontSize() * 1.5f);
    if (ui::choice(s.get("settings.sound.off") + "##sound-off", settings.muted) && !settings.muted) {
        settings.muted = true;
        save(stack);
    }
    ImGui::Spacing();
    ui::hint(s.format("settings.kept_in", {m_services.settingsFile.path().string()}));
    ui::endScreen();
}

} // namespace scenes
