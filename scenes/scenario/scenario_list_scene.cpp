#include "scenes/scenario/scenario_list_scene.h"

#include "game/quiz/attempt_run.h"
#include "game/quiz/paper.h"
#include "game/scenario/scenario_tally.h"
#include "scenes/quiz/quiz_scene.h"
#include "scenes/scene_stack.h"
#include "scenes/ui.h"

#include <array>

namespace scenes {

ScenarioListScene::ScenarioListScene(Services& services, game::Person person)
    : m_services(services), m_person(std::move(person)) {}

void ScenarioListScene::draw(SceneStack& stack) {
    const auto& s = m_services.strings;
    constexpr std::array<std::pair<game::Channel, const char*>, 4> tabs{{
        {game::Channel::Call, "scenario.list.calls"},
        {game::Channel::Sms, "scenario.list.sms"},
        {game::Channel::Chat, "scenario.list.chats"},
        {game::Channel::Web, "scenario.list.web"},
    }};
    ui::beginScreen("##scenario-list");
    ui::title(s.get("scenario.list.title"));
    ui::hint(s.get("scenario.list.hint"));
    for (size_t i = 0; i < tabs.size(); ++i) {
        if (i > 0) ImGui::SameLine();
        if (ui::choice(s.get(tabs[i].second) + "##tab" + std::to_string(i), m_channel == static_cast<int>(i))) {
            m_channel = static_cast<int>(i);
            m_search.clear(); // a new tab starts with its whole list
        }
    }
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
    ui::inputText(s.get("scenario.list.search") + "##search", m_search);
    ImGui::BeginChild("##scenarios", ImVec2(0, ImGui::GetContentRegionAvail().y - ImGui::GetFrameHeightWithSpacing() * 1.5f), true);
    const game::Channel channel = tabs[static_cast<size_t>(m_channel)].first;
    if (m_lastStale) {
        m_last = game::lastOutcomes(m_services.store->answersOfPerson(m_person.id), m_services.banks.banks);
        m_lastStale = false;
    }
    for (const auto& bank : m_services.banks.banks) {
        for (const auto& item : bank.items) {
            if (item.kind != game::ItemKind::Scenario || item.scenario.channel != channel) continue;
            if (!m_search.empty() && item.scenario.title.find(m_search) == std::string::npos) continue;
            // Whether it is genuine is what the player must find out: not shown here.
            std::string label = item.scenario.title + "    " + s.get("difficulty." + std::to_string(item.difficulty));
            if (const auto last = m_last.find(item.id); last != m_last.end())
                label += "    " + (last->second ? s.get("scenario.list.last." + std::string(game::codeOf(*last->second)))
                                            : s.get("scenario.list.last_unreadable"));
            label += "##" + item.id;
            if (ui::selectable(label, false, ImVec2(0, ImGui::GetFontSize() * 1.6f))) {
                game::PaperRules rules;
                rules.fixedItems = {item.id};
                rules.feedbackAfterEach = true;
                auto paper = game::drawPaper(rules, m_services.banks.banks, m_services.newSeed());
                paper.level = "scenario";
                auto run = game::AttemptRun::start(*m_services.store, m_services.banks.banks, std::move(paper), m_person.id,
                                                   std::nullopt, m_services.now());
                stack.push(std::make_unique<QuizScene>(m_services, std::move(run), item.scenario.title, m_person.name));
                m_lastStale = true;
            }
        }
    }
    ImGui::EndChild();
    if (ui::button(s.get("common.back") + "##back") || ui::keyPressed(ImGuiKey_Escape)) stack.pop();
    ui::endScreen();
}

} // namespace scenes
