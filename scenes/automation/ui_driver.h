#pragma once
// Plays input into ImGui as a person would: move, press, release; type; keys.
// Both the headless test harness and the real program's --ui-script use it,
// calling beforeFrame() after the platform backend's NewFrame and before
// ImGui::NewFrame().
#include <imgui.h>

#include <deque>
#include <string>
#include <string_view>

namespace scenes {

class UiDriver {
public:
    // Queues a click at a screen position (hover, press, release: 3 frames).
    void click(ImVec2 position);
    // Queues one notch of the mouse wheel at a position (negative scrolls down).
    void wheel(ImVec2 position, float notches);
    // Queues wheel notches that bring a widget out of view into view, as a person would scroll.
    void scrollTowards(const struct TracedWidget& widget);
    // Queues UTF-8 text for the focused text field.
    void type(std::string_view text);
    // Queues a key by name: Enter, Escape, Tab, Space, Backspace, Delete, Up,
    // Down, Left, Right, Home, End, PageUp, PageDown, or one character (1, a).
    // Returns false when the name is none of these.
    bool key(std::string_view name);

    // Applies this frame's share of the queued input.
    void beforeFrame(ImGuiIO& io);
    // True when no input is waiting.
    [[nodiscard]] bool idle() const { return m_steps.empty(); }

private:
    struct Step {
        enum class Kind { Move, Down, Up, Text, KeyDown, KeyUp, Wheel } kind;
        ImVec2 position{};
        std::string text;
        int keyIndex = 0;
        float wheel = 0;
    };
    std::deque<Step> m_steps;
    ImVec2 m_mouse{-1, -1};
    bool m_holding = false;
};

} // namespace scenes
