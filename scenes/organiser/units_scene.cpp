#include "scenes/organiser/units_scene.h"

#include "scenes/names.h"
#include "scenes/palette.h"
#include "scenes/scene_stack.h"
#include "scenes/ui.h"

#include <algorithm>

namespace scenes {

namespace {
std::optional<std::string> optionalText(const std::string& text) {
    if (text.find_first_not_of(' ') == std::string::npos) return std::nullopt;
    return text;
}
} // namespace

UnitsScene::UnitsScene(Services& services) : m_services(services) {}

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
    auto& store = *m_services.store;
    ui::heading(s.get("units.units"));
    const auto units = store.listUnits();
    if (units.empty()) ui::hint(s.get("units.none"));
    for (const auto& u : units) {
        const std::string indent(static_cast<size_t>(u.depth) * 3, ' ');
        const bool selected = m_selected == u.unit.id;
        if (ui::selectable(indent + u.unit.name + "  · " + nameOf(s, u.unit.kind) + "##unit" + std::to_string(u.unit.id.value),
                           selected)) {
            m_selected = u.unit.id;
            m_rename = u.unit.name;
            clearPersonForm();
        }
    }
    ImGui::Separator();
    ui::inputText(s.get("units.new_name") + "##new-unit", m_unitName);
    ui::combo(s.get("units.kind") + "##unit-kind", m_unitKind, namesOf(s, allUnitKinds()));
    if (m_selected) ui::checkbox(s.get("units.under_selected") + "##under", m_underSelected);
    if (ui::button(s.get("units.add") + "##add-unit")) {
        if (!optionalText(m_unitName)) {
            stack.showError(s.get("units.need_name"));
        } else {
            const auto parent = m_selected && m_underSelected ? m_selected : std::nullopt;
            m_selected = m_services.store->addUnit(m_unitName, allUnitKinds()[static_cast<size_t>(m_unitKind)], parent);
            m_status = s.format("units.added", {m_unitName});
            m_rename = m_unitName;
            m_unitName.clear();
        }
    }
    if (m_selected) {
        ImGui::Separator();
        ui::inputText(s.get("units.rename_to") + "##rename", m_rename);
        if (ui::button(s.get("units.rename") + "##rename-unit")) {
            if (!optionalText(m_rename)) {
                stack.showError(s.get("units.need_name"));
            } else {
                store.renameUnit(*m_selected, m_rename);
                m_status = s.format("units.renamed", {m_rename});
            }
        }
    }
}

void UnitsScene::drawPeople(SceneStack& stack) {
    const auto& s = m_services.strings;
    if (!m_selected) {
        ui::hint(s.get("units.pick_unit"));
        return;
    }
    const auto unit = m_services.store->unit(*m_selected);
    if (!unit) return;
    const auto people = m_services.store->peopleInUnit(*m_selected, false);
    ui::heading(s.format("units.people_of", {unit->name, std::to_string(people.size())}));
    // The form below needs about seven rows; the list takes what is left.
    const float formHeight = ImGui::GetFrameHeightWithSpacing() * 5 + ImGui::GetTextLineHeightWithSpacing() * 3;
    ImGui::BeginChild("##people-list", ImVec2(0, std::max(ImGui::GetFrameHeight() * 2, ImGui::GetContentRegionAvail().y - formHeight)));
    for (const auto& p : people) {
        std::string row = p.name + "  · " + nameOf(s, p.role);
        if (p.number) row += "  · " + *p.number;
        if (ui::selectable(row + "##person" + std::to_string(p.id.value), m_editing == p.id)) editPerson(p);
    }
    if (people.empty()) ui::hint(s.get("units.no_people"));
    ImGui::EndChild();
    ImGui::Separator();
    drawPersonForm(stack);
}

void UnitsScene::drawPersonForm(SceneStack& stack) {
    const auto& s = m_services.strings;
    ui::text(m_editing ? s.get("units.edit_person") : s.get("units.add_person"));
    ui::inputText(s.get("person.name") + "##person-name", m_personName);
    ui::combo(s.get("person.role") + "##person-role", m_role, namesOf(s, allPersonRoles()));
    ui::inputText(s.get("person.number") + "##person-number", m_number);
    ui::inputText(s.get("person.phone") + "##person-phone", m_phone);
    ui::hint(s.get("person.privacy"));
    const std::string action = m_editing ? s.get("units.save_person") : s.get("units.add_person_button");
    if (ui::button(action + "##save-person")) {
        if (!optionalText(m_personName)) {
            stack.showError(s.get("person.need_name"));
            return;
        }
        game::Person person;
        person.name = m_personName;
        person.unit = *m_selected;
        person.role = allPersonRoles()[static_cast<size_t>(m_role)];
        person.number = optionalText(m_number);
        person.phone = optionalText(m_phone);
        person.createdAt = m_services.now();
        if (m_editing) {
            person.id = *m_editing;
            m_services.store->updatePerson(person);
            m_status = s.format("units.person_saved", {m_personName});
        } else {
            m_services.store->addPerson(person);
            m_status = s.format("units.person_added", {m_personName});
        }
        clearPersonForm();
    }
    if (m_editing) {
        ImGui::SameLine();
        if (ui::button(s.get("common.cancel") + "##cancel-edit")) clearPersonForm();
    }
}

void UnitsScene::editPerson(const game::Person& person) {
    m_editing = person.id;
    m_personName = person.name;
    m_number = person.number.value_or("");
    m_phone = person.phone.value_or("");
    const auto& roles = allPersonRoles();
    m_role = static_cast<int>(std::find(roles.begin(), roles.end(), person.role) - roles.begin());
}

void UnitsScene::clearPersonForm() {
    m_editing.reset();
    m_personName.clear();
    m_number.clear();
    m_phone.clear();
}

} // namespace scenes
