#include "game/import/import_names.h"

#include "game/bank/bank.h"
#include "game/import/question_text_syntax.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace game {

namespace {

using namespace std::string_view_literals;

std::string lowerAscii(std::string_view text) {
    std::string out(trimText(foldWidth(text)));
    for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// The names in "刷单返利 / 网络兼职" and "网络婚恋交友（杀猪盘）", with and without quotes.
std::vector<std::string> namesIn(std::string_view zh) {
    std::vector<std::string> names{std::string(zh)};
    std::string spaced(zh);
    for (const auto sep : {" / "sv, "（"sv, "）"sv, "“"sv, "”"sv}) {
        for (size_t at; (at = spaced.find(sep)) != std::string::npos;)
            spaced.replace(at, sep.size(), sep == "“"sv || sep == "”"sv ? "" : "|");
    }
    size_t start = 0;
    for (size_t at; (at = spaced.find('|', start)) != std::string::npos; start = at + 1)
        if (at > start) names.push_back(spaced.substr(start, at - start));
    if (start < spaced.size()) names.push_back(spaced.substr(start));
    return names;
}

struct Alias {
    std::string_view name;
    std::string_view code;
};
constexpr std::array<Alias, 14> kFraudAliases = {{
    {"刷单", "order_brushing"}, {"虚假投资", "fake_investment"}, {"虚假贷款", "fake_loan"},
    {"冒充客服", "fake_customer_service"}, {"冒充电商客服", "fake_customer_service"}, {"冒充公检法", "fake_police"},
    {"虚假征信", "fake_credit"}, {"虚假购物", "fake_shopping"}, {"冒充领导", "fake_boss"},
    {"冒充熟人", "fake_boss"}, {"游戏交易", "game_trade"}, {"两卡", "card_trading"}, {"通用", "general"},
    {"真实", "genuine"},
}};

constexpr std::array<Alias, 16> kAudienceAliases = {{
    {"小学生", "pupil"}, {"中学生", "student"}, {"学生", "student"}, {"大学生", "student"}, {"职工", "staff"},
    {"员工", "staff"}, {"财务人员", "finance"}, {"财务", "finance"}, {"老年人", "elderly"}, {"老人", "elderly"},
    {"商户", "merchant"}, {"商家", "merchant"}, {"居民", "resident"}, {"村民", "resident"}, {"群众", "resident"},
    {"教师", "staff"},
}};

} // namespace

std::optional<std::string> fraudTypeCodeFor(std::string_view name) {
    const std::string key = lowerAscii(name);
    if (key.empty()) return std::nullopt;
    for (const auto& info : fraudTypes()) {
        if (key == info.code || key == lowerAscii(info.en)) return std::string(info.code);
        for (const auto& zh : namesIn(info.zh))
            if (key == zh) return std::string(info.code);
    }
    for (const auto& alias : kFraudAliases)
        if (key == alias.name) return std::string(alias.code);
    return std::nullopt;
}

std::optional<std::string> audienceCodeFor(std::string_view name) {
    const std::string key = lowerAscii(name);
    const auto codes = audienceCodes();
    for (size_t i = 0; i < codes.size(); ++i)
        if (key == codes[i] || key == audienceNameZh(static_cast<Audience>(i)) ||
            key == lowerAscii(audienceNameEn(static_cast<Audience>(i))))
            return std::string(codes[i]);
    for (const auto& alias : kAudienceAliases)
        if (key == alias.name) return std::string(alias.code);
    return std::nullopt;
}

std::vector<std::string> splitList(std::string_view text) {
    std::string flat(foldWidth(text));
    for (const auto sep : {"、"sv, "，"sv, "；"sv, "／"sv})
        for (size_t at; (at = flat.find(sep)) != std::string::npos;) flat.replace(at, sep.size(), ",");
    std::vector<std::string> parts;
    std::string part;
    for (const char c : flat + ",") {
        if (c == ',' || c == ';' || c == '/' || c == ' ' || c == '\t' || c == '\n') {
            if (!part.empty()) parts.push_back(part);
            part.clear();
        } else {
            part += c;
        }
    }
    return parts;
}

std::optional<int> difficultyFor(std::string_view text) {
    const std::string key = lowerAscii(text);
    for (const auto w : {"1"sv, "1.0"sv, "易"sv, "容易"sv, "简单"sv, "easy"sv, "低"sv}) if (key == w) return 1;
    for (const auto w : {"2"sv, "2.0"sv, "中"sv, "中等"sv, "一般"sv, "medium"sv, "普通"sv}) if (key == w) return 2;
    for (const auto w : {"3"sv, "3.0"sv, "难"sv, "困难"sv, "较难"sv, "hard"sv, "高"sv}) if (key == w) return 3;
    return std::nullopt;
}

std::optional<std::string> questionKindFor(std::string_view text) {
    const std::string key = lowerAscii(text);
    for (const auto w : {"single"sv, "单选"sv, "单选题"sv, "单项选择"sv, "单项选择题"sv}) if (key == w) return "single";
    for (const auto w : {"multi"sv, "多选"sv, "多选题"sv, "多项选择"sv, "多项选择题"sv, "不定项"sv, "不定项选择题"sv})
        if (key == w) return "multi";
    for (const auto w : {"truefalse"sv, "判断"sv, "判断题"sv, "是非题"sv, "对错题"sv, "tf"sv}) if (key == w) return "truefalse";
    return std::nullopt;
}

} // namespace game
