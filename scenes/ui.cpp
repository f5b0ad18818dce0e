#include "scenes/ui.h"

#include <imgui_stdlib.h>

#include <algorithm>
#include <cassert>

namespace scenes::ui {

namespace {
void traceLastItem(std::string_view label, bool enabled) {
    // Visible only when the item's centre is inside the window's clipping rectangle.
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    const ImVec2 centre((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 clipMin = draw->GetClipRectMin(), clipMax = draw->GetClipRectMax();
    const bool visible = ImGui::IsItemVisible() && centre.x >= clipMin.x && centre.x <= clipMax.x
        && centre.y >= clipMin.y && centre.y <= clipMax.y;
    context().trace.addWidget(label, min, max, enabled, visible, clipMin, clipMax);
}

void wrappedText(std::string_view text) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    ImGui::PopTextWrapPos();
    context().trace.addText(text);
}

void textInFont(ImFont* font, std::string_view text) {
    if (font) ImGui::PushFont(font);
    wrappedText(text);
    if (font) ImGui::PopFont();
}
} // namespace

UiContext& context() {
    auto* ctx = static_cast<UiContext*>(ImGui::GetIO().UserData);
    assert(ctx && "the host must attach a UiContext to io.UserData");
    return *ctx;
}

void beginScreen(const char* id) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    constexpr ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoMove
        | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin(id, nullptr, flags);
}

void endScreen() { ImGui::End(); }

void title(std::string_view text) { textInFont(context().fonts.title, text); }
void heading(std::string_view text) { textInFont(context().fonts.heading, text); }
void text(std::string_view text) { wrappedText(text); }

void hint(std::string_view text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    wrappedText(text);
    ImGui::PopStyleColor();
}

void coloured(std::string_view text, ImVec4 colour) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    wrappedText(text);
    ImGui::PopStyleColor();
}

bool button(const std::string& label, ImVec2 size, bool enabled) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    if (!enabled) ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.55f, 0.57f, 0.62f, 1.0f));
    ImGui::BeginDisabled(!enabled);
    const bool pressed = ImGui::Button(label.c_str(), size);
    ImGui::EndDisabled();
    ImGui::PopStyleColor(enabled ? 1 : 2);
    traceLastItem(label, enabled);
    return pressed && enabled;
}

bool bigButton(const std::string& label, bool enabled, float width) {
    const float w = width > 0 ? width : ImGui::GetContentRegionAvail().x;
    const float h = ImGui::GetFontSize() * 2.2f;
    return button(label, ImVec2(w, h), enabled);
}

bool tile(const std::string& label, ImVec2 size) {
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(1, 1, 1, 1));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(0.90f, 0.94f, 1.0f, 1));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImVec4(0.80f, 0.87f, 1.0f, 1));
    ImGui::PushStyleColor(ImGuiCol_Border, ImVec4(0.75f, 0.78f, 0.85f, 1));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
    const bool pressed = ImGui::Button(label.c_str(), size);
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(4);
    traceLastItem(label, true);
    return pressed;
}

bool choice(const std::string& label, bool selected) {
    const bool pressed = ImGui::RadioButton(label.c_str(), selected);
    traceLastItem(label, true);
    return pressed;
}

bool inputText(const std::string& label, std::string& value, ImGuiInputTextFlags flags) {
    const bool changed = ImGui::InputText(label.c_str(), &value, flags);
    traceLastItem(label, true);
    context().trace.addText(value);
    return changed;
}

bool selectable(const std::string& label, bool selected, ImVec2 size) {
    const bool pressed = ImGui::Selectable(label.c_str(), selected, 0, size);
    traceLastItem(label, true);
    return pressed;
}

bool checkbox(const std::string& label, bool& value) {
    const bool pressed = ImGui::Checkbox(label.c_str(), &value);
    traceLastItem(label, true);
    return pressed;
}

bool combo(const std::string& label, int& index, const std::vector<std::string>& entries) {
    const char* preview = index >= 0 && index < static_cast<int>(entries.size()) ? entries[static_cast<size_t>(index)].c_str() : "";
    bool changed = false;
    const bool open = ImGui::BeginCombo(label.c_str(), preview);
    traceLastItem(label, true);
    context().trace.addText(preview);
    if (open) {
        for (size_t i = 0; i < entries.size(); ++i) {
            const bool chosen = static_cast<int>(i) == index;
            if (selectable(entries[i] + "##" + label + std::to_string(i), chosen)) {
                index = static_cast<int>(i);
                changed = true;
            }
            if (chosen) ImGui::SetItemDefaultFocus();
        }
        ImGui::EndCombo();
    }
    return changed;
}

bool inputInt(const std::string& label, int& value, int min, int max) {
    const int before = value;
    ImGui::PushID(label.c_str());
    if (button("-##minus", ImVec2(ImGui::GetFrameHeight() * 1.4f, 0))) --value;
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 4);
    ImGui::InputInt("##value", &value, 0, 0);
    traceLastItem(label, true);
    ImGui::SameLine();
    if (button("+##plus", ImVec2(ImGui::GetFrameHeight() * 1.4f, 0))) ++value;
    ImGui::SameLine();
    text(visibleLabel(label));
    ImGui::PopID();
    value = std::clamp(value, min, max);
    return value != before;
}

void beginBody(const char* id) {
    ImGui::BeginChild(id, ImVec2(0, ImGui::GetContentRegionAvail().y - ImGui::GetFontSize() * 3.2f));
}

void endBody() { ImGui::EndChild(); }

void centreNext(float width) {
    const float avail = ImGui::GetContentRegionAvail().x;
    if (avail > width) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - width) * 0.5f);
}

bool keyPressed(ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), false); }

int digitPressed() {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput) return 0;
    for (const ImWchar c : io.InputQueueCharacters)
        if (c >= '1' && c <= '9') return static_cast<int>(c - '0');
    return 0;
}

} // namespace scenes::ui
