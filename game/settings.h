#pragma once
// The player-facing settings kept between runs (settings.json in the data folder).
#include "game/region.h"

#include <filesystem>
#include <string>

namespace game {

// Text size for players who read small print badly.
enum class TextSize { Standard, Large, ExtraLarge };

// Pixel height of body text for a text size.
[[nodiscard]] float textPixels(TextSize size);

// What is kept between runs.
struct Settings {
    TextSize textSize = TextSize::Standard;
    bool muted = false;
    RegionContacts region;   // the hotlines scenario text and debriefs name
};

// Reads and writes Settings as JSON at one path. A missing or damaged file
// gives the defaults (and says why in lastProblem()); nothing is thrown on load.
class SettingsFile {
public:
    explicit SettingsFile(std::filesystem::path path);

    [[nodiscard]] Settings load();
    // Writes atomically; throws game::WriteError when it cannot.
    void save(const Settings& settings) const;
    [[nodiscard]] const std::string& lastProblem() const { return m_problem; }
    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
    std::string m_problem;
};

} // namespace game
