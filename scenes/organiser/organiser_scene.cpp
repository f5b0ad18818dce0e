#include "scenes/organiser/organiser_scene.h"

#include "scenes/palette.h"
#include "scenes/scene_list.h"
#include "scenes/scene_stack.h"
#include "scenes/ui.h"

namespace scenes {

OrganiserScene::OrganiserScene(Services& services) : m_services(services) {}

void OrganiserScene::draw(SceneStack& stack) {
    const auto& s = m_services.strings;
    ui::beginScreen("##organiser");
    ui::title(s.get("organiser.title"));
    const bool haveStore = m_services.store != nullptr;
    if (!haveStore) ui::coloured(m_services.storeProblem, palette::kBad);
    const float width = ImGui::GetFontSize() * 18;
    if (ui::bigButton(s.get("organiser.units") + "##units", haveStore, width)) stack.push(makeScene(SceneId::Units, m_services));
    ui::hint(s.get("organiser.units.desc"));
    if (ui::bigButton(s.get("organiser.sessions") + "##sessions", haveStore, width))
        stack.push(makeScene(SceneId::ManageSessions, m_services));
    ui::hint(s.get("organiser.sessions.desc"));
    if (ui::bigButton(s.format("organiser.banks", {std::to_string(m_services.banks.banks.size()),
                                                   std::to_string(m_services.banks.skipped.size())}) + "##banks",
                      true, width))
        stack.push(makeScene(SceneId::BankReport, m_services));
    ui::hint(s.get("organiser.banks.desc"));
    if (ui::bigButton(s.get("organiser.region") + "##region", true, width)) stack.push(makeScene(SceneId::Region, m_services));
    ui::hint(s.format("organiser.region.desc", {m_services.settings.region.localLine, m_services.settings.region.localWechat}));
    ImGui::Spacing();
    if (ui::button(s.get("common.back") + "##back") || ui::keyPressed(ImGuiKey_Escape)) stack.pop();
    ui::endScreen();
}

} // namespace scenes
