#include "game/import/import_text.h"

#include "game/import/import_item.h"
#include "game/import/question_text_syntax.h"

#include <algorithm>
#include <optional>

namespace game {

namespace {

using Level = ImportNote::Level;

// Quotes the start of a line for a message.
std::string excerpt(std::string_view text) {
    constexpr size_t kMax = 60;
    if (text.size() <= kMax) return "\"" + std::string(text) + "\"";
    size_t cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    return "\"" + std::string(text.substr(0, cut)) + "...\"";
}

// A question being read: everything from its number to the next question.
struct PendingQuestion {
    enum class Part { Stem, Option, Answer, Explanation };
    int line = 0;
    int number = 0;
    std::string stem;
    std::vector<OptionPiece> options;
    std::optional<AnswerValue> answer;
    bool broken = false; // an answer or option could not be read: skip it, never guess
    std::optional<std::string> explanation;
    Part last = Part::Stem;
};

class QuestionTextReader {
public:
    void read(const SourceLine& line) {
        const std::string text(trimText(foldWidth(line.text)));
        if (text.empty()) {
            m_afterBlank = true;
            return;
        }
        for (const auto& piece : splitAtLabels(text)) readPiece(line.number, piece);
        m_afterBlank = false;
    }

    ImportedItems finish() {
        finishQuestion();
        std::stable_sort(m_result.notes.begin(), m_result.notes.end(),
                         [](const ImportNote& a, const ImportNote& b) { return a.line < b.line; });
        return std::move(m_result);
    }

private:
    void readPiece(int lineNo, const std::string& text) {
        if (auto heading = matchSectionHeading(text)) {
            finishQuestion();
            m_section = heading->kind;
            m_sectionName = heading->name;
            if (!heading->recognised)
                m_result.note(lineNo, Level::Warning, "heading " + excerpt(text) +
                    " names no question kind; each question's kind follows from its answer");
            return;
        }
        if (auto start = matchQuestionStart(text)) {
            finishQuestion();
            if (m_lastNumber > 0 && start->number != m_lastNumber + 1 && start->number != 1)
                m_result.note(lineNo, Level::Warning, "question " + std::to_string(start->number) +
                    " follows question " + std::to_string(m_lastNumber) + "; check that none is missing");
            m_lastNumber = start->number;
            m_question = PendingQuestion{};
            m_question->line = lineNo;
            m_question->number = start->number;
            m_question->stem = start->rest;
            return;
        }
        if (auto explanation = matchExplanationLabel(text)) {
            if (!requireQuestion(lineNo, text, "explanation")) return;
            m_question->explanation = joinWrapped(m_question->explanation.value_or(""), *explanation);
            m_question->last = PendingQuestion::Part::Explanation;
            return;
        }
        if (auto answer = matchAnswerLabel(text)) {
            if (!requireQuestion(lineNo, text, "answer")) return;
            m_question->answer = parseAnswerValue(*answer);
            if (!m_question->answer) {
                m_question->broken = true;
                m_result.note(lineNo, Level::Skipped, "answer " + excerpt(*answer) +
                    " is not option letters (A-F) or a true/false word (对/错, √/×, 正确/错误, 是/否, T/F)");
            }
            m_question->last = PendingQuestion::Part::Answer;
            return;
        }
        if (auto options = matchOptions(text); !options.empty()) {
            if (!requireQuestion(lineNo, text, "option")) return;
            for (auto& option : options) addOption(lineNo, std::move(option));
            return;
        }
        readContinuation(lineNo, text);
    }

    // A line with no marker continues the stem, an option or the explanation it follows.
    void readContinuation(int lineNo, const std::string& text) {
        using Part = PendingQuestion::Part;
        if (m_question) {
            auto& q = *m_question;
            const bool stemGoesOn = q.last == Part::Stem && q.options.empty();
            if (stemGoesOn) {
                q.stem = joinWrapped(q.stem, text);
                return;
            }
            if (!m_afterBlank && q.last == Part::Option) {
                q.options.back().text = joinWrapped(q.options.back().text, text);
                return;
            }
            if (!m_afterBlank && q.last == Part::Explanation) {
                q.explanation = joinWrapped(*q.explanation, text);
                return;
            }
        }
        m_result.note(lineNo, Level::Skipped, "not read: " + excerpt(text) +
            " is not a question number, an option, an answer, an explanation or a section heading");
    }

    bool requireQuestion(int lineNo, const std::string& text, const char* what) {
        if (m_question) return true;
        m_result.note(lineNo, Level::Skipped, std::string("not read: ") + what + " " + excerpt(text) +
            " comes before any numbered question");
        return false;
    }

    void addOption(int lineNo, OptionPiece option) {
        auto& q = *m_question;
        const char expected = static_cast<char>('A' + q.options.size());
        if (option.key != expected) {
            m_result.note(lineNo, Level::Skipped, std::string("option ") + option.key + " of question " +
                std::to_string(q.number) + " is out of order (expected " + expected + "); the question is not imported");
            q.broken = true;
            q.options.push_back(std::move(option));
            return;
        }
        q.options.push_back(std::move(option));
        q.last = PendingQuestion::Part::Option;
    }

    void skipQuestion(const PendingQuestion& q, const std::string& why) {
        m_result.note(q.line, Level::Skipped, "question " + std::to_string(q.number) + " " + excerpt(q.stem) +
            " not imported: " + why);
    }

    void finishQuestion();

    ImportedItems m_result;
    std::optional<PendingQuestion> m_question;
    SectionKind m_section = SectionKind::Auto;
    std::string m_sectionName;
    int m_lastNumber = 0;
    bool m_afterBlank = false;
};

void QuestionTextReader::finishQuestion() {
    if (!m_question) return;
    PendingQuestion q = std::move(*m_question);
    m_question.reset();
    auto bracket = takeBracketAnswer(q.stem);
    q.stem = std::string(trimText(bracket.stem));
    if (m_section == SectionKind::Unsupported)
        return skipQuestion(q, "it is in a " + m_sectionName + " section; only single choice, multiple choice and true/false questions can be imported");
    if (q.broken) return skipQuestion(q, "its answer or options could not be read (see the notes above)");
    if (!q.answer) q.answer = bracket.answer;
    if (!q.answer)
        return skipQuestion(q, "no answer found (write it as 答案：B on its own line, or in the brackets: （ B ）)");
    if (bracket.answer && (bracket.answer->keys != q.answer->keys || bracket.answer->truth != q.answer->truth))
        m_result.note(q.line, Level::Warning, "question " + std::to_string(q.number) +
            ": the answer in the brackets differs from the answer line; the answer line is used");
    auto outcome = buildQuestionItem({m_section, q.stem, std::move(q.options), *q.answer});
    if (!outcome.item) return skipQuestion(q, outcome.problem);
    for (const auto& warning : outcome.warnings)
        m_result.note(q.line, Level::Warning, "question " + std::to_string(q.number) + ": " + warning);
    if (q.explanation && !q.explanation->empty()) (*outcome.item)["explanation"] = *q.explanation;
    m_result.items.push_back(std::move(*outcome.item));
    m_result.itemLines.push_back(q.line);
}

} // namespace

std::vector<SourceLine> splitLines(std::string_view text) {
    std::vector<SourceLine> lines;
    int number = 1;
    for (size_t start = 0; start <= text.size(); ++number) {
        const size_t end = text.find('\n', start);
        lines.push_back({number, std::string(text.substr(start, end == std::string_view::npos ? end : end - start))});
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    return lines;
}

ImportedItems parseQuestionLines(const std::vector<SourceLine>& lines) {
    QuestionTextReader reader;
    for (const auto& line : lines) reader.read(line);
    return reader.finish();
}

ImportedItems parseQuestionText(std::string_view text) {
    return parseQuestionLines(splitLines(text));
}

} // namespace game
