#include "scenes/title/title_scene.h"

#include "scenes/palette.h"
#include "scenes/scene_list.h"
#include "scenes/scene_stack.h"
#include "scenes/ui.h"

#include <algorithm>
#include <array>
#include <optional>

namespace scenes {

namespace {
// A mode on the title screen: the scene it opens (none while it is not built yet) and its string keys.
struct Mode {
    std::optional<SceneId> scene;
    const char* label;
    const char* description;
};
constexpr std::array<Mode, 5> kModes{{
    {SceneId::OpenSessions, "title.mode.training", "title.mode.training.desc"},
    {SceneId::Practice, "title.mode.practice", "title.mode.practice.desc"},
    {std::nullopt, "title.mode.contest", "title.mode.contest.desc"},
    {std::nullopt, "title.mode.kiosk", "title.mode.kiosk.desc"},
    {SceneId::Organiser, "title.mode.organiser", "title.mode.organiser.desc"},
}};
} // namespace

TitleScene::TitleScene(Services& services) : m_services(services) {}

void TitleScene::draw(SceneStack& stack) {
    const auto& s = m_services.strings;
    ui::beginScreen("##title");
    const float column = ImGui::GetContentRegionAvail().x * 0.6f;
    ImGui::Dummy(ImVec2(0, ImGui::GetFontSize()));
    ui::centreNext(column);
    ImGui::BeginGroup();
    ui::title(s.get("title.name"));
    ui::text(s.get("title.tagline"));
    // A database that could not be opened, or a banks folder that could not be read: what happened and what to do.
    if (!m_services.storeProblem.empty()) ui::coloured(m_services.storeProblem, palette::kBad);
    ImGui::Dummy(ImVec2(0, ImGui::GetFontSize() * 0.8f));
    // One mode to a row when they fit; two to a row when the text is large for the screen,
    // so that settings and quit never need scrolling to.
    const float font = ImGui::GetFontSize();
    const float oneColumn = static_cast<float>(kModes.size()) * (font * 2.2f + ImGui::GetStyle().ItemSpacing.y) + font * 5;
    const int columns = oneColumn > ImGui::GetContentRegionAvail().y ? 2 : 1;
    const float width = (column - ImGui::GetStyle().ItemSpacing.x * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    int n = 0;
    for (const Mode& mode : kModes) {
        const bool built = mode.scene.has_value();
        std::string label = s.get(mode.label);
        if (!built) label += "  (" + s.get("title.coming") + ")";
        label += std::string("##") + mode.label;
        if (n++ % columns != 0) ImGui::SameLine();
        if (ui::bigButton(label, built, width)) {
            stack.push(makeScene(*mode.scene, m_services));
        }
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", s.get(mode.description).c_str());
    }
    ImGui::Dummy(ImVec2(0, ImGui::GetFontSize() * 0.5f));
    const float half = (column - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    if (ui::button(s.get("title.settings") + "##settings", ImVec2(half, ImGui::GetFontSize() * 1.8f)))
        stack.push(makeScene(SceneId::Settings, m_services));
    ImGui::SameLine();
    if (ui::button(s.get("title.quit") + "##quit", ImVec2(half, ImGui::GetFontSize() * 1.8f)) ) stack.pop();
    ImGui::Dummy(ImVec2(0, ImGui::GetFontSize() * 0.5f));
    ui::hint(s.format("title.footer", {SCAMDRILL_VERSION, m_services.database.string()}));
    ImGui::EndGroup();
    ui::endScreen();
}

} // namespace scenes
