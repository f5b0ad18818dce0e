#pragma once
// The widgets every scene draws with. Each one draws through ImGui and records
// itself in the frame's UiTrace, so tests and scripts can find and read it.
#include "scenes/automation/ui_trace.h"

#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

namespace scenes {

// The fonts the app built for the current text size.
struct Fonts {
    ImFont* body = nullptr;
    ImFont* heading = nullptr;
    ImFont* title = nullptr;
};

// What the widgets need besides ImGui itself; the host (app or test harness)
// owns one and hangs it on ImGui::GetIO().UserData.
struct UiContext {
    UiTrace trace;
    Fonts fonts;
};

namespace ui {

// The UiContext of the current ImGui context (asserts that one is attached).
[[nodiscard]] UiContext& context();

// Starts a full-window screen with the scene's id; pair with endScreen().
void beginScreen(const char* id);
void endScreen();

// Text in the three sizes; wrapped to the window width.
void title(std::string_view text);
void heading(std::string_view text);
void text(std::string_view text);
// Smaller, greyed text for hints and footers.
void hint(std::string_view text);
// Text in a colour (warnings, results).
void coloured(std::string_view text, ImVec4 colour);

// A button; returns true when clicked. Disabled buttons are drawn greyed.
bool button(const std::string& label, ImVec2 size = {0, 0}, bool enabled = true);
// A large full-width button for the main choices of a screen.
bool bigButton(const std::string& label, bool enabled = true, float width = -1.0f);
// A light card-like button for one of many choices laid out in a grid (levels, scenarios);
// the label may have several lines. Returns true when clicked.
bool tile(const std::string& label, ImVec2 size);
// A radio-like choice; returns true when picked.
bool choice(const std::string& label, bool selected);
// A text field bound to a string.
bool inputText(const std::string& label, std::string& value, ImGuiInputTextFlags flags = 0);

// A selectable row (lists, combo entries); returns true when clicked.
bool selectable(const std::string& label, bool selected, ImVec2 size = {0, 0});
// A checkbox bound to a flag; returns true when toggled.
bool checkbox(const std::string& label, bool& value);
// A drop-down list; index is the chosen entry. Returns true when the choice changed.
bool combo(const std::string& label, int& index, const std::vector<std::string>& entries);
// A whole-number field with - and + buttons, kept within [min, max].
bool inputInt(const std::string& label, int& value, int min, int max);

// A scrolling body that leaves room below it for one big button, which so stays in view
// however long the body is; pair with endBody(), then draw the button.
void beginBody(const char* id);
void endBody();

// Centres the next block of the given width horizontally.
void centreNext(float width);

// Keyboard: true in the frame the key was pressed.
[[nodiscard]] bool keyPressed(ImGuiKey key);
// The digit 1-9 typed this frame when no text field has focus, else 0.
[[nodiscard]] int digitPressed();

} // namespace ui
} // namespace scenes
