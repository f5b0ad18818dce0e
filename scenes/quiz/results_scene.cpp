#include "scenes/quiz/results_scene.h"

#include "game/bank/shown_item.h"
#include "scenes/names.h"
#include "scenes/palette.h"
#include "scenes/quiz/answer_text.h"
#include "scenes/scene_stack.h"
#include "scenes/ui.h"

#include <cmath>
#include <sstream>
#include <stdexcept>

namespace scenes {

namespace {
std::string points(double value) {
    std::ostringstream out;
    out << std::round(value * 100) / 100;
    return out.str();
}
} // namespace

ResultsScene::ResultsScene(Services& services, game::AttemptResults results, std::string heading, std::string personName)
    : m_services(services), m_results(std::move(results)), m_heading(std::move(heading)),
      m_personName(std::move(personName)) {
    prepareReview();
}

ResultsScene::ResultsScene(Services& services, game::AttemptId attempt, std::string heading, std::string personName)
    : m_services(services), m_heading(std::move(heading)), m_personName(std::move(personName)) {
    try {
        m_results = game::resultsOfAttempt(*m_services.store, m_services.banks.banks, attempt);
    } catch (const std::invalid_argument&) {
        m_results.reset(); // its paper cannot be read: shown as missing
    }
    prepareReview();
}

void ResultsScene::prepareReview() {
    if (!m_results) return;
    for (const auto& wrong : m_results->wrong) m_reviewed.push_back(game::withContacts(*wrong.item, m_services.settings.region));
}

void ResultsScene::draw(SceneStack& stack) {
    const auto& s = m_services.strings;
    ui::beginScreen("##results");
    // The review scrolls; the button to go on stays in view below it.
    ui::beginBody("##results-body");
    if (m_results) drawResults(*m_results);
    else ui::text(s.get("results.missing"));
    ui::endBody();
    if (ui::bigButton(s.get("results.done") + "##done", true, ImGui::GetFontSize() * 10) || ui::keyPressed(ImGuiKey_Escape)
        || ui::keyPressed(ImGuiKey_Enter))
        stack.pop();
    ui::endScreen();
}

void ResultsScene::drawResults(const game::AttemptResults& results) {
    const auto& s = m_services.strings;
    ui::hint(m_heading + "  ·  " + m_personName);
    ui::title(s.format("results.score", {points(results.score), points(results.maxScore)}));
    if (results.stars) ui::heading(s.format("results.stars", {starsText(*results.stars)}));
    else ui::coloured(s.get(results.passed ? "results.passed" : "results.failed"), results.passed ? palette::kGood : palette::kBad);
    if (const auto tally = tallyText(s, results.scenarios); !tally.empty()) ui::text(tally);
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
    drawReview(results);
    for (const auto& note : results.notes) ui::hint(note);
}

// Every wrong answer with the right one, its explanation and red flags.
void ResultsScene::drawReview(const game::AttemptResults& results) {
    const auto& s = m_services.strings;
    if (results.wrong.empty()) {
        ui::heading(s.get("results.all_right"));
        return;
    }
    ui::heading(s.format("results.review", {std::to_string(results.wrong.size())}));
    for (size_t i = 0; i < results.wrong.size(); ++i) {
        const auto& wrong = results.wrong[i];
        const game::Item& item = m_reviewed[i];
        ImGui::Separator();
        ui::text(std::to_string(wrong.position + 1) + ". " + (item.kind == game::ItemKind::SpotFlags ? item.message.text : item.prompt));
        ui::coloured(s.get("quiz.your_answer")
                         + (wrong.unreadable ? s.get("results.answer_unreadable") : describeResponse(s, item, wrong.verdict, wrong.response)),
                     palette::kBad);
        ui::coloured(s.get("quiz.correct_answer") + describeCorrect(s, item, wrong.verdict), palette::kGood);
        drawExplanation(s, item);
    }
}

} // namespace scenes
