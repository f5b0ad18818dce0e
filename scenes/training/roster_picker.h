#pragma once
// Finding yourself on a roster: a search field (name, number or pinyin
// initials: "zw" finds 张伟) and large result rows. Used by sign-in and practice.
// The roster is given when it is loaded; typing searches it in memory.
#include "game/records/store_rows.h"
#include "game/roster/roster_search.h"

#include <optional>
#include <string>
#include <vector>

namespace game { class StringTable; }

namespace scenes {

class RosterPicker {
public:
    // The people to pick from (after loading them); the search runs again over them.
    void setPeople(std::vector<game::Person> people);
    // Draws the field and the matches; returns the person picked this frame.
    std::optional<game::Person> draw(const game::StringTable& strings);
    // Empties the field for the next person, and gives it the keyboard.
    void clear() {
        m_query.clear();
        m_focusNext = true;
    }

private:
    void searchIfTyped();

    std::vector<game::Person> m_people;
    std::vector<game::RosterEntry> m_roster; // m_people as the search sees them
    std::string m_query;
    std::optional<std::string> m_searched; // the query m_matches are for; none after the roster changed
    std::vector<size_t> m_matches;          // indices into m_people, best first
    bool m_focusNext = true; // the field takes the keyboard when the picker appears: type, then Enter
    size_t m_highlight = 0;  // the match Enter takes; Up and Down move it
};

} // namespace scenes
