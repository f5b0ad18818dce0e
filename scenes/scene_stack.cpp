#include "scenes/scene_stack.h"

#include "game/records/store_error.h"
#include "game/strings.h"
#include "scenes/ui.h"

#include <imgui_internal.h>

#include <algorithm>
#include <exception>
#include <optional>

namespace scenes {

SceneStack::SceneStack(const game::StringTable& strings) : m_strings(strings) {}

void SceneStack::push(std::unique_ptr<Scene> scene) { m_pending.push_back({Change::Kind::Push, std::move(scene)}); }
void SceneStack::pop() { m_pending.push_back({Change::Kind::Pop, nullptr}); }
void SceneStack::replace(std::unique_ptr<Scene> scene) {
    m_pending.push_back({Change::Kind::Replace, std::move(scene)});
}
void SceneStack::showError(std::string message) {
    // A scene that fails on every frame reports it once, not once per frame.
    if (std::find(m_errors.begin(), m_errors.end(), message) == m_errors.end()) m_errors.push_back(std::move(message));
}

void SceneStack::draw() {
    if (Scene* scene = top()) {
        std::optional<std::string> problem;
        try {
            scene->draw(*this);
        } catch (const game::StoreError& e) {
            problem = game::explain(m_strings, e); // what happened and what to do, in the UI's language
        } catch (const std::exception& e) {
            problem = e.what();
        }
        if (problem) {
            // Close whatever windows the scene left open, then report.
            ImGui::ErrorCheckEndFrameRecover(nullptr);
            showError(std::move(*problem));
        }
    }
    drawErrorPopup();
}

void SceneStack::drawErrorPopup() {
    if (m_errors.empty()) return;
    const char* id = "##error-popup";
    if (!ImGui::IsPopupOpen(id)) ImGui::OpenPopup(id);
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x * 0.7f, 0));
    if (ImGui::BeginPopupModal(id, nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize)) {
        ui::heading(m_strings.get("error.title"));
        ui::text(m_errors.front());
        ImGui::Spacing();
        if (ui::button(m_strings.get("common.ok") + "##error-ok") || ui::keyPressed(ImGuiKey_Enter)) {
            m_errors.erase(m_errors.begin());
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
}

void SceneStack::applyPending() {
    if (m_pending.empty()) return;
    auto pending = std::move(m_pending);
    m_pending.clear();
    const std::vector<Scene*> before = [&] {
        std::vector<Scene*> scenes;
        for (const auto& scene : m_scenes) scenes.push_back(scene.get());
        return scenes;
    }();
    Scene* oldTop = top();
    for (auto& change : pending) {
        switch (change.kind) {
        case Change::Kind::Push: m_scenes.push_back(std::move(change.scene)); break;
        case Change::Kind::Pop:
            if (!m_scenes.empty()) m_scenes.pop_back();
            break;
        case Change::Kind::Replace:
            if (!m_scenes.empty()) m_scenes.pop_back();
            m_scenes.push_back(std::move(change.scene));
            break;
        }
    }
    // A scene that was below and is on top again hears of it: the scenes above may have changed the records.
    if (Scene* now = top(); now && now != oldTop && std::find(before.begin(), before.end(), now) != before.end()) {
        try {
            now->resumed();
        } catch (const game::StoreError& e) {
            showError(game::explain(m_strings, e)); // the scene keeps the view it had
        }
    }
}

bool SceneStack::animating() const { return !m_pending.empty() || (top() && top()->animating()); }

} // namespace scenes
