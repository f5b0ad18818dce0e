#include "scenes/scenario/scenario_list_scene.h"

#include "game/quiz/attempt_run.h"
#include "game/scenario/scenario_practice.h"
#include "game/scenario/scenario_tally.h"
#include "scenes/quiz/quiz_scene.h"
#include "scenes/scene_stack.h"
#include "scenes/ui.h"

#include <array>

namespace scenes {

namespace {

constexpr std::array<std::pair<game::Channel, const char*>, 4> kTabs{{
    {game::Channel::Call, "scenario.list.calls"},
    {game::Channel::Sms, "scenario.list.sms"},
    {game::Channel::Chat, "scenario.list.chats"},
    {game::Channel::Web, "scenario.list.web"},
}};

} // namespace

ScenarioListScene::ScenarioListScene(Services& services, game::Person person)
    : m_services(services), m_person(std::move(person)) {
    showTab(0);
    loadLastOutcomes();
}

void ScenarioListScene::resumed() { loadLastOutcomes(); }

void ScenarioListScene::loadLastOutcomes() {
    m_last = game::lastOutcomes(m_services.store->answersOfPerson(m_person.id), m_services.banks.banks);
}

void ScenarioListScene::showTab(int tab) {
    m_channel = tab;
    m_items = game::scenariosOn(m_services.banks.banks, kTabs[static_cast<size_t>(tab)].first);
    m_search.clear(); // a new tab starts with its whole list
}

std::string ScenarioListScene::label(const game::Item& item) const {
    const auto& s = m_services.strings;
    // Whether it is genuine is what the player must find out: not shown here.
    std::string text = item.scenario.title + "    " + s.get("difficulty." + std::to_string(item.difficulty));
    if (const auto last = m_last.find(item.id); last != m_last.end())
        text += "    " + (last->second ? s.get("scenario.list.last." + std::string(game::codeOf(*last->second)))
                                       : s.get("scenario.list.last_unreadable"));
    return text + "##" + item.id;
}

void ScenarioListScene::start(SceneStack& stack, const game::Item& item) {
    auto paper = game::scenarioPaper(item, m_services.banks.banks, m_services.newSeed());
    auto run = game::AttemptRun::start(*m_services.store, m_services.banks.banks, std::move(paper), m_person.id,
                                       std::nullopt, m_services.now());
    stack.push(std::make_unique<QuizScene>(m_services, std::move(run), item.scenario.title, m_person.name));
}

void ScenarioListScene::draw(SceneStack& stack) {
    const auto& s = m_services.strings;
    ui::beginScreen("##scenario-list");
    ui::title(s.get("scenario.list.title"));
    ui::hint(s.get("scenario.list.hint"));
    for (size_t i = 0; i < kTabs.size(); ++i) {
        if (i > 0) ImGui::SameLine();
        if (ui::choice(s.get(kTabs[i].second) + "##tab" + std::to_string(i), m_channel == static_cast<int>(i)))
            showTab(static_cast<int>(i));
    }
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
    ui::inputText(s.get("scenario.list.search") + "##search", m_search);
    ImGui::BeginChild("##scenarios", ImVec2(0, ImGui::GetContentRegionAvail().y - ImGui::GetFrameHeightWithSpacing() * 1.5f), true);
    for (const auto* item : m_items) {
        if (!m_search.empty() && item->scenario.title.find(m_search) == std::string::npos) continue;
        if (ui::selectable(label(*item), false, ImVec2(0, ImGui::GetFontSize() * 1.6f))) start(stack, *item);
    }
    ImGui::EndChild();
    if (ui::button(s.get("common.back") + "##back") || ui::keyPressed(ImGuiKey_Escape)) stack.pop();
    ui::endScreen();
}

} // namespace scenes
