#include "scenes/automation/ui_trace.h"

namespace scenes {

std::string_view visibleLabel(std::string_view imguiLabel) {
    return imguiLabel.substr(0, imguiLabel.find("##"));
}

void UiTrace::beginFrame() {
    m_widgets.clear();
    m_texts.clear();
}

void UiTrace::addWidget(std::string_view imguiLabel, ImVec2 min, ImVec2 max, bool enabled, bool visible, ImVec2 clipMin,
                        ImVec2 clipMax) {
    m_widgets.push_back(
        {std::string(visibleLabel(imguiLabel)), std::string(imguiLabel), min, max, enabled, visible, clipMin, clipMax});
}

void UiTrace::addText(std::string_view text) { m_texts.emplace_back(text); }

std::optional<TracedWidget> UiTrace::findWidget(std::string_view label) const {
    for (const auto& w : m_widgets)
        if (w.label == label || w.fullId == label) return w;
    for (const auto& w : m_widgets)
        if (!label.empty() && w.label.find(label) != std::string::npos) return w;
    return std::nullopt;
}

bool UiTrace::shows(std::string_view text) const {
    for (const auto& t : m_texts)
        if (t.find(text) != std::string::npos) return true;
    for (const auto& w : m_widgets)
        if (w.label.find(text) != std::string::npos) return true;
    return false;
}

std::string UiTrace::describe() const {
    std::string out;
    for (const auto& w : m_widgets)
        out += "  [" + w.label + "]" + (w.enabled ? "" : " (disabled)") + (w.visible ? "" : " (out of view)") + "\n";
    for (const auto& t : m_texts) out += "  " + t + "\n";
    return out;
}

} // namespace scenes
