#include "game/strings.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace game {

std::string_view languageCode(Language language) {
    return language == Language::En ? "en" : "zh-CN";
}

Language parseLanguage(std::string_view text) {
    if (text.size() >= 2 && (text[0] == 'e' || text[0] == 'E') && (text[1] == 'n' || text[1] == 'N')
        && (text.size() == 2 || text[2] == '_' || text[2] == '-' || text[2] == '.'))
        return Language::En;
    return Language::ZhCN;
}

Language chooseLanguage(std::string_view commandLine, std::string_view (*getEnv)(const char*)) {
    if (!commandLine.empty()) return parseLanguage(commandLine);
    for (const char* name : {"SCAMDRILL_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
        const std::string_view value = getEnv(name);
        if (value.empty() || value == "C" || value == "POSIX" || value.rfind("C.", 0) == 0) continue;
        return parseLanguage(value);
    }
    return Language::ZhCN;
}

StringTable::StringTable(std::map<std::string, std::string> entries) : m_entries(std::move(entries)) {
    for (const auto& [k, v] : m_entries) m_lookup.emplace(k, v);
}

StringTable StringTable::load(const std::filesystem::path& assetsDir, Language language) {
    const auto path = assetsDir / "strings" / (std::string(languageCode(language)) + ".json");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open string table " + path.string());
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(in);
    } catch (const nlohmann::json::parse_error& e) {
        throw std::runtime_error(path.string() + ": " + e.what());
    }
    if (!doc.is_object()) throw std::runtime_error(path.string() + ": the table must be a JSON object");
    std::map<std::string, std::string> entries;
    for (const auto& [key, value] : doc.items()) {
        if (!value.is_string()) throw std::runtime_error(path.string() + ": \"" + key + "\" is not a string");
        entries.emplace(key, value.get<std::string>());
    }
    StringTable table(std::move(entries));
    table.m_language = language;
    return table;
}

const std::string& StringTable::get(std::string_view key) const {
    if (auto it = m_lookup.find(key); it != m_lookup.end()) return it->second;
    auto [it, _] = m_missing.emplace(std::string(key), "[" + std::string(key) + "]");
    return it->second;
}

std::string StringTable::format(std::string_view key, const std::vector<std::string>& args) const {
    std::string text = get(key);
    for (size_t i = 0; i < args.size(); ++i) {
        std::string marker = "{";
        marker += std::to_string(i);
        marker += '}';
        for (size_t pos = text.find(marker); pos != std::string::npos; pos = text.find(marker, pos + args[i].size()))
            text.replace(pos, marker.size(), args[i]);
    }
    return text;
}

bool StringTable::has(std::string_view key) const { return m_lookup.find(key) != m_lookup.end(); }

} // namespace game
