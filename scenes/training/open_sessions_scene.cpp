#include "scenes/training/open_sessions_scene.h"

#include "game/local_time.h"
#include "scenes/palette.h"
#include "scenes/scene_stack.h"
#include "scenes/training/sign_in_scene.h"
#include "scenes/ui.h"

namespace scenes {

OpenSessionsScene::OpenSessionsScene(Services& services) : m_services(services) {}

void OpenSessionsScene::draw(SceneStack& stack) {
    const auto& s = m_services.strings;
    ui::beginScreen("##session-list");
    ui::title(s.get("session.list.title"));
    if (!m_services.store) {
        ui::coloured(m_services.storeProblem, palette::kBad);
    } else {
        const auto open = m_services.store->sessionsWithStatus(game::SessionStatus::Open);
        if (open.empty()) ui::text(s.get("session.list.none"));
        for (const auto& session : open) {
            const auto unit = m_services.store->unit(session.unit);
            std::string label = session.title + "  ·  " + (unit ? unit->name : "") + "  ·  "
                + game::formatLocalTime(session.startsAt);
            if (!session.place.empty()) label += "  ·  " + session.place;
            if (ui::bigButton(label + "##open" + std::to_string(session.id.value)))
                stack.push(std::make_unique<SignInScene>(m_services, session.id));
        }
    }
    ImGui::Spacing();
    if (ui::button(s.get("common.back") + "##back") || ui::keyPressed(ImGuiKey_Escape)) stack.pop();
    ui::endScreen();
}

} // namespace scenes
