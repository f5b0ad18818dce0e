#include "scenes/quiz/results_scene.h"

#include "game/quiz/paper.h"
#include "game/quiz/practice.h"
#include "game/quiz/results.h"
#include "game/scenario/scenario_tally.h"
#include "game/bank/shown_item.h"
#include "scenes/quiz/answer_text.h"
#include "scenes/names.h"
#include "scenes/palette.h"
#include "scenes/scene_stack.h"
#include "scenes/ui.h"

#include <cmath>
#include <sstream>

namespace scenes {

namespace {
std::string points(double value) {
    std::ostringstream out;
    out << std::round(value * 100) / 100;
    return out.str();
}
} // namespace

ResultsScene::ResultsScene(Services& services, game::AttemptId attempt, std::string heading, std::string personName)
    : m_services(services), m_attempt(attempt), m_heading(std::move(heading)), m_personName(std::move(personName)) {}

void ResultsScene::draw(SceneStack& stack) {
    const auto& s = m_services.strings;
    auto& store = *m_services.store;
    const auto attempt = store.attempt(m_attempt);
    ui::beginScreen("##results");
    // The review scrolls; the button to go on stays in view below it.
    ui::beginBody("##results-body");
    if (!attempt) {
        ui::text(s.get("results.missing"));
    } else {
        const auto paper = game::paperFromJson(attempt->paper);
        const auto answers = store.answersOf(m_attempt);
        const auto results = game::resultsOf(paper, answers, m_services.banks.banks);
        ui::hint(m_heading + "  ·  " + m_personName);
        ui::title(s.format("results.score", {points(results.score), points(results.maxScore)}));
        if (!paper.level.empty()) {
            const int stars = game::starsFor(results.score, results.maxScore);
            ui::heading(s.format("results.stars", {starsText(stars)}));
        } else {
            ui::coloured(s.get(results.passed ? "results.passed" : "results.failed"),
                         results.passed ? palette::kGood : palette::kBad);
        }
        if (const auto tally = tallyText(s, game::tallyScenarios(answers, m_services.banks.banks)); !tally.empty())
            ui::text(tally);
        ui::text(s.format("results.summary", {std::to_string(results.right), std::to_string(results.answered),
                                              points(results.passScore)}));
        for (const auto position : results.unreadable)
            ui::coloured(s.format("results.unreadable", {std::to_string(position + 1)}), palette::kBad);
        if (ImGui::BeginTable("##by-type", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders)) {
            for (const char* key : {"results.col.type", "results.col.right", "results.col.points"})
                ImGui::TableSetupColumn(s.get(key).c_str());
            ImGui::TableHeadersRow();
            for (const auto& row : results.byFraudType) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ui::text(nameOf(s, row.fraudType));
                ImGui::TableNextColumn();
                ui::text(std::to_string(row.right) + " / " + std::to_string(row.total));
                ImGui::TableNextColumn();
                ui::text(points(row.points) + " / " + points(row.maxPoints));
            }
            ImGui::EndTable();
        }
        if (!results.wrong.empty()) {
            ui::heading(s.format("results.review", {std::to_string(results.wrong.size())}));
            for (const auto& wrong : results.wrong) {
                const game::Item item = game::withContacts(*wrong.item, m_services.settings.region);
                ImGui::Separator();
                ui::text(std::to_string(wrong.position + 1) + ". "
                         + (item.kind == game::ItemKind::SpotFlags ? item.message.text : item.prompt));
                ui::coloured(s.get("quiz.your_answer")
                                 + (wrong.unreadable ? s.get("results.answer_unreadable")
                                                     : describeResponse(s, item, *wrong.paperItem, wrong.response)),
                             palette::kBad);
                ui::coloured(s.get("quiz.correct_answer") + describeCorrect(s, item, *wrong.paperItem),
                             palette::kGood);
                drawExplanation(s, item);
            }
        } else {
            ui::heading(s.get("results.all_right"));
        }
        for (const auto& note : results.notes) ui::hint(note);
    }
    ui::endBody();
    if (ui::bigButton(s.get("results.done") + "##done", true, ImGui::GetFontSize() * 10) || ui::keyPressed(ImGuiKey_Escape)
        || ui::keyPressed(ImGuiKey_Enter))
        stack.pop();
    ui::endScreen();
}

} // namespace scenes
