#include "scenes/training/open_sessions_scene.h"

#include "game/local_time.h"
#include "scenes/palette.h"
#include "scenes/scene_stack.h"
#include "scenes/training/sign_in_scene.h"
#include "scenes/ui.h"

#include <map>

namespace scenes {

OpenSessionsScene::OpenSessionsScene(Services& services) : m_services(services) { load(); }

void OpenSessionsScene::resumed() {
    m_heldError.run([this] { load(); });
}

void OpenSessionsScene::load() {
    m_open.clear();
    if (!m_services.store) return;
    std::map<game::UnitId, std::string> unitNames;
    for (const auto& u : m_services.store->listUnits()) unitNames[u.unit.id] = u.unit.name;
    for (const auto& session : m_services.store->sessionsWithStatus(game::SessionStatus::Open)) {
        std::string label = session.title + "  ·  " + unitNames[session.unit] + "  ·  " + game::formatLocalTime(session.startsAt);
        if (!session.place.empty()) label += "  ·  " + session.place;
        m_open.push_back({session.id, std::move(label)});
    }
}

void OpenSessionsScene::draw(SceneStack& stack) {
    const auto& s = m_services.strings;
    m_heldError.show(stack);
    ui::beginScreen("##session-list");
    ui::title(s.get("session.list.title"));
    if (!m_services.store) {
        ui::coloured(m_services.storeProblem, palette::kBad);
    } else {
        if (m_open.empty()) ui::text(s.get("session.list.none"));
        for (const auto& row : m_open)
            if (ui::bigButton(row.label + "##open" + std::to_string(row.session.value)))
                stack.push(std::make_unique<SignInScene>(m_services, row.session));
    }
    ImGui::Spacing();
    if (ui::button(s.get("common.back") + "##back") || ui::keyPressed(ImGuiKey_Escape)) stack.pop();
    ui::endScreen();
}

} // namespace scenes
