#pragma once
// Turning a question read from a text or a sheet into a native item: deciding
// its kind from what it was marked as and the form of its answer, and checking
// its options and answer. Shared by the text and spreadsheet importers.
#include "game/import/question_text_syntax.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace game {

// A question as read, before it becomes an item.
struct DraftQuestion {
    SectionKind markedKind = SectionKind::Auto; // from a section heading or a 题型 column
    std::string prompt;
    std::vector<OptionPiece> options;
    AnswerValue answer;
};

// The item, or why there is none; and what was guessed on the way.
struct DraftOutcome {
    std::optional<nlohmann::json> item; // kind, prompt, options, answer
    std::string problem;                // why the question cannot be imported
    std::vector<std::string> warnings;
};

// Decides the kind (the mark wins; else several letters -> multi, a true/false
// word -> truefalse, one letter -> single) and checks options and answer.
[[nodiscard]] DraftOutcome buildQuestionItem(DraftQuestion draft);

} // namespace game
