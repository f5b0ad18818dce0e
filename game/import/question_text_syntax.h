#pragma once
// The pieces of the common Chinese question-bank text layout, one line at a
// time: section headings, question numbers, option markers, answer and
// explanation labels, and answer values. Pure functions over UTF-8 text.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace game {

// What a section heading says about the questions under it.
enum class SectionKind { Auto, Single, Multi, TrueFalse, Unsupported };

// A heading line such as "一、单项选择题（每题2分）".
struct SectionHeading {
    SectionKind kind = SectionKind::Auto;
    std::string name; // the heading's words, e.g. "单项选择题"
    bool recognised = true; // false for "三、xxx" whose words name no question kind
};

// The start of a question: "1、", "1.", "1．", "(1)", "（1）", "第1题".
struct QuestionStart {
    int number = 0;
    std::string rest; // the stem text after the number
};

// One option from an option line: "A. text".
struct OptionPiece {
    char key = 'A';
    std::string text;
};

// An answer as written: option keys, or true/false.
struct AnswerValue {
    std::vector<char> keys;   // sorted, unique, 'A'..'F'
    std::optional<bool> truth; // set for 对/错, √/×, T/F ...
};

// The answer found in a stem's brackets, and the stem with the brackets emptied.
struct BracketAnswer {
    std::optional<AnswerValue> answer;
    std::string stem;
};

// Maps full-width digits and letters to ASCII and U+3000/U+00A0 to spaces.
[[nodiscard]] std::string foldWidth(std::string_view text);

// Trims ASCII whitespace (spaces, tabs) and stray BOMs at both ends.
[[nodiscard]] std::string_view trimText(std::string_view text);

// Joins a wrapped line onto text (a space only between two ASCII words).
[[nodiscard]] std::string joinWrapped(std::string_view text, std::string_view more);

// Reads a section heading; nullopt when the line is not one.
[[nodiscard]] std::optional<SectionHeading> matchSectionHeading(std::string_view line);

// Reads a question number at the start of the line; nullopt when there is none.
[[nodiscard]] std::optional<QuestionStart> matchQuestionStart(std::string_view line);

// Reads one or more options from a line that starts with an option marker
// ("A." "A、" "A．" "A:" "(A)" "（A）"); empty when the line does not start with one.
[[nodiscard]] std::vector<OptionPiece> matchOptions(std::string_view line);

// The text after an answer label ("答案：", "【答案】", "正确答案：", "参考答案："...).
[[nodiscard]] std::optional<std::string> matchAnswerLabel(std::string_view line);

// The text after an explanation label ("解析：", "【解析】", "答案解析："...).
[[nodiscard]] std::optional<std::string> matchExplanationLabel(std::string_view line);

// Parses "B", "ABD", "A;B;D", "A、B、D", "A,B,D", "对", "×", "T" ...; nullopt when not an answer.
[[nodiscard]] std::optional<AnswerValue> parseAnswerValue(std::string_view text);

// Finds an answer written in the stem's brackets ("（ B ）", "( 对 )") and empties them.
[[nodiscard]] BracketAnswer takeBracketAnswer(std::string_view stem);

// Splits a line before answer or explanation labels that follow other text
// ("D. 以上都是  答案：D"), so each piece can be read on its own.
[[nodiscard]] std::vector<std::string> splitAtLabels(std::string_view line);

} // namespace game
