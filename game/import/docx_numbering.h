#pragma once
// Word's automatic list numbering (word/numbering.xml): question banks often
// number questions "1." and options "A." with a list, so the numbers are not in
// the text. This writes them out the way Word shows them.
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace game {

// The list definitions of one .docx, and the counters while reading it in order.
class DocxNumbering {
public:
    // Reads numbering.xml; empty or broken XML gives no lists (labels are then empty).
    [[nodiscard]] static DocxNumbering parse(std::string_view numberingXml);

    // Counts one more paragraph of list numId at level and returns its label
    // with the separator Word puts after it ("3.\t", "B、\t"); empty for bullets.
    [[nodiscard]] std::string label(int numId, int level);

private:
    struct Level {
        std::string format = "decimal"; // w:numFmt
        std::string text;               // w:lvlText, e.g. "%1."
        std::string suffix = "\t";      // w:suff
        int start = 1;
    };
    std::map<int, int> m_abstractOf;                  // numId -> abstractNumId
    std::map<int, std::map<int, Level>> m_levels;     // abstractNumId -> level -> definition
    std::map<int, std::vector<int>> m_counters;       // numId -> counter per level (0 = not started)
};

} // namespace game
