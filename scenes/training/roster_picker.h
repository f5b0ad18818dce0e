#pragma once
// Finding yourself on a roster: a search field (name, number or pinyin
// initials: "zw" finds 张伟) and large result rows. Used by sign-in and practice.
#include "game/records/store_rows.h"

#include <optional>
#include <string>
#include <vector>

namespace game { class StringTable; }

namespace scenes {

class RosterPicker {
public:
    // Draws the field and the matches among people; returns the person picked this frame.
    std::optional<game::Person> draw(const game::StringTable& strings, const std::vector<game::Person>& people);
    void clear() {
        m_query.clear();
        m_focusNext = true;
    }

private:
    std::string m_query;
    bool m_focusNext = true; // the field takes the keyboard when the picker appears: type, then Enter
    size_t m_highlight = 0;  // the match Enter takes; Up and Down move it
};

} // namespace scenes
