#include "scenes/training/sign_in_scene.h"

#include "game/local_time.h"
#include "game/roster/door_sign_in.h"
#include "game/roster/unit_tree.h"
#include "scenes/names.h"
#include "scenes/quiz/quiz_scene.h"
#include "scenes/scene_stack.h"
#include "scenes/ui.h"

#include <algorithm>

namespace scenes {

SignInScene::SignInScene(Services& services, game::SessionId session) : m_services(services), m_sessionId(session) {
    load();
}

void SignInScene::resumed() {
    m_heldError.run([this] { load(); });
}

void SignInScene::load() {
    auto& store = *m_services.store;
    const auto& s = m_services.strings;
    m_session = store.session(m_sessionId);
    if (!m_session) return;
    const auto units = store.listUnits();
    m_doorUnits = game::unitAndBelow(units, m_session->unit);
    m_doorUnitNames.clear();
    for (const auto& u : m_doorUnits) m_doorUnitNames.push_back(u.name);
    m_details = (m_doorUnits.empty() ? "" : m_doorUnits.front().name + "  ·  ") + game::formatLocalTime(m_session->startsAt);
    if (!m_session->place.empty()) m_details += "  ·  " + m_session->place;
    m_details += "  ·  " + s.format("signin.count", {std::to_string(store.signInCount(m_sessionId))});
    m_picker.setPeople(store.peopleInUnit(m_session->unit, true));
}

void SignInScene::draw(SceneStack& stack) {
    const auto& s = m_services.strings;
    m_heldError.show(stack);
    ui::beginScreen("##sign-in");
    if (!m_session) {
        ui::text(s.get("signin.no_session"));
        if (ui::button(s.get("common.back") + "##back")) stack.pop();
        ui::endScreen();
        return;
    }
    const game::TrainingSession session = *m_session; // a sign-in below may reload m_session
    ui::title(s.get("signin.title"));
    ui::heading(session.title);
    ui::hint(m_details);
    ImGui::Separator();
    // Escape in the confirm or add-at-door step only leaves that step (it is read
    // before drawing it, since "不是" by Escape clears m_confirming this frame).
    const bool inStep = m_confirming || m_adding;
    if (session.status != game::SessionStatus::Open) {
        ui::text(s.get("signin.closed"));
    } else if (m_confirming) {
        drawConfirm(stack, session);
    } else if (m_adding) {
        drawAddAtDoor(stack, session);
    } else {
        if (auto picked = m_picker.draw(s)) m_confirming = picked;
        ImGui::Spacing();
        if (ui::button(s.get("signin.not_listed") + "##add-at-door")) {
            m_adding = true;
            m_newName.clear();
        }
    }
    ImGui::Spacing();
    if (ui::button(s.get("signin.done") + "##back") || (ui::keyPressed(ImGuiKey_Escape) && !inStep))
        stack.pop();
    ui::endScreen();
}

void SignInScene::drawConfirm(SceneStack& stack, const game::TrainingSession& session) {
    const auto& s = m_services.strings;
    ui::heading(s.format("signin.confirm", {m_confirming->name}));
    if (m_confirming->number) ui::text(*m_confirming->number);
    if (ui::bigButton(s.get("signin.yes") + "##yes", true, ImGui::GetFontSize() * 12) || ui::keyPressed(ImGuiKey_Enter)) {
        const auto person = *m_confirming;
        m_confirming.reset();
        m_picker.clear();
        signInAndStart(stack, session, person, game::SignInMethod::Roster);
        return;
    }
    if (ui::bigButton(s.get("signin.no") + "##no", true, ImGui::GetFontSize() * 12) || ui::keyPressed(ImGuiKey_Escape))
        m_confirming.reset();
}

void SignInScene::drawAddAtDoor(SceneStack& stack, const game::TrainingSession& session) {
    const auto& s = m_services.strings;
    ui::heading(s.get("signin.add_title"));
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
    ui::inputText(s.get("person.name") + "##door-name", m_newName);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
    ui::combo(s.get("person.unit") + "##door-unit", m_newUnit, m_doorUnitNames);
    ui::hint(s.get("person.privacy"));
    if (ui::button(s.get("signin.add_and_start") + "##door-add")) {
        std::optional<game::Person> person;
        if (!m_doorUnits.empty()) {
            const auto at = static_cast<size_t>(std::clamp(m_newUnit, 0, static_cast<int>(m_doorUnits.size()) - 1));
            person = game::personAtDoor(m_newName, m_doorUnits[at].id, m_services.now());
        }
        if (!person) {
            stack.showError(s.get("person.need_name"));
            return;
        }
        person->id = m_services.store->addPerson(*person);
        m_adding = false;
        signInAndStart(stack, session, *person, game::SignInMethod::AddedAtDoor);
        return;
    }
    ImGui::SameLine();
    if (ui::button(s.get("common.cancel") + "##door-cancel")) m_adding = false;
}

void SignInScene::signInAndStart(SceneStack& stack, const game::TrainingSession& session, const game::Person& person,
                                 game::SignInMethod method) {
    try {
        m_services.store->signIn(session.id, person.id, m_services.now(), method);
    } catch (const game::StoreError& error) {
        if (error.kind() != game::StoreError::Kind::SessionNotOpen) throw;
        load(); // closed since the screen read it: the reloaded view says so
        return;
    }
    load(); // one more signed in (and perhaps one more on the roster)
    stack.push(startQuiz(m_services, person, session));
}

} // namespace scenes
