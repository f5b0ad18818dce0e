#include "app/style.h"

#include <imgui.h>

namespace app {

void applyStyle(float textPixels) {
    ImGuiStyle style;
    ImGui::StyleColorsLight(&style);
    const float unit = textPixels / 22.0f;
    style.WindowPadding = ImVec2(28 * unit, 22 * unit);
    style.FramePadding = ImVec2(14 * unit, 9 * unit);
    style.ItemSpacing = ImVec2(12 * unit, 12 * unit);
    style.ItemInnerSpacing = ImVec2(8 * unit, 6 * unit);
    style.FrameRounding = 8 * unit;
    style.PopupRounding = 8 * unit;
    style.WindowRounding = 0;
    style.GrabMinSize = 18 * unit;
    style.ScrollbarSize = 22 * unit;
    style.FrameBorderSize = 1.0f;
    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = ImVec4(0.96f, 0.97f, 0.99f, 1.0f);
    c[ImGuiCol_Text] = ImVec4(0.10f, 0.12f, 0.16f, 1.0f);
    c[ImGuiCol_TextDisabled] = ImVec4(0.45f, 0.48f, 0.53f, 1.0f);
    c[ImGuiCol_Button] = ImVec4(0.80f, 0.12f, 0.15f, 1.0f);        // campaign red
    c[ImGuiCol_ButtonHovered] = ImVec4(0.88f, 0.22f, 0.24f, 1.0f);
    c[ImGuiCol_ButtonActive] = ImVec4(0.65f, 0.08f, 0.10f, 1.0f);
    c[ImGuiCol_Border] = ImVec4(0.75f, 0.78f, 0.84f, 1.0f);
    c[ImGuiCol_FrameBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
    c[ImGuiCol_PopupBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
    c[ImGuiCol_CheckMark] = ImVec4(0.80f, 0.12f, 0.15f, 1.0f);
    c[ImGuiCol_Header] = ImVec4(0.98f, 0.86f, 0.86f, 1.0f);
    c[ImGuiCol_HeaderHovered] = ImVec4(0.98f, 0.78f, 0.78f, 1.0f);
    c[ImGuiCol_HeaderActive] = ImVec4(0.95f, 0.70f, 0.70f, 1.0f);
    c[ImGuiCol_ModalWindowDimBg] = ImVec4(0.1f, 0.1f, 0.1f, 0.45f);
    ImGui::GetStyle() = style;
    // White text on the red buttons; disabled buttons fade to grey.
    ImGui::GetStyle().Colors[ImGuiCol_Text] = c[ImGuiCol_Text];
}

} // namespace app
