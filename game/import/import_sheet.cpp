#include "game/import/import_sheet.h"

#include "game/import/import_item.h"
#include "game/import/import_names.h"
#include "game/import/question_text_syntax.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <optional>

namespace game {

namespace {

using namespace std::string_view_literals;
using Level = ImportNote::Level;

enum class Column { Kind, Prompt, Option, Answer, Explanation, FraudType, Difficulty, Audience, Points, RedFlags };

struct HeaderWord {
    std::string_view word;
    Column column;
};

constexpr std::array<HeaderWord, 40> kHeaderWords = {{
    {"题型", Column::Kind}, {"题目类型", Column::Kind}, {"试题类型", Column::Kind}, {"kind", Column::Kind},
    {"type", Column::Kind}, {"题目", Column::Prompt}, {"题干", Column::Prompt}, {"试题", Column::Prompt},
    {"题目内容", Column::Prompt}, {"试题内容", Column::Prompt}, {"问题", Column::Prompt}, {"prompt", Column::Prompt},
    {"question", Column::Prompt}, {"答案", Column::Answer}, {"正确答案", Column::Answer}, {"参考答案", Column::Answer},
    {"标准答案", Column::Answer}, {"answer", Column::Answer}, {"解析", Column::Explanation},
    {"答案解析", Column::Explanation}, {"试题解析", Column::Explanation}, {"explanation", Column::Explanation},
    {"诈骗类型", Column::FraudType}, {"诈骗种类", Column::FraudType}, {"fraudtype", Column::FraudType},
    {"难度", Column::Difficulty}, {"难易程度", Column::Difficulty}, {"difficulty", Column::Difficulty},
    {"适用人群", Column::Audience}, {"人群", Column::Audience}, {"适用对象", Column::Audience},
    {"audience", Column::Audience}, {"分值", Column::Points}, {"分数", Column::Points}, {"points", Column::Points},
    {"识别要点", Column::RedFlags}, {"风险提示", Column::RedFlags}, {"警示信号", Column::RedFlags},
    {"redflags", Column::RedFlags}, {"red_flags", Column::RedFlags},
}};

// A header cell as a key: ASCII lower case, no spaces or '_', no "（必填）" notes.
std::string headerKey(std::string_view cell) {
    std::string text(trimText(foldWidth(cell)));
    for (const auto open : {"（"sv, "("sv, "*"sv})
        if (const size_t at = text.find(open); at != std::string::npos && at > 0) text.resize(at);
    std::string key;
    for (const char c : text)
        if (c != ' ' && c != '_' && c != '-' && c != '\t') key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return key;
}

// What one header cell names: a column, and for options the option's letter.
struct ColumnRole {
    Column column;
    char optionKey = 0;
    std::string header; // as written, for messages
};

std::optional<ColumnRole> roleOf(std::string_view cell) {
    const std::string key = headerKey(cell);
    for (const auto& [word, column] : kHeaderWords)
        if (key == word) return ColumnRole{column, 0, std::string(trimText(cell))};
    for (const auto prefix : {"选项"sv, "option"sv, ""sv}) {
        if (key.size() == prefix.size() + 1 && key.substr(0, prefix.size()) == prefix) {
            const char letter = key.back();
            if (letter >= 'a' && letter <= 'f')
                return ColumnRole{Column::Option, static_cast<char>(letter - 'a' + 'A'), std::string(trimText(cell))};
        }
    }
    return std::nullopt;
}

bool isEmptyRow(const SheetRow& row) {
    for (const auto& cell : row.cells)
        if (!trimText(cell).empty()) return false;
    return true;
}

// Red flags are one per line or separated by ； / ;.
std::vector<std::string> splitFlags(std::string_view text) {
    std::vector<std::string> out;
    std::string flat(text);
    for (size_t at; (at = flat.find("；")) != std::string::npos;) flat.replace(at, 3, "\n");
    size_t start = 0;
    for (size_t i = 0; i <= flat.size(); ++i) {
        if (i == flat.size() || flat[i] == '\n' || flat[i] == ';') {
            const auto part = trimText(std::string_view(flat).substr(start, i - start));
            if (!part.empty()) out.emplace_back(part);
            start = i + 1;
        }
    }
    return out;
}

class SheetReader {
public:
    explicit SheetReader(std::map<size_t, ColumnRole> roles) : m_roles(std::move(roles)) {}

    void read(const SheetRow& row, ImportedItems& result) {
        std::map<Column, std::string> cells;
        std::vector<OptionPiece> options;
        for (size_t i = 0; i < row.cells.size(); ++i) {
            const std::string value(trimText(row.cells[i]));
            const auto role = m_roles.find(i);
            if (role == m_roles.end()) {
                if (!value.empty())
                    result.note(row.line, Level::Warning, "column " + std::to_string(i + 1) + " has no header; its text is ignored");
                continue;
            }
            if (role->second.column == Column::Option) {
                const auto at = static_cast<size_t>(role->second.optionKey - 'A');
                if (options.size() <= at) options.resize(at + 1);
                options[at] = {role->second.optionKey, value};
            } else {
                cells[role->second.column] = value;
            }
        }
        auto skip = [&](const std::string& why) { result.note(row.line, Level::Skipped, "row not imported: " + why); };
        while (!options.empty() && options.back().text.empty()) options.pop_back();
        for (size_t i = 0; i < options.size(); ++i) {
            options[i].key = static_cast<char>('A' + i);
            if (options[i].text.empty())
                return skip(std::string("option ") + options[i].key + " is empty but a later option is not");
        }
        DraftQuestion draft;
        draft.prompt = cells[Column::Prompt];
        draft.options = std::move(options);
        if (const auto& kind = cells[Column::Kind]; !kind.empty()) {
            const auto code = questionKindFor(kind);
            if (!code) return skip("题型 \"" + kind + "\" is not 单选, 多选 or 判断 (single, multi, truefalse)");
            draft.markedKind = *code == "single" ? SectionKind::Single : *code == "multi" ? SectionKind::Multi : SectionKind::TrueFalse;
        }
        const auto& answerText = cells[Column::Answer];
        if (answerText.empty()) return skip("答案 (answer) is empty");
        const auto answer = parseAnswerValue(foldWidth(answerText));
        if (!answer) return skip("答案 \"" + answerText + "\" is not option letters (A-F) or 对/错");
        draft.answer = *answer;
        auto outcome = buildQuestionItem(std::move(draft));
        if (!outcome.item) return skip(outcome.problem);
        for (const auto& warning : outcome.warnings) result.note(row.line, Level::Warning, warning);
        auto& item = *outcome.item;
        readOptionalFields(row.line, cells, item, result);
        result.items.push_back(std::move(item));
        result.itemLines.push_back(row.line);
    }

private:
    static void readOptionalFields(int line, std::map<Column, std::string>& cells, nlohmann::json& item, ImportedItems& result) {
        if (const auto& text = cells[Column::Explanation]; !text.empty()) item["explanation"] = text;
        if (const auto& text = cells[Column::FraudType]; !text.empty()) {
            if (auto code = fraudTypeCodeFor(text)) item["fraud_type"] = *code;
            else result.note(line, Level::Warning, "诈骗类型 \"" + text + "\" is not a fraud type (see questions/README.md); the bank's is used");
        }
        if (const auto& text = cells[Column::Difficulty]; !text.empty()) {
            if (auto value = difficultyFor(text)) item["difficulty"] = *value;
            else result.note(line, Level::Warning, "难度 \"" + text + "\" is not 1, 2 or 3 (易, 中, 难); 1 is used");
        }
        if (const auto& text = cells[Column::Audience]; !text.empty()) {
            auto audience = nlohmann::json::array();
            for (const auto& name : splitList(text)) {
                if (auto code = audienceCodeFor(name)) {
                    if (std::find(audience.begin(), audience.end(), *code) == audience.end()) audience.push_back(*code);
                } else {
                    result.note(line, Level::Warning, "适用人群 \"" + name + "\" is not an audience (小学生, 学生, 职工, 财务人员, 老年人, 商户, 居民); left out");
                }
            }
            if (!audience.empty()) item["audience"] = audience;
        }
        if (const auto& text = cells[Column::Points]; !text.empty()) {
            char* end = nullptr;
            const long points = std::strtol(text.c_str(), &end, 10);
            if (end != text.c_str() && *end == '\0' && points >= 1 && points <= 1000) item["points"] = points;
            else result.note(line, Level::Warning, "分值 \"" + text + "\" is not a whole number of points; the default is used");
        }
        if (const auto& text = cells[Column::RedFlags]; !text.empty()) item["red_flags"] = splitFlags(text);
    }

    std::map<size_t, ColumnRole> m_roles;
};

} // namespace

ImportedItems parseQuestionSheet(const std::vector<SheetRow>& rows) {
    ImportedItems result;
    size_t at = 0;
    std::map<size_t, ColumnRole> roles;
    for (; at < rows.size(); ++at) {
        if (isEmptyRow(rows[at])) continue;
        for (size_t i = 0; i < rows[at].cells.size(); ++i)
            if (auto role = roleOf(rows[at].cells[i])) roles[i] = *role;
        const bool hasPrompt = std::any_of(roles.begin(), roles.end(), [](const auto& r) { return r.second.column == Column::Prompt; });
        if (hasPrompt) break;
        roles.clear();
        result.note(rows[at].line, Level::Skipped, "not read: this row comes before the header row (题型, 题目, 选项A..., 答案 ...)");
    }
    if (at == rows.size()) {
        result.note(rows.empty() ? 0 : rows.front().line, Level::Skipped,
                    "no header row found: the sheet needs a row naming its columns, at least 题目 and 答案 "
                    "(see questions/templates/README.md)");
        return result;
    }
    const int headerLine = rows[at].line;
    for (size_t i = 0; i < rows[at].cells.size(); ++i)
        if (!trimText(rows[at].cells[i]).empty() && !roles.contains(i))
            result.note(headerLine, Level::Warning, "column " + std::to_string(i + 1) + " \"" + std::string(trimText(rows[at].cells[i])) +
                        "\" is not a template column; it is ignored");
    if (std::none_of(roles.begin(), roles.end(), [](const auto& r) { return r.second.column == Column::Answer; })) {
        result.note(headerLine, Level::Skipped, "the header row has no 答案 (answer) column, so no question can be imported; "
                    "add one (see questions/templates/README.md)");
        return result;
    }
    SheetReader reader(std::move(roles));
    for (++at; at < rows.size(); ++at)
        if (!isEmptyRow(rows[at])) reader.read(rows[at], result);
    return result;
}

} // namespace game
