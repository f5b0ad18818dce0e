#include "game/import/question_text_syntax.h"

#include "game/utf8.h"

#include <algorithm>
#include <array>
#include <initializer_list>

namespace game {

namespace {

using namespace std::string_view_literals;

bool isSpace(char c) { return c == ' ' || c == '\t'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isAsciiWord(char c) { return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::string_view skipSpaces(std::string_view s) {
    while (!s.empty() && isSpace(s.front())) s.remove_prefix(1);
    return s;
}

// Removes the first of the given prefixes that s starts with; true when one did.
bool eat(std::string_view& s, std::initializer_list<std::string_view> prefixes) {
    for (const auto p : prefixes) {
        if (s.substr(0, p.size()) == p) {
            s.remove_prefix(p.size());
            return true;
        }
    }
    return false;
}

constexpr auto kOpenBrackets = {"("sv, "（"sv};
constexpr auto kCloseBrackets = {")"sv, "）"sv};
constexpr auto kNumberEnds = {"、"sv, "．"sv, "."sv, ")"sv, "）"sv};
constexpr auto kOptionEnds = {"、"sv, "．"sv, "."sv, ":"sv, "："sv, ")"sv, "）"sv};
constexpr auto kColons = {"："sv, ":"sv};

// Reads an option marker for exactly `key` at the start of s.
bool eatOptionMarker(std::string_view& s, char key) {
    std::string_view t = s;
    if (eat(t, kOpenBrackets)) {
        t = skipSpaces(t);
        if (t.empty() || t.front() != key) return false;
        t = skipSpaces(t.substr(1));
        if (!eat(t, kCloseBrackets)) return false;
    } else {
        if (t.empty() || t.front() != key) return false;
        t.remove_prefix(1);
        if (!eat(t, kOptionEnds)) return false;
    }
    s = t;
    return true;
}

// Reads a run of digits as a number (at most 5 digits).
std::optional<int> eatNumber(std::string_view& s) {
    size_t n = 0;
    while (n < s.size() && isDigit(s[n])) ++n;
    if (n == 0 || n > 5) return std::nullopt;
    const int value = std::stoi(std::string(s.substr(0, n)));
    s.remove_prefix(n);
    return value;
}

struct KindWord {
    std::string_view word;
    SectionKind kind;
};
// Longest words first so "单项选择题" wins over "单项选择".
constexpr std::array<KindWord, 25> kKindWords = {{
    {"单项选择题", SectionKind::Single}, {"单项选择", SectionKind::Single}, {"单选题", SectionKind::Single},
    {"单选", SectionKind::Single},
    {"多项选择题", SectionKind::Multi}, {"多项选择", SectionKind::Multi}, {"不定项选择题", SectionKind::Multi},
    {"不定项选择", SectionKind::Multi}, {"多选题", SectionKind::Multi}, {"多选", SectionKind::Multi},
    {"判断题", SectionKind::TrueFalse}, {"是非题", SectionKind::TrueFalse}, {"对错题", SectionKind::TrueFalse},
    {"判断", SectionKind::TrueFalse},
    {"选择题", SectionKind::Auto},
    {"填空题", SectionKind::Unsupported}, {"简答题", SectionKind::Unsupported}, {"问答题", SectionKind::Unsupported},
    {"论述题", SectionKind::Unsupported}, {"案例分析题", SectionKind::Unsupported},
    {"材料分析题", SectionKind::Unsupported}, {"名词解释", SectionKind::Unsupported},
    {"情景题", SectionKind::Unsupported}, {"连线题", SectionKind::Unsupported}, {"排序题", SectionKind::Unsupported},
}};

// What may follow the kind's words in a heading: nothing, or a note in brackets.
bool isHeadingTail(std::string_view tail) {
    tail = skipSpaces(tail);
    return tail.empty() || eat(tail, {"（"sv, "("sv, "："sv, ":"sv, "【"sv, "—"sv, "-"sv, "["sv});
}

bool isTrueWord(std::string_view s) {
    for (const auto w : {"正确"sv, "对"sv, "√"sv, "✓"sv, "✔"sv, "是"sv, "T"sv, "t"sv, "TRUE"sv, "True"sv, "true"sv})
        if (s == w) return true;
    return false;
}

bool isFalseWord(std::string_view s) {
    for (const auto w : {"错误"sv, "错"sv, "×"sv, "✗"sv, "✘"sv, "╳"sv, "否"sv, "F"sv, "f"sv, "X"sv, "x"sv,
                         "FALSE"sv, "False"sv, "false"sv})
        if (s == w) return true;
    return false;
}

} // namespace

std::string foldWidth(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char32_t cp : decodeUtf8(text)) {
        if (cp >= 0xFF10 && cp <= 0xFF19) out += static_cast<char>('0' + (cp - 0xFF10));
        else if (cp >= 0xFF21 && cp <= 0xFF3A) out += static_cast<char>('A' + (cp - 0xFF21));
        else if (cp >= 0xFF41 && cp <= 0xFF5A) out += static_cast<char>('a' + (cp - 0xFF41));
        else if (cp == 0x3000 || cp == 0x00A0) out += ' ';
        else if (cp == 0xFEFF || cp == 0x200B) continue; // stray BOM, zero-width space
        else out += encodeUtf8(cp);
    }
    return out;
}

std::string_view trimText(std::string_view text) {
    for (;;) {
        const size_t before = text.size();
        while (!text.empty() && (isSpace(text.front()) || text.front() == '\n')) text.remove_prefix(1);
        while (!text.empty() && (isSpace(text.back()) || text.back() == '\n')) text.remove_suffix(1);
        if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
        if (text.size() == before) return text;
    }
}

std::string joinWrapped(std::string_view text, std::string_view more) {
    std::string out(trimText(text));
    const auto tail = trimText(more);
    if (!out.empty() && !tail.empty() && isAsciiWord(out.back()) && isAsciiWord(tail.front())) out += ' ';
    out += tail;
    return out;
}

std::optional<SectionHeading> matchSectionHeading(std::string_view line) {
    std::string_view s = trimText(line);
    bool numbered = false;
    {
        std::string_view t = s;
        const bool ordinal = eat(t, {"第"sv});
        size_t numerals = 0;
        while (eat(t, {"一"sv, "二"sv, "三"sv, "四"sv, "五"sv, "六"sv, "七"sv, "八"sv, "九"sv, "十"sv})) ++numerals;
        if (numerals > 0 && ((ordinal && eat(t, {"部分"sv, "大题"sv, "章"sv, "节"sv})) || eat(t, kNumberEnds))) {
            eat(t, {"、"sv, "："sv, ":"sv});
            s = skipSpaces(t);
            numbered = true;
        }
    }
    for (const auto& [word, kind] : kKindWords) {
        std::string_view t = s;
        if (eat(t, {word}) && isHeadingTail(t)) return SectionHeading{kind, std::string(word), true};
    }
    // "三、防范常识" heads a section whose words name no kind: the kind comes from the answers.
    if (numbered && !s.empty() && s.size() <= 60) return SectionHeading{SectionKind::Auto, std::string(s), false};
    return std::nullopt;
}

std::optional<QuestionStart> matchQuestionStart(std::string_view line) {
    std::string_view s = trimText(line);
    std::optional<int> number;
    if (eat(s, kOpenBrackets)) {
        number = eatNumber(s);
        if (!number || !eat(s, kCloseBrackets)) return std::nullopt;
    } else if (eat(s, {"第"sv})) {
        number = eatNumber(s);
        if (!number || !eat(s, {"题"sv})) return std::nullopt;
        eat(s, kNumberEnds);
        eat(s, kColons);
    } else {
        number = eatNumber(s);
        if (!number || !eat(s, kNumberEnds)) return std::nullopt;
        if (!s.empty() && isDigit(s.front())) return std::nullopt; // "1.5万元" is not a question
    }
    return QuestionStart{*number, std::string(trimText(s))};
}

std::vector<OptionPiece> matchOptions(std::string_view line) {
    std::vector<OptionPiece> pieces;
    std::string_view s = trimText(line);
    std::string_view first = s;
    eat(first, kOpenBrackets);
    first = skipSpaces(first);
    if (first.empty() || first.front() < 'A' || first.front() > 'F') return pieces;
    char key = first.front();
    if (!eatOptionMarker(s, key)) return pieces;
    for (;;) {
        // The next option starts at the next marker for the following key.
        const char next = static_cast<char>(key + 1);
        size_t at = std::string_view::npos;
        for (size_t i = 1; i < s.size() && next <= 'F'; ++i) {
            std::string_view t = s.substr(i);
            const bool afterSpace = isSpace(s[i - 1]);
            const bool bracketed = t.front() == '(' || t.substr(0, 3) == "（";
            if ((afterSpace || bracketed) && eatOptionMarker(t, next)) {
                at = i;
                break;
            }
        }
        pieces.push_back({key, std::string(trimText(s.substr(0, at)))});
        if (at == std::string_view::npos) break;
        s.remove_prefix(at);
        key = next;
        eatOptionMarker(s, key);
    }
    return pieces;
}

std::optional<std::string> matchExplanationLabel(std::string_view line) {
    std::string_view s = trimText(line);
    if (eat(s, {"【答案解析】"sv, "【解析】"sv, "[解析]"sv, "〔解析〕"sv, "【试题解析】"sv, "【分析】"sv})) {
        eat(s, kColons);
        return std::string(trimText(s));
    }
    if (eat(s, {"答案解析"sv, "试题解析"sv, "解析"sv}) && eat(s, kColons)) return std::string(trimText(s));
    return std::nullopt;
}

std::optional<std::string> matchAnswerLabel(std::string_view line) {
    std::string_view s = trimText(line);
    if (eat(s, {"【正确答案】"sv, "【参考答案】"sv, "【标准答案】"sv, "【答案】"sv, "[答案]"sv, "〔答案〕"sv})) {
        eat(s, kColons);
        return std::string(trimText(s));
    }
    if (eat(s, {"正确答案"sv, "参考答案"sv, "标准答案"sv, "答案"sv})) {
        if (eat(s, kColons)) return std::string(trimText(s));
        if (parseAnswerValue(s)) return std::string(trimText(s)); // "答案 B", "答案B"
    }
    return std::nullopt;
}

std::optional<AnswerValue> parseAnswerValue(std::string_view text) {
    std::string_view s = trimText(text);
    while (eat(s, {"。"sv})) {}
    while (!s.empty() && s.back() == '.') s.remove_suffix(1);
    s = trimText(s);
    if (s.empty()) return std::nullopt;
    AnswerValue value;
    if (isTrueWord(s)) value.truth = true;
    else if (isFalseWord(s)) value.truth = false;
    if (value.truth) return value;
    while (!s.empty()) {
        if (eat(s, {" "sv, "\t"sv, ","sv, "，"sv, ";"sv, "；"sv, "、"sv, "/"sv, "和"sv})) continue;
        char c = s.front();
        if (c >= 'a' && c <= 'f') c = static_cast<char>(c - 'a' + 'A');
        if (c < 'A' || c > 'F') return std::nullopt;
        value.keys.push_back(c);
        s.remove_prefix(1);
    }
    std::sort(value.keys.begin(), value.keys.end());
    value.keys.erase(std::unique(value.keys.begin(), value.keys.end()), value.keys.end());
    if (value.keys.empty()) return std::nullopt;
    return value;
}

BracketAnswer takeBracketAnswer(std::string_view stem) {
    struct Pair {
        size_t open, openLen, close, closeLen;
    };
    std::vector<Pair> pairs;
    constexpr size_t kNone = std::string_view::npos;
    size_t openAt = kNone; // the last opener not yet closed
    size_t openLen = 0;
    for (size_t i = 0; i < stem.size();) {
        const std::string_view t = stem.substr(i);
        const size_t len = t.front() == '(' || t.front() == ')' ? 1 : 3;
        if (t.front() == '(' || t.substr(0, 3) == "（") {
            openAt = i;
            openLen = len;
        } else if ((t.front() == ')' || t.substr(0, 3) == "）") && openAt != kNone) {
            pairs.push_back({openAt, openLen, i, len});
            openAt = kNone;
        } else {
            ++i;
            continue;
        }
        i += len;
    }
    BracketAnswer result{std::nullopt, std::string(stem)};
    // The last pair that holds an answer; true/false words count only at the end of the stem.
    for (auto p = pairs.rbegin(); p != pairs.rend(); ++p) {
        auto value = parseAnswerValue(stem.substr(p->open + p->openLen, p->close - p->open - p->openLen));
        if (!value) continue;
        std::string_view after = stem.substr(p->close + p->closeLen);
        while (eat(after, {"。"sv, "."sv, "？"sv, "?"sv, " "sv})) {}
        if (value->truth && !after.empty()) continue;
        result.answer = value;
        result.stem = std::string(stem.substr(0, p->open + p->openLen)) + "  " + std::string(stem.substr(p->close));
        break;
    }
    return result;
}

std::vector<std::string> splitAtLabels(std::string_view line) {
    // A label inside a line: "【答案】" anywhere, "答案：" / "解析：" after a space.
    auto labelAt = [](std::string_view t, bool afterSpace) {
        if (t.substr(0, 3) == "【") return matchAnswerLabel(t).has_value() || matchExplanationLabel(t).has_value();
        if (!afterSpace) return false;
        return eat(t, {"正确答案"sv, "参考答案"sv, "标准答案"sv, "答案解析"sv, "答案"sv, "解析"sv}) && eat(t, kColons);
    };
    std::vector<std::string> pieces;
    std::string_view s = line;
    for (size_t i = 1; i < s.size(); ++i) {
        if (!labelAt(s.substr(i), isSpace(s[i - 1]))) continue;
        const auto before = trimText(s.substr(0, i));
        if (!before.empty()) pieces.emplace_back(before);
        s.remove_prefix(i);
        i = 0;
    }
    if (!trimText(s).empty()) pieces.emplace_back(trimText(s));
    return pieces;
}

} // namespace game
