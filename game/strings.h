#pragma once
// The UI's words: one table per language, loaded from assets/strings/<lang>.json.
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace game {

// The languages the UI speaks; zh-CN is the default.
enum class Language { ZhCN, En };

// "zh-CN" or "en".
[[nodiscard]] std::string_view languageCode(Language language);

// Parses "zh-CN", "zh_CN.UTF-8", "en", "en_US.UTF-8" and the like; zh-CN otherwise.
[[nodiscard]] Language parseLanguage(std::string_view text);

// Picks the language from --lang when given, else from SCAMDRILL_LANG,
// LANGUAGE, LC_ALL, LC_MESSAGES and LANG, in that order; zh-CN by default.
[[nodiscard]] Language chooseLanguage(std::string_view commandLine,
                                      std::string_view (*getEnv)(const char*));

// A loaded string table; lookups of missing keys return the key itself in
// brackets, so a missing string is visible on screen and in tests.
class StringTable {
public:
    StringTable() = default;
    explicit StringTable(std::map<std::string, std::string> entries);

    // Loads assets/strings/<code>.json; throws std::runtime_error naming the file.
    static StringTable load(const std::filesystem::path& assetsDir, Language language);

    // The text for a key such as "title.name".
    [[nodiscard]] const std::string& get(std::string_view key) const;
    // Like get(), with {0}, {1}... replaced by the arguments.
    [[nodiscard]] std::string format(std::string_view key, const std::vector<std::string>& args) const;
    [[nodiscard]] bool has(std::string_view key) const;
    [[nodiscard]] const std::map<std::string, std::string>& entries() const { return m_entries; }
    // The language the table speaks.
    [[nodiscard]] Language language() const { return m_language; }

private:
    Language m_language = Language::ZhCN;
    std::map<std::string, std::string, std::less<>> m_lookup;
    std::map<std::string, std::string> m_entries;
    mutable std::map<std::string, std::string, std::less<>> m_missing;
};

} // namespace game
