#include "scenes/quiz/answer_text.h"

#include "scenes/palette.h"
#include "scenes/ui.h"

#include <algorithm>

namespace scenes {

namespace {
std::string optionText(const game::Item& item, const game::PaperItem& shown, const std::string& key) {
    const auto& order = shown.order;
    const auto at = std::find(order.begin(), order.end(), key);
    const size_t index = at == order.end() ? 0 : static_cast<size_t>(at - order.begin());
    for (const auto& o : item.options)
        if (o.key == key) return shownLetter(index) + ". " + o.text;
    return key;
}

std::string stepText(const game::Item& item, const std::string& key) {
    for (const auto& st : item.steps)
        if (st.key == key) return st.text;
    return key;
}

std::string joinLines(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& l : lines) out += (out.empty() ? "" : "\n") + l;
    return out;
}
} // namespace

std::string shownLetter(size_t index) { return std::string(1, static_cast<char>('A' + index)); }

std::string describeResponse(const game::StringTable& s, const game::Item& item, const game::PaperItem& shown,
                             const game::Response& response) {
    std::vector<std::string> lines;
    switch (item.kind) {
    case game::ItemKind::Single:
    case game::ItemKind::Multi: {
        // In the order shown, not the order picked.
        for (const auto& key : shown.order)
            if (std::find(response.keys.begin(), response.keys.end(), key) != response.keys.end())
                lines.push_back(optionText(item, shown, key));
        break;
    }
    case game::ItemKind::TrueFalse:
        if (response.truth) lines.push_back(*response.truth ? s.get("quiz.true") : s.get("quiz.false"));
        break;
    case game::ItemKind::SpotFlags: {
        const auto pieces = game::messagePieces(item);
        for (int p : response.pieces)
            if (p >= 0 && static_cast<size_t>(p) < pieces.size()) lines.push_back("「" + pieces[static_cast<size_t>(p)].text + "」");
        break;
    }
    case game::ItemKind::Ordering:
        for (size_t i = 0; i < response.keys.size(); ++i)
            lines.push_back(std::to_string(i + 1) + ". " + stepText(item, response.keys[i]));
        break;
    case game::ItemKind::Scenario: lines.push_back(response.endingId); break;
    }
    return lines.empty() ? s.get("quiz.no_answer") : joinLines(lines);
}

std::string describeCorrect(const game::StringTable& s, const game::Item& item, const game::PaperItem& shown) {
    std::vector<std::string> lines;
    switch (item.kind) {
    case game::ItemKind::Single:
    case game::ItemKind::Multi:
        for (const auto& key : shown.order)
            if (item.isAnswerKey(key)) lines.push_back(optionText(item, shown, key));
        break;
    case game::ItemKind::TrueFalse: lines.push_back(item.answerTrue ? s.get("quiz.true") : s.get("quiz.false")); break;
    case game::ItemKind::SpotFlags:
        for (const auto& f : item.flags) lines.push_back("「" + f.span + "」" + (f.why.empty() ? "" : "  " + f.why));
        break;
    case game::ItemKind::Ordering:
        for (size_t i = 0; i < item.steps.size(); ++i) lines.push_back(std::to_string(i + 1) + ". " + item.steps[i].text);
        break;
    case game::ItemKind::Scenario: break;
    }
    return joinLines(lines);
}

void drawExplanation(const game::StringTable& s, const game::Item& item) {
    ui::text(s.get("quiz.explanation") + item.explanation);
    if (!item.redFlags.empty()) {
        ui::text(s.get("quiz.red_flags"));
        for (const auto& flag : item.redFlags) ui::coloured("  ◆ " + flag, palette::kFlag);
    }
}

} // namespace scenes
