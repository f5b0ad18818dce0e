#include "scenes/organiser/units_scene.h"

#include "scenes/names.h"
#include "scenes/palette.h"
#include "scenes/scene_stack.h"
#include "scenes/ui.h"

#include <algorithm>

namespace scenes {

UnitsScene::UnitsScene(Services& services) : m_services(services) { reload(); }

void UnitsScene::reload() {
    auto& store = *m_services.store;
    m_units = store.listUnits();
    const auto found = std::find_if(m_units.begin(), m_units.end(), [&](const auto& u) { return m_selected == u.unit.id; });
    if (found == m_units.end()) {
        m_selected.reset();
        m_people.clear();
        return;
    }
    m_selectedName = found->unit.name;
    m_people = store.peopleInUnit(*m_selected, false);
}

void UnitsScene::select(game::UnitId unit) {
    m_selected = unit;
    reload();
    m_rename = m_selectedName;
    clearPersonForm();
}

void UnitsScene::draw(SceneStack& stack) {
    const auto& s = m_services.strings;
    ui::beginScreen("##units");
    ui::title(s.get("units.title"));
    if (!m_status.empty()) ui::coloured(m_status, palette::kGood);
    const float left = ImGui::GetContentRegionAvail().x * 0.42f;
    const float height = ImGui::GetContentRegionAvail().y - ImGui::GetFrameHeightWithSpacing() * 1.6f;
    ImGui::BeginChild("##unit-column", ImVec2(left, height), true);
    drawUnits(stack);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("##people-column", ImVec2(0, height), true);
    drawPeople(stack);
    ImGui::EndChild();
    if (ui::button(s.get("common.back") + "##back") || ui::keyPressed(ImGuiKey_Escape)) stack.pop();
    ui::endScreen();
}

void UnitsScene::drawUnits(SceneStack& stack) {
    const auto& s = m_services.strings;
    ui::heading(s.get("units.units"));
    if (m_units.empty()) ui::hint(s.get("units.none"));
    std::optional<game::UnitId> picked;
    for (const auto& u : m_units) {
        const std::string indent(static_cast<size_t>(u.depth) * 3, ' ');
        if (ui::selectable(indent + u.unit.name + "  · " + nameOf(s, u.unit.kind) + "##unit" + std::to_string(u.unit.id.value),
                           m_selected == u.unit.id))
            picked = u.unit.id;
    }
    if (picked) select(*picked); // after the loop: select() reloads m_units
    ImGui::Separator();
    drawNewUnit(stack);
    if (!m_selected) return;
    ImGui::Separator();
    ui::inputText(s.get("units.rename_to") + "##rename", m_rename);
    if (ui::button(s.get("units.rename") + "##rename-unit")) {
        if (!game::isNamed(m_rename)) {
            stack.showError(s.get("units.need_name"));
        } else {
            m_services.store->renameUnit(*m_selected, m_rename);
            m_status = s.format("units.renamed", {m_rename});
            reload();
        }
    }
}

void UnitsScene::drawNewUnit(SceneStack& stack) {
    const auto& s = m_services.strings;
    ui::inputText(s.get("units.new_name") + "##new-unit", m_unitName);
    ui::combo(s.get("units.kind") + "##unit-kind", m_unitKind, namesOf(s, allUnitKinds()));
    if (m_selected) ui::checkbox(s.get("units.under_selected") + "##under", m_underSelected);
    if (!ui::button(s.get("units.add") + "##add-unit")) return;
    if (!game::isNamed(m_unitName)) {
        stack.showError(s.get("units.need_name"));
        return;
    }
    const auto parent = m_selected && m_underSelected ? m_selected : std::nullopt;
    const auto added = m_services.store->addUnit(m_unitName, allUnitKinds()[static_cast<size_t>(m_unitKind)], parent);
    m_status = s.format("units.added", {m_unitName});
    m_unitName.clear();
    select(added);
}

void UnitsScene::drawPeople(SceneStack& stack) {
    const auto& s = m_services.strings;
    if (!m_selected) {
        ui::hint(s.get("units.pick_unit"));
        return;
    }
    ui::heading(s.format("units.people_of", {m_selectedName, std::to_string(m_people.size())}));
    // The form below needs about seven rows; the list takes what is left.
    const float formHeight = ImGui::GetFrameHeightWithSpacing() * 5 + ImGui::GetTextLineHeightWithSpacing() * 3;
    ImGui::BeginChild("##people-list", ImVec2(0, std::max(ImGui::GetFrameHeight() * 2, ImGui::GetContentRegionAvail().y - formHeight)));
    // A whole township's roster can be thousands of names: only the rows in view are drawn.
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(m_people.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const auto& p = m_people[static_cast<size_t>(i)];
            std::string row = p.name + "  · " + nameOf(s, p.role);
            if (p.number) row += "  · " + *p.number;
            if (ui::selectable(row + "##person" + std::to_string(p.id.value), m_editing == p.id)) editPerson(p);
        }
    }
    if (m_people.empty()) ui::hint(s.get("units.no_people"));
    ImGui::EndChild();
    ImGui::Separator();
    drawPersonForm(stack);
}

void UnitsScene::drawPersonForm(SceneStack& stack) {
    const auto& s = m_services.strings;
    ui::text(m_editing ? s.get("units.edit_person") : s.get("units.add_person"));
    const auto& roles = allPersonRoles();
    int role = static_cast<int>(std::find(roles.begin(), roles.end(), m_person.role) - roles.begin());
    ui::inputText(s.get("person.name") + "##person-name", m_person.name);
    if (ui::combo(s.get("person.role") + "##person-role", role, namesOf(s, roles))) m_person.role = roles[static_cast<size_t>(role)];
    ui::inputText(s.get("person.number") + "##person-number", m_person.number);
    ui::hint(s.get("person.privacy"));
    const std::string action = m_editing ? s.get("units.save_person") : s.get("units.add_person_button");
    if (ui::button(action + "##save-person")) savePerson(stack);
    if (m_editing) {
        ImGui::SameLine();
        if (ui::button(s.get("common.cancel") + "##cancel-edit")) clearPersonForm();
    }
}

void UnitsScene::savePerson(SceneStack& stack) {
    const auto& s = m_services.strings;
    auto person = game::toPerson(m_person, *m_selected, m_services.now());
    if (!person) {
        stack.showError(s.get("person.need_name"));
        return;
    }
    if (m_editing) {
        person->id = *m_editing;
        m_services.store->updatePerson(*person);
        m_status = s.format("units.person_saved", {person->name});
    } else {
        m_services.store->addPerson(*person);
        m_status = s.format("units.person_added", {person->name});
    }
    clearPersonForm();
    reload();
}

void UnitsScene::editPerson(const game::Person& person) {
    m_editing = person.id;
    m_person = game::personFormOf(person);
}

void UnitsScene::clearPersonForm() {
    m_editing.reset();
    const auto role = m_person.role; // the next person of a class is likely a pupil too
    m_person = game::PersonForm{};
    m_person.role = role;
}

} // namespace scenes
