#include "scenes/practice/practice_scene.h"

#include "game/quiz/attempt_run.h"
#include "scenes/names.h"
#include "scenes/palette.h"
#include "scenes/quiz/quiz_scene.h"
#include "scenes/scenario/scenario_list_scene.h"
#include "scenes/scene_stack.h"
#include "scenes/ui.h"

#include <algorithm>

namespace scenes {

PracticeScene::PracticeScene(Services& services)
    : m_services(services), m_levels(game::practiceLevels(services.banks.banks, std::nullopt)) {
    if (m_services.store) m_picker.setPeople(m_services.store->allPeople());
}

void PracticeScene::resumed() {
    m_heldError.run([this] { loadRecord(); });
}

void PracticeScene::loadRecord() {
    if (m_person) m_record = game::practiceRecordOf(*m_services.store, m_services.banks.banks, m_person->id);
}

void PracticeScene::draw(SceneStack& stack) {
    const auto& s = m_services.strings;
    m_heldError.show(stack);
    ui::beginScreen("##practice");
    ui::title(s.get("practice.title"));
    ui::beginBody("##practice-body");
    if (!m_services.store) {
        ui::coloured(m_services.storeProblem, palette::kBad);
    } else if (!m_person) {
        ui::heading(s.get("practice.who"));
        if (auto picked = m_picker.draw(s)) {
            m_person = picked;
            loadRecord();
        }
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
    const std::span<const game::Bank> banks(m_services.banks.banks);
    ui::heading(s.format("practice.hello", {m_person->name}));
    if (const auto tally = tallyText(s, m_record.scenarios); !tally.empty()) ui::hint(s.format("tally.person", {tally}));
    // What is due moves with the clock, not with the records: worked out from the loaded book.
    const auto due = game::dueEntries(m_record.book, m_services.now());
    const std::string bookLabel = due.empty() ? s.format("practice.book_none_due", {std::to_string(m_record.book.size())})
                                              : s.format("practice.book_due", {std::to_string(due.size())});
    if (ui::bigButton(bookLabel + "##review-book", !due.empty(), ImGui::GetFontSize() * 20)) {
        auto paper = game::reviewPaper(due, banks, m_services.newSeed());
        if (!paper.items.empty()) play(stack, std::move(paper), s.get("practice.book"));
    }
    if (ui::bigButton(s.get("practice.scenarios") + "##scenarios", true, ImGui::GetFontSize() * 20))
        stack.push(std::make_unique<ScenarioListScene>(m_services, *m_person));
    ImGui::Spacing();
    // The levels as a grid of tiles, as many to a row as fit.
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float avail = ImGui::GetContentRegionAvail().x;
    const int columns = std::max(1, static_cast<int>((avail + gap) / (ImGui::GetFontSize() * 14 + gap)));
    const ImVec2 size((avail - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns), ImGui::GetFontSize() * 2.6f);
    int n = 0;
    for (const auto& level : m_levels) {
        if (n % columns != 0) ImGui::SameLine();
        ++n;
        const int stars = game::bestStars(m_record.best, level.fraudType);
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
