#include "game/import/docx_numbering.h"

#include <pugixml.hpp>

#include <array>

namespace game {

namespace {

std::string chineseNumber(int n) {
    static constexpr std::array<const char*, 10> kDigits = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    if (n <= 0 || n >= 100) return std::to_string(n);
    if (n < 10) return kDigits[static_cast<size_t>(n)];
    std::string out = n / 10 == 1 ? "" : kDigits[static_cast<size_t>(n / 10)];
    out += "十";
    if (n % 10 != 0) out += kDigits[static_cast<size_t>(n % 10)];
    return out;
}

std::string roman(int n, bool upper) {
    static constexpr std::array<std::pair<int, const char*>, 13> kParts = {{
        {1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"},
        {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}}};
    std::string out;
    for (const auto& [value, letters] : kParts)
        while (n >= value) {
            out += letters;
            n -= value;
        }
    if (!upper)
        for (auto& c : out) c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string formatNumber(int n, const std::string& format) {
    if (format == "upperLetter" || format == "lowerLetter") {
        const char base = format == "upperLetter" ? 'A' : 'a';
        return std::string(static_cast<size_t>((n - 1) / 26 + 1), static_cast<char>(base + (n - 1) % 26));
    }
    if (format == "upperRoman" || format == "lowerRoman") return roman(n, format == "upperRoman");
    if (format.rfind("chinese", 0) == 0 || format.rfind("ideograph", 0) == 0 || format == "japaneseCounting")
        return chineseNumber(n);
    if (format == "decimalEnclosedCircle" || format == "decimalEnclosedCircleChinese") {
        if (n >= 1 && n <= 20) {
            const auto cp = static_cast<unsigned>(0x2460 + n - 1); // ① ...
            return {static_cast<char>(0xE0 | (cp >> 12)), static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
                    static_cast<char>(0x80 | (cp & 0x3F))};
        }
    }
    if (format == "decimalEnclosedParen") return "(" + std::to_string(n) + ")";
    return std::to_string(n);
}

} // namespace

DocxNumbering DocxNumbering::parse(std::string_view numberingXml) {
    DocxNumbering numbering;
    pugi::xml_document xml;
    if (numberingXml.empty() || !xml.load_buffer(numberingXml.data(), numberingXml.size())) return numbering;
    const auto root = xml.child("w:numbering");
    for (const auto& abstract : root.children("w:abstractNum")) {
        auto& levels = numbering.m_levels[abstract.attribute("w:abstractNumId").as_int()];
        for (const auto& lvl : abstract.children("w:lvl")) {
            Level level;
            if (const auto fmt = lvl.child("w:numFmt")) level.format = fmt.attribute("w:val").as_string();
            level.text = lvl.child("w:lvlText").attribute("w:val").as_string();
            level.start = lvl.child("w:start").attribute("w:val").as_int(1);
            const std::string suff = lvl.child("w:suff").attribute("w:val").as_string("tab");
            level.suffix = suff == "nothing" ? "" : suff == "space" ? " " : "\t";
            levels[lvl.attribute("w:ilvl").as_int()] = level;
        }
    }
    for (const auto& num : root.children("w:num"))
        numbering.m_abstractOf[num.attribute("w:numId").as_int()] = num.child("w:abstractNumId").attribute("w:val").as_int();
    return numbering;
}

std::string DocxNumbering::label(int numId, int level) {
    const auto abstract = m_abstractOf.find(numId);
    if (abstract == m_abstractOf.end() || level < 0 || level > 8) return {};
    const auto& levels = m_levels[abstract->second];
    const auto def = levels.find(level);
    if (def == levels.end() || def->second.format == "bullet" || def->second.format == "none") return {};
    auto& counters = m_counters[numId];
    counters.resize(9, 0);
    counters[static_cast<size_t>(level)] =
        counters[static_cast<size_t>(level)] == 0 ? def->second.start : counters[static_cast<size_t>(level)] + 1;
    for (size_t deeper = static_cast<size_t>(level) + 1; deeper < counters.size(); ++deeper) counters[deeper] = 0;
    std::string out;
    const std::string& pattern = def->second.text;
    for (size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
            const int ref = pattern[i + 1] - '1';
            const auto refDef = levels.find(ref);
            const int value = counters[static_cast<size_t>(ref)] == 0 ? 1 : counters[static_cast<size_t>(ref)];
            out += formatNumber(value, refDef == levels.end() ? "decimal" : refDef->second.format);
            ++i;
        } else {
            out += pattern[i];
        }
    }
    return out + def->second.suffix;
}

} // namespace game
