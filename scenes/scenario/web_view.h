#pragma once
// A web page in a browser frame: the address bar, the page, and a form (card
// number, password, code) whose submission is a choice the scenario scores.
#include "scenes/scenario/scenario_view.h"

#include <map>
#include <string>

namespace scenes {

class WebView {
public:
    ScenarioAction draw(const ScenarioViewContext& ctx);
    // A new web step: the page loads with an empty form, at its own address, else at the
    // address of the link the player followed, else where the last page was.
    void enterStep(const ScenarioViewContext& ctx);
    // What the player typed into the form, by field id.
    [[nodiscard]] const std::map<std::string, std::string>& typed() const { return m_fields; }

private:
    std::map<std::string, std::string> m_fields;
    std::string m_address; // what the address bar shows
    std::string m_title;   // the page's heading: its form's title, else the last page's
};

} // namespace scenes
