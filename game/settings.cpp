#include "game/settings.h"

#include "game/atomic_file.h"

#include <fstream>
#include <nlohmann/json.hpp>

namespace game {

namespace {
const char* textSizeName(TextSize size) {
    switch (size) {
    case TextSize::Large: return "large";
    case TextSize::ExtraLarge: return "extra_large";
    case TextSize::Standard: break;
    }
    return "standard";
}
TextSize textSizeFromName(const std::string& name) {
    if (name == "large") return TextSize::Large;
    if (name == "extra_large") return TextSize::ExtraLarge;
    return TextSize::Standard;
}
} // namespace

float textPixels(TextSize size) {
    switch (size) {
    case TextSize::Large: return 30.0f;
    case TextSize::ExtraLarge: return 38.0f;
    case TextSize::Standard: break;
    }
    return 22.0f;
}

SettingsFile::SettingsFile(std::filesystem::path path) : m_path(std::move(path)) {}

Settings SettingsFile::load() {
    m_problem.clear();
    Settings settings;
    std::ifstream in(m_path, std::ios::binary);
    if (!in) return settings;
    try {
        const auto doc = nlohmann::json::parse(in);
        settings.textSize = textSizeFromName(doc.value("text_size", std::string("standard")));
        settings.muted = doc.value("muted", false);
        if (doc.contains("region")) settings.region = regionContactsFromJson(doc["region"]);
    } catch (const std::invalid_argument& e) {
        m_problem = m_path.string() + ": region: " + e.what() + " (defaults used)";
        return Settings{};
    } catch (const nlohmann::json::exception& e) {
        m_problem = m_path.string() + ": " + e.what() + " (defaults used; the file is rewritten on the next change)";
        return Settings{};
    }
    return settings;
}

void SettingsFile::save(const Settings& settings) const {
    const nlohmann::json doc = {{"text_size", textSizeName(settings.textSize)},
                                {"muted", settings.muted},
                                {"region", toJson(settings.region)}};
    writeFileAtomically(m_path, doc.dump(2) + "\n");
}

} // namespace game
