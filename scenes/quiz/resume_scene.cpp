#include "scenes/quiz/resume_scene.h"

#include "game/local_time.h"
#include "game/quiz/attempt_run.h"
#include "scenes/quiz/quiz_scene.h"
#include "scenes/scene_stack.h"
#include "scenes/ui.h"

namespace scenes {

bool hasUnfinishedAttempts(Services& services) {
    return services.store && !services.store->unfinishedAttempts().empty();
}

ResumeScene::ResumeScene(Services& services) : m_services(services) { load(); }

void ResumeScene::load() {
    if (m_services.store) m_unfinished = m_services.store->resumableAttempts();
}

void ResumeScene::draw(SceneStack& stack) {
    const auto& s = m_services.strings;
    ui::beginScreen("##resume");
    ui::title(s.get("resume.title"));
    ui::text(s.get("resume.explain"));
    // The list scrolls (a shared machine can hold many); 以后再说 stays in view below it.
    ui::beginBody("##resume-list");
    for (const auto& attempt : m_unfinished) {
        const std::string who = attempt.personName.empty() ? "?" : attempt.personName;
        const std::string what = attempt.session ? attempt.sessionTitle.value_or("?") : s.get("resume.practice");
        ImGui::Separator();
        ui::heading(who + "  ·  " + what);
        ui::text(s.format("resume.progress", {std::to_string(attempt.answered), std::to_string(attempt.items),
                                              game::formatLocalTime(attempt.startedAt)}));
        const std::string id = std::to_string(attempt.id.value);
        if (ui::button(s.format("resume.continue", {who}) + "##continue" + id)) {
            auto run = game::AttemptRun::resume(*m_services.store, m_services.banks.banks, attempt.id);
            stack.replace(std::make_unique<QuizScene>(m_services, std::move(run), what, who));
        }
        ImGui::SameLine();
        if (ui::button(s.get("resume.give_up") + "##give-up" + id)) {
            m_services.store->abandonAttempt(attempt.id, m_services.now());
            load();
            break; // the list just changed under the loop
        }
    }
    if (m_unfinished.empty()) ui::text(s.get("resume.none"));
    ui::endBody();
    if (ui::button(s.get("resume.later") + "##later") || ui::keyPressed(ImGuiKey_Escape)) stack.pop();
    ui::endScreen();
}

} // namespace scenes
