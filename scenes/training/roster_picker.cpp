#include "scenes/training/roster_picker.h"

#include "game/strings.h"
#include "scenes/names.h"
#include "scenes/ui.h"

namespace scenes {

namespace {
constexpr size_t kShownMatches = 8;
}

void RosterPicker::setPeople(std::vector<game::Person> people) {
    m_people = std::move(people);
    m_roster.clear();
    m_roster.reserve(m_people.size());
    for (const auto& p : m_people) m_roster.push_back({p.id.value, p.name, p.number.value_or("")});
    m_searched.reset();
}

// Searches again only when the query or the roster changed, not every frame.
void RosterPicker::searchIfTyped() {
    if (m_searched == m_query) return;
    m_matches = game::searchRoster(m_roster, m_query, kShownMatches);
    m_searched = m_query;
}

std::optional<game::Person> RosterPicker::draw(const game::StringTable& s) {
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
    if (m_focusNext) {
        ImGui::SetKeyboardFocusHere();
        m_focusNext = false;
    }
    ui::inputText(s.get("signin.search") + "##roster-search", m_query);
    ui::hint(s.get("signin.search.hint"));
    searchIfTyped();
    const auto& matches = m_matches;
    if (matches.empty()) ui::hint(m_people.empty() ? s.get("signin.roster_empty") : s.get("signin.no_match"));
    std::optional<game::Person> picked;
    // Keyboard: Up and Down move the highlight, Enter takes it ("zw", Enter signs 张伟 in).
    if (ui::keyPressed(ImGuiKey_DownArrow) && m_highlight + 1 < matches.size()) ++m_highlight;
    if (ui::keyPressed(ImGuiKey_UpArrow) && m_highlight > 0) --m_highlight;
    if (m_highlight >= matches.size()) m_highlight = 0;
    for (size_t n = 0; n < matches.size(); ++n) {
        const auto& p = m_people[matches[n]];
        std::string label = std::to_string(n + 1) + "   " + p.name + "   " + nameOf(s, p.role);
        if (p.number) label += "   " + *p.number;
        if (ui::selectable(label + "##pick" + std::to_string(p.id.value), n == m_highlight && !m_query.empty(),
                           ImVec2(0, ImGui::GetFontSize() * 1.6f)))
            picked = p;
    }
    if (const int digit = ui::digitPressed(); digit > 0 && static_cast<size_t>(digit) <= matches.size())
        picked = m_people[matches[static_cast<size_t>(digit - 1)]];
    if (ui::keyPressed(ImGuiKey_Enter) && !matches.empty()) picked = m_people[matches[m_highlight]];
    return picked;
}

} // namespace scenes
