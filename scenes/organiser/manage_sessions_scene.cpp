#include "scenes/organiser/manage_sessions_scene.h"

#include "game/local_time.h"
#include "game/quiz/paper_rules.h"
#include "scenes/names.h"
#include "scenes/palette.h"
#include "scenes/scene_stack.h"
#include "scenes/ui.h"

#include <algorithm>

namespace scenes {

namespace {
// The quiz kinds a training paper draws from; scenarios are added when ticked.
const std::vector<game::ItemKind> kQuizKinds{game::ItemKind::Single, game::ItemKind::Multi, game::ItemKind::TrueFalse,
                                             game::ItemKind::SpotFlags, game::ItemKind::Ordering};
} // namespace

ManageSessionsScene::ManageSessionsScene(Services& services) : m_services(services) { clear(); }

void ManageSessionsScene::clear() {
    m_editing.reset();
    m_title = m_services.strings.get("sessions.default_title");
    m_organiser.clear();
    m_place.clear();
    const auto now = m_services.now();
    m_starts = game::formatLocalTime(now);
    m_ends = game::formatLocalTime(now + std::chrono::hours(1));
    m_itemCount = 10;
    m_fraudTypes.assign(game::fraudTypes().size(), false);
    m_audience = 0;
    m_minDifficulty = 1;
    m_maxDifficulty = 3;
    m_partialCredit = false;
    m_scenarios = true;
    m_examStyle = false;
    m_passPercent = 60;
}

void ManageSessionsScene::load(const game::TrainingSession& session) {
    clear();
    m_editing = session.id;
    m_title = session.title;
    m_organiser = session.organiser;
    m_place = session.place;
    m_starts = game::formatLocalTime(session.startsAt);
    m_ends = game::formatLocalTime(session.endsAt);
    const auto units = m_services.store->listUnits();
    for (size_t i = 0; i < units.size(); ++i)
        if (units[i].unit.id == session.unit) m_unit = static_cast<int>(i);
    try {
        const auto rules = game::paperRulesFromJson(session.paperRules);
        if (!rules.sections.empty()) {
            const auto& section = rules.sections.front();
            m_itemCount = section.count;
            for (auto t : section.filter.fraudTypes) m_fraudTypes[static_cast<size_t>(t)] = true;
            if (!section.filter.audiences.empty()) {
                const auto& all = allAudiences();
                m_audience = 1 + static_cast<int>(std::find(all.begin(), all.end(), section.filter.audiences.front()) - all.begin());
            }
            m_scenarios = std::find(section.filter.kinds.begin(), section.filter.kinds.end(), game::ItemKind::Scenario)
                != section.filter.kinds.end();
            m_minDifficulty = section.filter.minDifficulty;
            m_maxDifficulty = section.filter.maxDifficulty;
        }
        m_partialCredit = rules.partialCredit;
        m_examStyle = !rules.feedbackAfterEach;
        m_passPercent = static_cast<int>(rules.passPercent);
    } catch (const std::invalid_argument&) {
        m_status = m_services.strings.get("sessions.rules_unreadable");
    }
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
    if (ui::button(s.get("sessions.new") + "##new-session")) clear();
    for (const auto& u : m_services.store->listUnits()) {
        if (u.depth != 0) continue; // top-level units include their subunits' sessions
        for (const auto& session : m_services.store->sessionsForUnit(u.unit.id, true)) {
            const std::string label = session.title + "  · " + nameOf(s, session.status) + "\n  "
                + game::formatLocalTime(session.startsAt) + "##session" + std::to_string(session.id.value);
            if (ui::selectable(label, m_editing == session.id)) load(session);
        }
    }
}

void ManageSessionsScene::drawForm() {
    const auto& s = m_services.strings;
    const auto units = m_services.store->listUnits();
    if (units.empty()) {
        ui::text(s.get("sessions.need_unit"));
        return;
    }
    std::vector<std::string> unitNames;
    for (const auto& u : units) unitNames.push_back(std::string(static_cast<size_t>(u.depth) * 2, ' ') + u.unit.name);
    m_unit = std::clamp(m_unit, 0, static_cast<int>(units.size()) - 1);
    ui::heading(m_editing ? s.get("sessions.edit") : s.get("sessions.create"));
    if (m_editing) {
        const auto all = m_services.store->answersOfSession(*m_editing);
        const auto attempts = m_services.store->attemptsOfSession(*m_editing);
        std::string line = s.format("sessions.progress", {std::to_string(m_services.store->signIns(*m_editing).size()),
                                                         std::to_string(attempts.size())});
        if (const auto tally = tallyText(s, game::tallyScenarios(all, m_services.banks.banks)); !tally.empty())
            line += "  ·  " + tally;
        ui::hint(line);
    }
    ImGui::PushItemWidth(ImGui::GetFontSize() * 16);
    ui::inputText(s.get("session.title") + "##title", m_title);
    ui::combo(s.get("session.unit") + "##unit", m_unit, unitNames);
    ui::inputText(s.get("session.organiser") + "##organiser", m_organiser);
    ui::inputText(s.get("session.place") + "##place", m_place);
    ui::inputText(s.get("session.starts") + "##starts", m_starts);
    ui::inputText(s.get("session.ends") + "##ends", m_ends);
    ImGui::PopItemWidth();
    ui::heading(s.get("session.paper"));
    ui::inputInt(s.get("session.item_count") + "##count", m_itemCount, 1, 100);
    ui::checkbox(s.get("session.scenarios") + "##scenarios", m_scenarios);
    ui::text(s.get("session.fraud_types"));
    if (ImGui::BeginTable("##fraud-types", 3)) {
        for (size_t i = 0; i < game::fraudTypes().size(); ++i) {
            ImGui::TableNextColumn();
            bool ticked = m_fraudTypes[i];
            if (ui::checkbox(nameOf(s, game::fraudTypes()[i].type) + "##ft" + std::to_string(i), ticked)) m_fraudTypes[i] = ticked;
        }
        ImGui::EndTable();
    }
    std::vector<std::string> audiences{s.get("session.everyone")};
    for (const auto& name : namesOf(s, allAudiences())) audiences.push_back(name);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
    ui::combo(s.get("session.audience") + "##audience", m_audience, audiences);
    ui::inputInt(s.get("session.min_difficulty") + "##min-difficulty", m_minDifficulty, 1, 3);
    ui::inputInt(s.get("session.max_difficulty") + "##max-difficulty", m_maxDifficulty, m_minDifficulty, 3);
    ui::checkbox(s.get("session.partial_credit") + "##partial", m_partialCredit);
    ui::checkbox(s.get("session.exam_style") + "##exam", m_examStyle);
    ui::inputInt(s.get("session.pass_percent") + "##pass", m_passPercent, 0, 100);
}

void ManageSessionsScene::drawActions(SceneStack& stack) {
    const auto& s = m_services.strings;
    if (m_services.store->listUnits().empty()) return;
    if (ui::button(s.get("sessions.save") + "##save-session")) save(stack);
    if (!m_editing) return;
    const auto session = m_services.store->session(*m_editing);
    if (!session) return;
    ImGui::SameLine();
    if (session->status != game::SessionStatus::Open) {
        if (ui::button(s.get("sessions.open") + "##open-session")) {
            m_services.store->openSession(*m_editing);
            m_status = s.format("sessions.opened", {session->title});
        }
    } else if (ui::button(s.get("sessions.close") + "##close-session")) {
        m_services.store->closeSession(*m_editing);
        m_status = s.format("sessions.closed", {session->title});
    }
}

void ManageSessionsScene::save(SceneStack& stack) {
    const auto& s = m_services.strings;
    const auto starts = game::parseLocalTime(m_starts);
    const auto ends = game::parseLocalTime(m_ends);
    if (!starts || !ends || *ends < *starts) {
        stack.showError(s.get("sessions.bad_time"));
        return;
    }
    if (m_title.find_first_not_of(' ') == std::string::npos) {
        stack.showError(s.get("sessions.need_title"));
        return;
    }
    game::PaperSection section;
    section.count = m_itemCount;
    section.filter.kinds = kQuizKinds;
    if (m_scenarios) section.filter.kinds.push_back(game::ItemKind::Scenario);
    for (size_t i = 0; i < m_fraudTypes.size(); ++i)
        if (m_fraudTypes[i]) section.filter.fraudTypes.push_back(game::fraudTypes()[i].type);
    if (m_audience > 0) section.filter.audiences.push_back(allAudiences()[static_cast<size_t>(m_audience - 1)]);
    section.filter.minDifficulty = m_minDifficulty;
    section.filter.maxDifficulty = m_maxDifficulty;
    game::PaperRules rules;
    rules.sections.push_back(section);
    rules.partialCredit = m_partialCredit;
    rules.passPercent = m_passPercent;
    rules.feedbackAfterEach = !m_examStyle;

    game::TrainingSession session;
    session.title = m_title;
    session.unit = m_services.store->listUnits().at(static_cast<size_t>(m_unit)).unit.id;
    session.organiser = m_organiser;
    session.place = m_place;
    session.startsAt = *starts;
    session.endsAt = *ends;
    session.paperRules = game::toJson(rules);
    if (m_editing) {
        const auto old = m_services.store->session(*m_editing);
        session.id = *m_editing;
        session.status = old ? old->status : game::SessionStatus::Draft;
        m_services.store->updateSession(session);
    } else {
        m_editing = m_services.store->createSession(session);
    }
    m_status = s.format("sessions.saved", {m_title});
}

} // namespace scenes
