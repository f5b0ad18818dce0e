#include "scenes/organiser/region_scene.h"

#include "game/atomic_file.h"
#include "scenes/palette.h"
#include "scenes/scene_stack.h"
#include "scenes/ui.h"

namespace scenes {

RegionScene::RegionScene(Services& services) : m_services(services), m_editing(services.settings.region) {}

void RegionScene::draw(SceneStack& stack) {
    const auto& s = m_services.strings;
    ui::beginScreen("##region");
    if (ui::button(s.get("common.back") + "##back") || ui::keyPressed(ImGuiKey_Escape)) stack.pop();
    ImGui::SameLine(0, ImGui::GetFontSize());
    ui::title(s.get("region.title"));
    ui::text(s.get("region.explain"));
    if (!m_status.empty()) ui::coloured(m_status, palette::kGood);
    ImGui::PushItemWidth(ImGui::GetFontSize() * 12);
    ui::inputText(s.get("region.police") + "##police", m_editing.police);
    ui::inputText(s.get("region.antifraud") + "##antifraud", m_editing.antifraud);
    ui::inputText(s.get("region.local_line") + "##local-line", m_editing.localLine);
    ui::inputText(s.get("region.local_wechat") + "##local-wechat", m_editing.localWechat);
    ImGui::PopItemWidth();
    if (ui::button(s.get("region.save") + "##save-region")) {
        if (!m_editing.hasNationalHotlines()) {
            stack.showError(s.get("region.need_national"));
        } else {
            m_services.settings.region = m_editing;
            try {
                m_services.settingsFile.save(m_services.settings);
                m_status = s.get("region.saved");
            } catch (const game::WriteError& e) {
                stack.showError(s.format("settings.save_failed", {e.what()}));
            }
        }
    }
    ImGui::SameLine();
    if (ui::button(s.get("region.defaults") + "##defaults")) m_editing = game::RegionContacts{};
    ui::endScreen();
}

} // namespace scenes
