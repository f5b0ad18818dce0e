#include "scenes/practice/practice_scene.h"

#include "game/quiz/attempt_run.h"
#include "game/quiz/practice.h"
#include "scenes/names.h"
#include "scenes/palette.h"
#include "scenes/quiz/quiz_scene.h"
#include "scenes/scenario/scenario_list_scene.h"
#include "scenes/scene_stack.h"
#include "scenes/ui.h"

#include <algorithm>

namespace scenes {

PracticeScene::PracticeScene(Services& services) : m_services(services) {}

void PracticeScene::draw(SceneStack& stack) {
    const auto& s = m_services.strings;
    ui::beginScreen("##practice");
    ui::title(s.get("practice.title"));
    ui::beginBody("##practice-body");
    if (!m_services.store) {
        ui::coloured(m_services.storeProblem, palette::kBad);
    } else if (!m_person) {
        ui::heading(s.get("practice.who"));
        std::vector<game::Person> everyone;
        for (const auto& u : m_services.store->listUnits())
            if (u.depth == 0)
                for (auto& p : m_services.store->peopleInUnit(u.unit.id, true)) everyone.push_back(std::move(p));
        if (auto picked = m_picker.draw(s, everyone)) m_person = picked;
    } else {
        drawLevels(stack);
    }
    ui::endBody();
    if (ui::button(s.get("common.back") + "##back") || ui::keyPressed(ImGuiKey_Escape)) {
        if (m_person) m_person.reset();
        else stack.pop();
    }
    ui::endScreen();
}

void PracticeScene::drawLevels(SceneStack& stack) {
    const auto& s = m_services.strings;
    auto& store = *m_services.store;
    const std::span<const game::Bank> banks(m_services.banks.banks);
    ui::heading(s.format("practice.hello", {m_person->name}));
    {
        if (const auto tally = tallyText(s, game::tallyScenarios(store.answersOfPerson(m_person->id), banks)); !tally.empty())
            ui::hint(s.format("tally.person", {tally}));
    }
    const auto due = store.dueReviews(m_person->id, m_services.now());
    const auto book = store.reviewsOf(m_person->id);
    const std::string bookLabel = due.empty() ? s.format("practice.book_none_due", {std::to_string(book.size())})
                                              : s.format("practice.book_due", {std::to_string(due.size())});
    if (ui::bigButton(bookLabel + "##review-book", !due.empty(), ImGui::GetFontSize() * 20)) {
        auto paper = game::reviewPaper(due, banks, m_services.newSeed());
        if (!paper.items.empty()) play(stack, std::move(paper), s.get("practice.book"));
    }
    if (ui::bigButton(s.get("practice.scenarios") + "##scenarios", true, ImGui::GetFontSize() * 20))
        stack.push(std::make_unique<ScenarioListScene>(m_services, *m_person));
    ImGui::Spacing();
    // The levels as a grid of tiles, as many to a row as fit.
    const auto attempts = store.attemptsOfPerson(m_person->id);
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float avail = ImGui::GetContentRegionAvail().x;
    const int columns = std::max(1, static_cast<int>((avail + gap) / (ImGui::GetFontSize() * 14 + gap)));
    const ImVec2 size((avail - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns), ImGui::GetFontSize() * 2.6f);
    int n = 0;
    for (const auto& level : game::practiceLevels(banks, std::nullopt)) {
        if (n % columns != 0) ImGui::SameLine();
        ++n;
        const int stars = game::bestStars(attempts, level.fraudType);
        const std::string label = starsText(stars) + "  " + nameOf(s, level.fraudType) + "##level" + std::to_string(n);
        if (ui::tile(label, size)) {
            play(stack, game::drawPracticeLevel(level.fraudType, game::audienceOf(m_person->role), banks, m_services.newSeed()),
                 s.format("practice.level", {nameOf(s, level.fraudType)}));
        }
    }
}

void PracticeScene::play(SceneStack& stack, game::Paper paper, const std::string& heading) {
    auto run = game::AttemptRun::start(*m_services.store, m_services.banks.banks, std::move(paper), m_person->id,
                                       std::nullopt, m_services.now());
    stack.push(std::make_unique<QuizScene>(m_services, std::move(run), heading, m_person->name));
}

} // namespace scenes
