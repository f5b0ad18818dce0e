#include "scenes/quiz/answer_text.h"

#include "scenes/palette.h"
#include "scenes/ui.h"

#include <algorithm>

namespace scenes {

namespace {
std::string joinLines(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& l : lines) out += (out.empty() ? "" : "\n") + l;
    return out;
}

std::vector<std::string> optionLines(const game::Item& item, const std::vector<game::OptionVerdict>& options) {
    std::vector<std::string> lines;
    for (const auto& option : options) lines.push_back(optionText(item, option));
    return lines;
}
} // namespace

std::string shownLetter(size_t index) { return std::string(1, static_cast<char>('A' + index)); }

std::string optionText(const game::Item& item, const game::OptionVerdict& option) {
    for (const auto& o : item.options)
        if (o.key == option.key) return shownLetter(option.place) + ". " + o.text;
    return option.key;
}

std::string stepText(const game::Item& item, const std::string& key) {
    for (const auto& st : item.steps)
        if (st.key == key) return st.text;
    return key;
}

std::string describeResponse(const game::StringTable& s, const game::Item& item, const game::Verdict& verdict,
                             const game::Response& response) {
    std::vector<std::string> lines;
    switch (item.kind) {
    case game::ItemKind::Single:
    case game::ItemKind::Multi: lines = optionLines(item, verdict.picks()); break; // in the order shown
    case game::ItemKind::TrueFalse:
        if (response.truth) lines.push_back(*response.truth ? s.get("quiz.true") : s.get("quiz.false"));
        break;
    case game::ItemKind::SpotFlags: {
        const auto pieces = game::messagePieces(item);
        for (size_t i = 0; i < std::min(pieces.size(), verdict.pieces.size()); ++i)
            if (verdict.pieces[i] == game::PieceVerdict::Found || verdict.pieces[i] == game::PieceVerdict::WronglyPicked)
                lines.push_back("「" + pieces[i].text + "」");
        break;
    }
    case game::ItemKind::Ordering:
        for (size_t i = 0; i < verdict.steps.size(); ++i)
            lines.push_back(std::to_string(i + 1) + ". " + stepText(item, verdict.steps[i].key));
        break;
    case game::ItemKind::Scenario:
        if (!verdict.endingTitle.empty()) lines.push_back(verdict.endingTitle);
        else if (!response.endingId.empty()) lines.push_back(response.endingId);
        break;
    }
    return lines.empty() ? s.get("quiz.no_answer") : joinLines(lines);
}

std::string describeCorrect(const game::StringTable& s, const game::Item& item, const game::Verdict& verdict) {
    std::vector<std::string> lines;
    switch (item.kind) {
    case game::ItemKind::Single:
    case game::ItemKind::Multi: lines = optionLines(item, verdict.answers()); break;
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
