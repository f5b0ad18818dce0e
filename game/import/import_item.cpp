#include "game/import/import_item.h"

namespace game {

namespace {

const char* kindCode(SectionKind kind) {
    switch (kind) {
    case SectionKind::Multi: return "multi";
    case SectionKind::TrueFalse: return "truefalse";
    default: return "single";
    }
}

// "A. 正确  B. 错误" with the answer A: the option's text says true or false.
std::optional<bool> optionTruth(const std::vector<OptionPiece>& options, char key) {
    for (const auto& option : options)
        if (option.key == key)
            if (auto value = parseAnswerValue(option.text); value && value->truth) return value->truth;
    return std::nullopt;
}

DraftOutcome failed(std::string problem) {
    DraftOutcome outcome;
    outcome.problem = std::move(problem);
    return outcome;
}

} // namespace

DraftOutcome buildQuestionItem(DraftQuestion draft) {
    DraftOutcome outcome;
    if (draft.prompt.empty()) return failed("it has no question text");
    SectionKind kind = draft.markedKind;
    AnswerValue& answer = draft.answer;
    if (kind == SectionKind::TrueFalse && !answer.truth && answer.keys.size() == 1)
        answer.truth = optionTruth(draft.options, answer.keys.front());
    if (answer.truth) {
        if (kind == SectionKind::Single || kind == SectionKind::Multi)
            outcome.warnings.push_back("it is marked as a choice question but its answer is true/false; imported as true/false");
        kind = SectionKind::TrueFalse;
    } else if (kind == SectionKind::TrueFalse) {
        return failed("it is marked true/false but its answer is not 对/错 (√/×, 正确/错误, 是/否, T/F)");
    } else if (kind == SectionKind::Single && answer.keys.size() > 1) {
        outcome.warnings.push_back("it is marked single choice but has " + std::to_string(answer.keys.size()) +
                                   " answers; imported as multiple choice");
        kind = SectionKind::Multi;
    } else if (kind != SectionKind::Single && kind != SectionKind::Multi) {
        kind = answer.keys.size() > 1 ? SectionKind::Multi : SectionKind::Single;
    }

    nlohmann::json item = {{"kind", kindCode(kind)}, {"prompt", draft.prompt}};
    if (kind == SectionKind::TrueFalse) {
        item["answer"] = *answer.truth;
        outcome.item = std::move(item);
        return outcome;
    }
    if (draft.options.size() < 2 || draft.options.size() > 6)
        return failed("it has " + std::to_string(draft.options.size()) + " option(s); a choice question needs 2 to 6 (A-F)");
    auto& options = item["options"] = nlohmann::json::array();
    for (const auto& option : draft.options) {
        if (option.text.empty()) return failed(std::string("option ") + option.key + " has no text");
        options.push_back({{"key", std::string(1, option.key)}, {"text", option.text}});
    }
    auto& keys = item["answer"] = nlohmann::json::array();
    for (const char key : answer.keys) {
        if (key >= static_cast<char>('A' + draft.options.size()))
            return failed(std::string("the answer names option ") + key + ", which it does not have");
        keys.push_back(std::string(1, key));
    }
    outcome.item = std::move(item);
    return outcome;
}

} // namespace game
