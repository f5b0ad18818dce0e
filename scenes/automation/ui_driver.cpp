#include "scenes/automation/ui_driver.h"

#include "scenes/automation/ui_trace.h"

#include <array>
#include <utility>

namespace scenes {

namespace {
constexpr std::array<std::pair<std::string_view, ImGuiKey>, 14> kKeys{{
    {"Enter", ImGuiKey_Enter},       {"Escape", ImGuiKey_Escape},     {"Tab", ImGuiKey_Tab},
    {"Space", ImGuiKey_Space},       {"Backspace", ImGuiKey_Backspace}, {"Delete", ImGuiKey_Delete},
    {"Up", ImGuiKey_UpArrow},        {"Down", ImGuiKey_DownArrow},    {"Left", ImGuiKey_LeftArrow},
    {"Right", ImGuiKey_RightArrow},  {"Home", ImGuiKey_Home},         {"End", ImGuiKey_End},
    {"PageUp", ImGuiKey_PageUp},     {"PageDown", ImGuiKey_PageDown},
}};
} // namespace

void UiDriver::click(ImVec2 position) {
    m_steps.push_back({Step::Kind::Move, position, {}, 0});
    m_steps.push_back({Step::Kind::Down, position, {}, 0});
    m_steps.push_back({Step::Kind::Up, position, {}, 0});
}

void UiDriver::wheel(ImVec2 position, float notches) {
    Step step{Step::Kind::Wheel, position, {}, 0};
    step.wheel = notches;
    m_steps.push_back(step);
}

void UiDriver::scrollTowards(const TracedWidget& widget) {
    const ImVec2 centre((widget.clipMin.x + widget.clipMax.x) * 0.5f, (widget.clipMin.y + widget.clipMax.y) * 0.5f);
    // Down (a negative notch) while any of it is below the visible area, even if its top shows.
    wheel(centre, widget.max.y > widget.clipMax.y ? -1.0f : 1.0f);
}

void UiDriver::type(std::string_view text) { m_steps.push_back({Step::Kind::Text, {}, std::string(text), 0}); }

bool UiDriver::key(std::string_view name) {
    for (const auto& [keyName, imguiKey] : kKeys) {
        if (keyName == name) {
            m_steps.push_back({Step::Kind::KeyDown, {}, {}, static_cast<int>(imguiKey)});
            m_steps.push_back({Step::Kind::KeyUp, {}, {}, static_cast<int>(imguiKey)});
            return true;
        }
    }
    if (name.size() == 1 && name[0] > ' ' && name[0] < 0x7F) {
        type(name);
        return true;
    }
    return false;
}

void UiDriver::beforeFrame(ImGuiIO& io) {
    // Hold the mouse where the script put it, whatever the real pointer does.
    if (m_mouse.x >= 0) {
        io.MousePos = m_mouse;
        io.MouseDown[0] = m_holding;
    }
    if (m_steps.empty()) return;
    Step step = std::move(m_steps.front());
    m_steps.pop_front();
    switch (step.kind) {
    case Step::Kind::Move: m_mouse = step.position; m_holding = false; break;
    case Step::Kind::Down: m_mouse = step.position; m_holding = true; break;
    case Step::Kind::Up: m_mouse = step.position; m_holding = false; break;
    case Step::Kind::Text: io.AddInputCharactersUTF8(step.text.c_str()); break;
    case Step::Kind::KeyDown: io.KeysDown[io.KeyMap[step.keyIndex]] = true; break;
    case Step::Kind::KeyUp: io.KeysDown[io.KeyMap[step.keyIndex]] = false; break;
    case Step::Kind::Wheel: m_mouse = step.position; io.MouseWheel += step.wheel; break;
    }
    io.MousePos = m_mouse;
    io.MouseDown[0] = m_holding;
}

} // namespace scenes
