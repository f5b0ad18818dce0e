#include "scenes/quiz/resume_scene.h"

#include "game/quiz/attempt_run.h"
#include "game/local_time.h"
#include "game/quiz/paper.h"
#include "scenes/quiz/quiz_scene.h"
#include "scenes/scene_stack.h"
#include "scenes/ui.h"

namespace scenes {

bool hasUnfinishedAttempts(Services& services) {
    return services.store && !services.store->unfinishedAttempts().empty();
}

ResumeScene::ResumeScene(Services& services) : m_services(services) {}

void ResumeScene::draw(SceneStack& stack) {
    const auto& s = m_services.strings;
    auto& store = *m_services.store;
    const auto unfinished = store.unfinishedAttempts();
    ui::beginScreen("##resume");
    ui::title(s.get("resume.title"));
    ui::text(s.get("resume.explain"));
    for (const auto& attempt : unfinished) {
        const auto person = store.person(attempt.person);
        const auto session = attempt.session ? store.session(*attempt.session) : std::nullopt;
        const std::string who = person ? person->name : "?";
        const std::string what = session ? session->title : s.get("resume.practice");
        const size_t answered = store.answersOf(attempt.id).size();
        const size_t total = attempt.paper.contains("items") ? attempt.paper["items"].size() : 0;
        ImGui::Separator();
        ui::heading(who + "  ·  " + what);
        ui::text(s.format("resume.progress", {std::to_string(answered), std::to_string(total),
                                              game::formatLocalTime(attempt.startedAt)}));
        const std::string id = std::to_string(attempt.id.value);
        if (ui::button(s.format("resume.continue", {who}) + "##continue" + id)) {
            auto run = game::AttemptRun::resume(store, m_services.banks.banks, attempt.id);
            stack.replace(std::make_unique<QuizScene>(m_services, std::move(run), what, who));
        }
        ImGui::SameLine();
        if (ui::button(s.get("resume.give_up") + "##give-up" + id)) store.abandonAttempt(attempt.id, m_services.now());
    }
    if (unfinished.empty()) ui::text(s.get("resume.none"));
    ImGui::Spacing();
    if (ui::button(s.get("resume.later") + "##later") || ui::keyPressed(ImGuiKey_Escape)) stack.pop();
    ui::endScreen();
}

} // namespace scenes
