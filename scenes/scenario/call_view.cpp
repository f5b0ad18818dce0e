#include "scenes/scenario/call_view.h"

#include "scenes/names.h"
#include "scenes/ui.h"

#include <cctype>

namespace scenes {

namespace {
const ImVec4 kGreen(0.16f, 0.68f, 0.33f, 1);
const ImVec4 kRed(0.86f, 0.18f, 0.16f, 1);
const ImVec4 kLight(0.95f, 0.96f, 0.98f, 1);

std::string clockText(std::chrono::milliseconds elapsed) {
    const auto secs = std::chrono::duration_cast<std::chrono::seconds>(elapsed).count();
    const auto two = [](long long n) { return (n < 10 ? "0" : "") + std::to_string(n); };
    return two(static_cast<long long>(secs / 60)) + ":" + two(static_cast<long long>(secs % 60));
}

bool roundButton(const std::string& label, ImVec4 colour, float width, float lines = 2.8f) {
    ImGui::PushStyleColor(ImGuiCol_Button, colour);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(colour.x + 0.08f, colour.y + 0.08f, colour.z + 0.08f, 1));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, ImGui::GetFontSize() * 1.4f);
    const bool pressed = ui::button(label, ImVec2(width, ImGui::GetFontSize() * lines));
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
    return pressed;
}

// The caller's avatar: a circle with their initial.
void avatar(const game::Contact& contact, float radius) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float centreX = at.x + ImGui::GetContentRegionAvail().x * 0.5f;
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(centreX, at.y + radius), radius, IM_COL32(90, 110, 140, 255), 48);
    const std::string initial = callerInitial(contact);
    ImFont* font = ui::context().fonts.title;
    const float size = font ? font->FontSize : ImGui::GetFontSize() * 2;
    const ImVec2 ts = font ? font->CalcTextSizeA(size, 1e9f, 0, initial.c_str()) : ImGui::CalcTextSize(initial.c_str());
    ImGui::GetWindowDrawList()->AddText(font, size, ImVec2(centreX - ts.x * 0.5f, at.y + radius - ts.y * 0.5f),
                                        IM_COL32_WHITE, initial.c_str());
    ImGui::Dummy(ImVec2(0, radius * 2 + ImGui::GetStyle().ItemSpacing.y));
}

void centredText(const std::string& text, ImFont* font = nullptr) {
    if (font) ImGui::PushFont(font);
    const float w = ImGui::CalcTextSize(text.c_str()).x;
    ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), (ImGui::GetWindowWidth() - w) * 0.5f));
    ImGui::TextUnformatted(text.c_str());
    ui::context().trace.addText(text);
    if (font) ImGui::PopFont();
}
} // namespace

void CallView::enterStep(const ScenarioViewContext& ctx, bool newCall) {
    if (ctx.run.ringing()) {
        m_connectedAt.reset();
        if (!ctx.services.settings.muted) ctx.services.voice.ring(true);
        return;
    }
    // A call the player places connects at once: no ringing, nothing to answer.
    if (newCall) {
        m_connectedAt = ctx.now;
        ctx.services.voice.ring(false);
    }
    speakStep(ctx);
}

void CallView::speakStep(const ScenarioViewContext& ctx) {
    if (ctx.services.settings.muted) return;
    std::string words;
    for (const auto& line : ctx.run.currentLines())
        if (!game::isAside(line)) words += line.text;
    if (!words.empty()) ctx.services.voice.say(words);
}

void CallView::leave(Voice& voice) {
    voice.ring(false);
    voice.stop();
}

ScenarioAction CallView::draw(const ScenarioViewContext& ctx) {
    const auto& s = ctx.services.strings;
    const auto& contact = ctx.run.contact();
    const float width = ImGui::GetContentRegionAvail().x;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0.11f, 0.14f, 0.20f, 1));
    ImGui::PushStyleColor(ImGuiCol_Text, kLight);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ImGui::GetFontSize(), ImGui::GetFontSize() * 0.6f));
    ImGui::BeginChild("##phone", ImVec2(0, 0), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
    ImGui::PopStyleVar();
    ScenarioAction action;
    const std::string claims = contact.claims.empty() ? "" : s.format("call.claims", {contact.claims});
    const bool ringing = ctx.run.ringing();
    if (ringing) {
        // Ringing: the avatar, the name, the number and who the caller claims to be, each on its own line.
        ImGui::Dummy(ImVec2(0, ImGui::GetFontSize() * 0.5f));
        avatar(contact, ImGui::GetFontSize() * 2.6f);
        centredText(contact.name, ui::context().fonts.heading);
        if (!contact.number.empty()) centredText(contact.number);
        if (!claims.empty()) centredText(claims);
    } else {
        // Talking: no avatar, and who is on the line in one line, to leave the room to the
        // conversation and the choices, even with the largest text.
        // (The number and the claimed identity were on the ringing screen and are in the debrief.)
        const auto since = m_connectedAt ? ctx.now - *m_connectedAt : std::chrono::milliseconds(0);
        centredText(contact.name + "  ·  "
                    + s.format("call.connected", {clockText(std::chrono::duration_cast<std::chrono::milliseconds>(since))}));
    }
    if (ringing) {
        centredText(s.get("call.incoming"), ui::context().fonts.heading);
        ImGui::Dummy(ImVec2(0, ImGui::GetFontSize() * 2));
        const float button = ImGui::GetFontSize() * 7;
        ImGui::SetCursorPosX((width - button * 2 - ImGui::GetFontSize() * 6) * 0.5f);
        if (roundButton(s.get("call.decline") + "##decline", kRed, button)) {
            leave(ctx.services.voice);
            action.kind = ScenarioAction::Kind::HangUp;
        }
        ImGui::SameLine(0, ImGui::GetFontSize() * 6);
        if (roundButton(s.get("call.answer") + "##answer", kGreen, button) || ui::keyPressed(ImGuiKey_Enter)) {
            m_connectedAt = ctx.now;
            ctx.services.voice.ring(false);
            speakStep(ctx);
            action.kind = ScenarioAction::Kind::Answer;
        }
    } else {
        ImGui::Separator();
        // The conversation scrolls if it must; "say again" and hang up stay in view below it.
        ImGui::BeginChild("##call-talk", ImVec2(0, ImGui::GetContentRegionAvail().y - ImGui::GetFontSize() * 3.0f));
        // Subtitles are always shown, sound or not.
        for (const auto& line : ctx.run.currentLines()) {
            ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 0.93f, 0.6f, 1));
            ui::text(line.text);
            ImGui::PopStyleColor();
        }
        drawPressure(ctx);
        ImGui::Spacing();
        action = drawChoiceButtons(ctx, ImGui::GetContentRegionAvail().x * 0.96f, false, true);
        ImGui::EndChild();
        if (ui::button(s.get("call.repeat") + "##repeat")) speakStep(ctx);
        ImGui::SameLine();
        ImGui::SetCursorPosX(ImGui::GetWindowContentRegionMax().x - ImGui::GetFontSize() * 7);
        if (roundButton(s.get("call.hang_up") + "##hang-up", kRed, ImGui::GetFontSize() * 7, 2.2f) || ui::keyPressed(ImGuiKey_Escape)) {
            leave(ctx.services.voice);
            action.kind = ScenarioAction::Kind::HangUp;
        }
    }
    ImGui::EndChild();
    ImGui::PopStyleColor(2);
    return action;
}

} // namespace scenes
