#include "scenes/scenario/scenario_view.h"

#include "scenes/palette.h"
#include "scenes/ui.h"

#include <algorithm>
#include <cstdio>

namespace scenes {

void drawPressure(const ScenarioViewContext& ctx) {
    const auto left = ctx.run.secondsLeft(ctx.now);
    const auto* step = ctx.run.currentStep();
    if (!left || !step || step->timeLimit <= 0) return;
    const auto& s = ctx.services.strings;
    const float share = static_cast<float>(*left / step->timeLimit);
    // One line: the draining bar with the seconds written on it, so that even with the
    // largest text the countdown leaves room for the choices.
    const std::string text = s.format("scenario.time_left", {std::to_string(static_cast<int>(*left + 0.999))});
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, ImVec4(0.85f, 0.15f, 0.1f, 1));
    ImGui::PushStyleColor(ImGuiCol_FrameBg, ImVec4(0.98f, 0.85f, 0.83f, 1));
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.15f, 0.05f, 0.05f, 1));
    ImGui::ProgressBar(share, ImVec2(-1, ImGui::GetFontSize() * 1.15f), text.c_str());
    ImGui::PopStyleColor(3);
    ui::context().trace.addText(text);
}

void pushChoiceStyle() {
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.25f, 0.33f, 0.48f, 1));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(0.32f, 0.42f, 0.60f, 1));
    ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.03f, 0.5f));
}

void popChoiceStyle() {
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
}

float conversationHeight(const ScenarioViewContext& ctx) {
    const float avail = ImGui::GetContentRegionAvail().y;
    const float row = ImGui::GetFontSize() * 1.7f + ImGui::GetStyle().ItemSpacing.y;
    const float choices = row * static_cast<float>(ctx.run.choices().size()) + ImGui::GetStyle().ItemSpacing.y * 2;
    return std::max(avail * 0.4f, avail - choices);
}

ScenarioAction drawChoiceButtons(const ScenarioViewContext& ctx, float width, bool skipLinks, bool asButtons) {
    ScenarioAction action;
    const auto choices = ctx.run.choices();
    if (asButtons) pushChoiceStyle();
    for (size_t i = 0; i < choices.size(); ++i) {
        if (skipLinks && choices[i].action == game::ChoiceAction::TapLink) continue;
        const std::string label = std::to_string(i + 1) + ". " + choices[i].text + "##choice" + std::to_string(i);
        const ImVec2 size(width, ImGui::GetFontSize() * 1.7f);
        if (asButtons ? ui::button(label, size) : ui::selectable(label, false, size)) action = {ScenarioAction::Kind::Choose, i};
    }
    if (asButtons) popChoiceStyle();
    if (const int d = ui::digitPressed(); d > 0 && static_cast<size_t>(d) <= choices.size())
        action = {ScenarioAction::Kind::Choose, static_cast<size_t>(d - 1)};
    return action;
}

void drawBubble(const std::string& text, bool mine, ImVec4 colour, const std::string& speaker) {
    const float avail = ImGui::GetContentRegionAvail().x;
    const float wrap = avail * 0.62f;
    const ImVec2 pad(ImGui::GetFontSize() * 0.6f, ImGui::GetFontSize() * 0.4f);
    if (!speaker.empty()) ui::hint(speaker);
    const ImVec2 size = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap);
    const float x0 = ImGui::GetCursorPosX();
    if (mine) ImGui::SetCursorPosX(x0 + avail - size.x - pad.x * 2);
    const ImVec2 topLeft = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddRectFilled(topLeft, ImVec2(topLeft.x + size.x + pad.x * 2, topLeft.y + size.y + pad.y * 2),
                                              ImGui::ColorConvertFloat4ToU32(colour), ImGui::GetFontSize() * 0.35f);
    ImGui::SetCursorScreenPos(ImVec2(topLeft.x + pad.x, topLeft.y + pad.y));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ui::context().trace.addText(text);
    ImGui::SetCursorScreenPos(ImVec2(topLeft.x, topLeft.y + size.y + pad.y * 2));
    ImGui::SetCursorPosX(x0);
    ImGui::Dummy(ImVec2(0, pad.y));
}

void drawMine(const game::ConversationEntry& entry, const game::StringTable& s) {
    const std::string text = s.format("scenario.you_did", {entry.line.text});
    const float width = ImGui::CalcTextSize(text.c_str()).x;
    const float avail = ImGui::GetContentRegionAvail().x;
    if (width < avail) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + avail - width - ImGui::GetFontSize());
    ui::coloured(text, palette::kPlayer);
}

std::string cardText(const game::SeenLine& line, const game::StringTable& s, bool live) {
    char amount[32];
    std::snprintf(amount, sizeof amount, "%.2f", line.amount);
    switch (line.kind) {
    case game::LineKind::Transfer: return s.format("scenario.card.transfer", {amount, line.text});
    case game::LineKind::RedPacket: return s.format("scenario.card.red_packet", {line.text});
    case game::LineKind::Image: return s.format("scenario.card.image", {line.caption.empty() ? line.text : line.caption});
    case game::LineKind::Voice: return s.format(live ? "scenario.card.voice" : "scenario.card.voice_heard", {line.text});
    case game::LineKind::Link: return s.format("scenario.card.link", {line.text, line.url});
    case game::LineKind::Text: break;
    }
    return line.text;
}

bool drawCard(const game::SeenLine& line, const game::StringTable& s, int id) {
    const std::string text = cardText(line, s);
    ImVec4 colour(0.95f, 0.60f, 0.20f, 1);
    switch (line.kind) {
    case game::LineKind::Transfer: break;
    case game::LineKind::RedPacket: colour = ImVec4(0.85f, 0.25f, 0.2f, 1); break;
    case game::LineKind::Image: colour = ImVec4(0.82f, 0.84f, 0.87f, 1); break;
    case game::LineKind::Voice: colour = ImVec4(0.80f, 0.93f, 0.80f, 1); break;
    case game::LineKind::Link: colour = ImVec4(0.85f, 0.90f, 1.0f, 1); break;
    case game::LineKind::Text: colour = ImVec4(1, 1, 1, 1); break;
    }
    const ImVec2 before = ImGui::GetCursorScreenPos();
    drawBubble(text, false, colour);
    const ImVec2 after = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(before);
    const bool tapped = ImGui::InvisibleButton(("##card" + std::to_string(id)).c_str(),
                                               ImVec2(ImGui::GetContentRegionAvail().x * 0.62f, std::max(1.0f, after.y - before.y)));
    ui::context().trace.addWidget(text + "##card" + std::to_string(id), ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), true);
    ImGui::SetCursorScreenPos(after);
    return tapped;
}

} // namespace scenes
