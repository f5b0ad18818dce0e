#pragma once
// What one frame drew: every widget with its label and place, and every text.
// Tests and UI scripts read it to find a button by its label and to check what
// is on screen; the app reads it to find text the font atlas cannot show yet.
#include <imgui.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace scenes {

// One interactive widget drawn this frame.
struct TracedWidget {
    std::string label;   // the visible part of the ImGui label (before "##")
    std::string fullId;  // the whole label, "##" part included
    ImVec2 min, max;     // screen rectangle
    bool enabled = true;
    bool visible = true; // false when scrolled or clipped out of view
    ImVec2 clipMin, clipMax; // the visible area of the list or window it is in
};

// The record of one frame.
class UiTrace {
public:
    void beginFrame();
    void addWidget(std::string_view imguiLabel, ImVec2 min, ImVec2 max, bool enabled, bool visible = true,
                   ImVec2 clipMin = {0, 0}, ImVec2 clipMax = {0, 0});
    void addText(std::string_view text);

    // The widget whose label is exactly this (visible part or full id), else the
    // first whose visible label contains it.
    [[nodiscard]] std::optional<TracedWidget> findWidget(std::string_view label) const;
    // True when some text or widget label drawn this frame contains the text.
    [[nodiscard]] bool shows(std::string_view text) const;
    [[nodiscard]] const std::vector<TracedWidget>& widgets() const { return m_widgets; }
    [[nodiscard]] const std::vector<std::string>& texts() const { return m_texts; }
    // Everything drawn, one entry a line: for failure messages.
    [[nodiscard]] std::string describe() const;

private:
    std::vector<TracedWidget> m_widgets;
    std::vector<std::string> m_texts;
};

// The visible part of an ImGui label: "开始##start" -> "开始".
[[nodiscard]] std::string_view visibleLabel(std::string_view imguiLabel);

} // namespace scenes
