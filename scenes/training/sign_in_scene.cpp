#include "scenes/training/sign_in_scene.h"

#include "game/local_time.h"
#include "scenes/names.h"
#include "scenes/quiz/quiz_scene.h"
#include "scenes/scene_stack.h"
#include "scenes/ui.h"

namespace scenes {

namespace {
// The unit and the units below it, in tree order.
std::vector<game::Unit> subtree(game::Store& store, game::UnitId root) {
    std::vector<game::Unit> out;
    int rootDepth = -1;
    for (const auto& u : store.listUnits()) {
        if (rootDepth >= 0 && u.depth <= rootDepth) break;
        if (u.unit.id == root) rootDepth = u.depth;
        if (rootDepth >= 0) out.push_back(u.unit);
    }
    return out;
}
} // namespace

SignInScene::SignInScene(Services& services, game::SessionId session) : m_services(services), m_session(session) {}

void SignInScene::draw(SceneStack& stack) {
    const auto& s = m_services.strings;
    auto& store = *m_services.store;
    const auto session = store.session(m_session);
    ui::beginScreen("##sign-in");
    if (!session) {
        ui::text(s.get("signin.no_session"));
        if (ui::button(s.get("common.back") + "##back")) stack.pop();
        ui::endScreen();
        return;
    }
    ui::title(s.get("signin.title"));
    const auto unit = store.unit(session->unit);
    ui::heading(session->title);
    std::string details = (unit ? unit->name + "  ·  " : "") + game::formatLocalTime(session->startsAt);
    if (!session->place.empty()) details += "  ·  " + session->place;
    ui::hint(details + "  ·  " + s.format("signin.count", {std::to_string(store.signIns(m_session).size())}));
    ImGui::Separator();
    // Escape in the confirm or add-at-door step only leaves that step (it is read
    // before drawing it, since "不是" by Escape clears m_confirming this frame).
    const bool inStep = m_confirming || m_adding;
    if (session->status != game::SessionStatus::Open) {
        ui::text(s.get("signin.closed"));
    } else if (m_confirming) {
        drawConfirm(stack, *session);
    } else if (m_adding) {
        drawAddAtDoor(stack, *session);
    } else {
        if (auto picked = m_picker.draw(s, store.peopleInUnit(session->unit, true))) m_confirming = picked;
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
    auto& store = *m_services.store;
    ui::heading(s.get("signin.add_title"));
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
    ui::inputText(s.get("person.name") + "##door-name", m_newName);
    const auto units = subtree(store, session.unit);
    std::vector<std::string> names;
    for (const auto& u : units) names.push_back(u.name);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
    ui::combo(s.get("person.unit") + "##door-unit", m_newUnit, names);
    ui::hint(s.get("person.privacy"));
    if (ui::button(s.get("signin.add_and_start") + "##door-add")) {
        if (m_newName.find_first_not_of(' ') == std::string::npos || units.empty()) {
            stack.showError(s.get("person.need_name"));
            return;
        }
        game::Person person;
        person.name = m_newName;
        person.unit = units.at(static_cast<size_t>(std::clamp(m_newUnit, 0, static_cast<int>(units.size()) - 1))).id;
        person.createdAt = m_services.now();
        person.id = store.addPerson(person);
        m_adding = false;
        signInAndStart(stack, session, person, game::SignInMethod::AddedAtDoor);
        return;
    }
    ImGui::SameLine();
    if (ui::button(s.get("common.cancel") + "##door-cancel")) m_adding = false;
}

void SignInScene::signInAndStart(SceneStack& stack, const game::TrainingSession& session, const game::Person& person,
                                 game::SignInMethod method) {
    m_services.store->signIn(session.id, person.id, m_services.now(), method);
    stack.push(startQuiz(m_services, person, session));
}

} // namespace scenes
