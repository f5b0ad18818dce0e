#include "scenes/organiser/manage_sessions_scene.h"

#include "game/local_time.h"
#include "game/quiz/paper_rules.h"
#include "game/scenario/scenario_tally.h"
#include "scenes/names.h"
#include "scenes/palette.h"
#include "scenes/scene_stack.h"
#include "scenes/ui.h"

#include <algorithm>
#include <cmath>

namespace scenes {

ManageSessionsScene::ManageSessionsScene(Services& services) : m_services(services) {
    game::ItemFilter scenarios;
    scenarios.kinds = {game::ItemKind::Scenario};
    for (const game::Item* item : game::selectItems(m_services.banks.banks, scenarios)) m_scenarioIds.push_back(item->id);
    reloadLists();
    startNew();
}

void ManageSessionsScene::reloadLists() {
    auto& store = *m_services.store;
    m_units = store.listUnits();
    m_unitNames.clear();
    for (const auto& u : m_units) m_unitNames.push_back(std::string(static_cast<size_t>(u.depth) * 2, ' ') + u.unit.name);
    m_sessions = store.allSessions();
}

void ManageSessionsScene::reload() {
    reloadLists();
    if (!m_editing) return;
    const auto found = std::find_if(m_sessions.begin(), m_sessions.end(), [&](const auto& s) { return s.id == m_editing->id; });
    if (found != m_sessions.end()) m_editing = *found;
    loadProgress();
}

void ManageSessionsScene::loadProgress() {
    const auto& s = m_services.strings;
    auto& store = *m_services.store;
    const auto counts = store.sessionCounts(m_editing->id);
    m_progress = s.format("sessions.progress", {std::to_string(counts.signedIn), std::to_string(counts.papers)});
    const auto answers = store.answerCountsOfSession(m_editing->id, m_scenarioIds);
    if (const auto tally = tallyText(s, game::tallyScenarios(answers, m_services.banks.banks)); !tally.empty())
        m_progress += "  ·  " + tally;
}

void ManageSessionsScene::startNew() {
    m_editing.reset();
    m_form = game::newSessionForm(m_services.strings.get("sessions.default_title"), m_services.now());
    if (!m_units.empty()) m_form.unit = m_units.front().unit.id;
    m_progress.clear();
    m_rulesNote.clear();
}

void ManageSessionsScene::edit(const game::TrainingSession& session) {
    const auto& s = m_services.strings;
    m_editing = session;
    m_form = game::fromSession(session);
    m_rulesNote.clear();
    std::string kept;
    for (const auto reason : m_form.notShown) {
        if (reason == game::RulesNotShown::Unreadable) m_rulesNote = s.get("sessions.rules_unreadable");
        else kept += (kept.empty() ? "" : s.get("sessions.not_shown.separator")) + s.get("sessions.not_shown." + std::string(game::codeOf(reason)));
    }
    if (!kept.empty()) m_rulesNote = s.format("sessions.rules_kept", {kept});
    loadProgress();
}

void ManageSessionsScene::draw(SceneStack& stack) {
    const auto& s = m_services.strings;
    ui::beginScreen("##sessions");
    ui::title(s.get("sessions.title"));
    if (!m_status.empty()) ui::coloured(m_status, palette::kGood);
    const float height = ImGui::GetContentRegionAvail().y - ImGui::GetFrameHeightWithSpacing() * 1.6f;
    ImGui::BeginChild("##session-list", ImVec2(ImGui::GetContentRegionAvail().x * 0.36f, height), true);
    drawList();
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("##session-form", ImVec2(0, height), true);
    drawForm();
    ImGui::EndChild();
    if (ui::button(s.get("common.back") + "##back") || ui::keyPressed(ImGuiKey_Escape)) stack.pop();
    ImGui::SameLine(0, ImGui::GetFontSize() * 2);
    drawActions(stack);
    ui::endScreen();
}

void ManageSessionsScene::drawList() {
    const auto& s = m_services.strings;
    ui::heading(s.get("sessions.list"));
    if (ui::button(s.get("sessions.new") + "##new-session")) startNew();
    // A district has thousands of sessions: only the rows in view are drawn.
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(m_sessions.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const auto& session = m_sessions[static_cast<size_t>(i)];
            const std::string label = session.title + "  · " + nameOf(s, session.status) + "\n  "
                + game::formatLocalTime(session.startsAt) + "##session" + std::to_string(session.id.value);
            if (ui::selectable(label, m_editing && m_editing->id == session.id)) edit(session);
        }
    }
}

void ManageSessionsScene::drawForm() {
    const auto& s = m_services.strings;
    if (m_units.empty()) {
        ui::text(s.get("sessions.need_unit"));
        return;
    }
    ui::heading(m_editing ? s.get("sessions.edit") : s.get("sessions.create"));
    if (m_editing) ui::hint(m_progress);
    const auto chosen = std::find_if(m_units.begin(), m_units.end(), [&](const auto& u) { return m_form.unit == u.unit.id; });
    int unit = chosen == m_units.end() ? -1 : static_cast<int>(chosen - m_units.begin());
    ImGui::PushItemWidth(ImGui::GetFontSize() * 16);
    ui::inputText(s.get("session.title") + "##title", m_form.title);
    if (ui::combo(s.get("session.unit") + "##unit", unit, m_unitNames)) m_form.unit = m_units[static_cast<size_t>(unit)].unit.id;
    ui::inputText(s.get("session.organiser") + "##organiser", m_form.organiser);
    ui::inputText(s.get("session.place") + "##place", m_form.place);
    ui::inputText(s.get("session.starts") + "##starts", m_form.startsAt);
    ui::inputText(s.get("session.ends") + "##ends", m_form.endsAt);
    ImGui::PopItemWidth();
    ui::heading(s.get("session.paper"));
    if (!m_rulesNote.empty()) ui::coloured(m_rulesNote, palette::kBad);
    if (m_form.section) drawSection(*m_form.section);
    ui::checkbox(s.get("session.partial_credit") + "##partial", m_form.partialCredit);
    ui::checkbox(s.get("session.exam_style") + "##exam", m_form.examStyle);
    // Shown whole; a stored 62.5 stays 62.5 unless the organiser changes it.
    int pass = static_cast<int>(std::lround(m_form.passPercent));
    if (ui::inputInt(s.get("session.pass_percent") + "##pass", pass, 0, 100)) m_form.passPercent = pass;
}

void ManageSessionsScene::drawSection(game::SectionForm& section) {
    const auto& s = m_services.strings;
    ui::inputInt(s.get("session.item_count") + "##count", section.itemCount, 1, game::mostItemsInSection);
    ui::checkbox(s.get("session.scenarios") + "##scenarios", section.scenarios);
    ui::text(s.get("session.fraud_types"));
    if (ImGui::BeginTable("##fraud-types", 3)) {
        for (const auto& info : game::fraudTypes()) {
            ImGui::TableNextColumn();
            bool ticked = section.fraudTypes.contains(info.type);
            if (ui::checkbox(nameOf(s, info.type) + "##ft" + std::string(info.code), ticked)) {
                if (ticked) section.fraudTypes.insert(info.type);
                else section.fraudTypes.erase(info.type);
            }
        }
        ImGui::EndTable();
    }
    std::vector<std::string> audiences{s.get("session.everyone")};
    for (const auto& name : namesOf(s, allAudiences())) audiences.push_back(name);
    const auto& all = allAudiences();
    int audience = section.audience ? 1 + static_cast<int>(std::find(all.begin(), all.end(), *section.audience) - all.begin()) : 0;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
    if (ui::combo(s.get("session.audience") + "##audience", audience, audiences)) {
        if (audience == 0) section.audience.reset();
        else section.audience = all[static_cast<size_t>(audience - 1)];
    }
    ui::inputInt(s.get("session.min_difficulty") + "##min-difficulty", section.minDifficulty, game::lowestDifficulty,
                 game::highestDifficulty);
    ui::inputInt(s.get("session.max_difficulty") + "##max-difficulty", section.maxDifficulty, section.minDifficulty,
                 game::highestDifficulty);
}

void ManageSessionsScene::drawActions(SceneStack& stack) {
    const auto& s = m_services.strings;
    if (m_units.empty()) return;
    if (ui::button(s.get("sessions.save") + "##save-session")) save(stack);
    if (!m_editing) return;
    ImGui::SameLine();
    auto& store = *m_services.store;
    if (m_editing->status != game::SessionStatus::Open) {
        if (ui::button(s.get("sessions.open") + "##open-session")) {
            store.openSession(m_editing->id);
            m_status = s.format("sessions.opened", {m_editing->title});
            reload();
        }
    } else if (ui::button(s.get("sessions.close") + "##close-session")) {
        store.closeSession(m_editing->id, m_services.now());
        m_status = s.format("sessions.closed", {m_editing->title});
        reload();
    }
}

void ManageSessionsScene::save(SceneStack& stack) {
    const auto& s = m_services.strings;
    const auto saved = game::toSession(m_form, m_editing.value_or(game::TrainingSession{}));
    if (!saved.errors.empty()) {
        const std::vector<std::string> limits{std::to_string(game::mostItemsInSection), std::to_string(game::lowestDifficulty),
                                              std::to_string(game::highestDifficulty)};
        std::string message;
        for (const auto error : saved.errors)
            message += (message.empty() ? "" : "\n") + s.format("sessions.error." + std::string(game::codeOf(error)), limits);
        stack.showError(message);
        return;
    }
    auto session = saved.session;
    if (m_editing) m_services.store->updateSession(session);
    else session.id = m_services.store->createSession(session);
    m_status = s.format("sessions.saved", {session.title});
    reloadLists();
    edit(session); // the form as stored: unreadable rules it replaced are readable now
}

} // namespace scenes
