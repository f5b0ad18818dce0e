#include "scenes/scenario/web_view.h"

#include "scenes/palette.h"
#include "scenes/ui.h"

namespace scenes {

void WebView::enterStep(const ScenarioViewContext& ctx) {
    m_fields.clear();
    const auto* step = ctx.run.currentStep();
    std::string address = step->form ? step->form->url : std::string();
    // Else the newest link seen: on this page, or the one the player followed to get here.
    const auto& said = ctx.run.conversation();
    for (auto entry = said.rbegin(); address.empty() && entry != said.rend(); ++entry)
        if (!entry->mine() && !entry->line.url.empty()) address = entry->line.url;
    if (!address.empty()) m_address = address;
    if (step->form && !step->form->title.empty()) m_title = step->form->title;
}

ScenarioAction WebView::draw(const ScenarioViewContext& ctx) {
    const auto& s = ctx.services.strings;
    const auto* step = ctx.run.currentStep();
    const auto& form = step->form;
    // Browser chrome: the address says more than the page does.
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0.88f, 0.89f, 0.91f, 1));
    const ImVec2 padding(ImGui::GetFontSize() * 0.6f, ImGui::GetFontSize() * 0.3f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, padding);
    ImGui::BeginChild("##address-bar", ImVec2(0, ImGui::GetTextLineHeight() + padding.y * 2 + 2), true,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_AlwaysUseWindowPadding);
    ImGui::PopStyleVar();
    ui::text(s.format("web.address", {m_address.empty() ? s.get("web.no_address") : m_address}));
    ImGui::EndChild();
    ImGui::PopStyleColor();
    drawPressure(ctx);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(1, 1, 1, 1));
    ImGui::BeginChild("##page", ImVec2(0, conversationHeight(ctx)), true);
    if (!m_title.empty()) ui::heading(m_title);
    // The page's own text, and in grey what happens around it (narration: "手机收到短信……").
    for (const auto& line : ctx.run.currentLines()) {
        if (line.speaker == "narrator") ui::hint(line.text);
        else ui::text(line.text);
    }
    bool complete = true;
    if (form) {
        ImGui::Spacing();
        // A player may type their real card number out of habit: nothing typed is kept, and the page says so.
        ui::coloured(s.get("web.drill_note"), palette::kMissed);
        for (const auto& field : form->fields) {
            ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
            ui::inputText(field.label + "##field-" + field.id, m_fields[field.id],
                          field.secret ? ImGuiInputTextFlags_Password : 0);
            complete &= !m_fields[field.id].empty();
        }
    }
    ImGui::EndChild();
    ImGui::PopStyleColor();
    ScenarioAction action;
    const auto choices = ctx.run.choices();
    pushChoiceStyle();
    for (size_t i = 0; i < choices.size(); ++i) {
        // Submitting needs the form filled in, as on a real page.
        const bool submit = choices[i].action == game::ChoiceAction::SubmitForm;
        const bool enabled = !submit || complete;
        if (ui::button(std::to_string(i + 1) + ". " + choices[i].text + "##choice" + std::to_string(i),
                       ImVec2(ImGui::GetContentRegionAvail().x * 0.7f, ImGui::GetFontSize() * 1.7f), enabled))
            action = {ScenarioAction::Kind::Choose, i};
        if (submit && !complete) {
            ImGui::SameLine();
            ui::hint(s.get("web.fill_first"));
        }
    }
    popChoiceStyle();
    if (const int d = ui::digitPressed(); d > 0 && static_cast<size_t>(d) <= choices.size()) {
        const auto& c = choices[static_cast<size_t>(d - 1)];
        if (c.action != game::ChoiceAction::SubmitForm || complete) action = {ScenarioAction::Kind::Choose, static_cast<size_t>(d - 1)};
    }
    return action;
}

} // namespace scenes
