#pragma once
// Owns what the scenes are given: settings, the records store, the loaded
// banks, the clock. The game window and the headless test harness both use it.
#include "scenes/services.h"

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace app {

class GameServices {
public:
    // Loads settings from dataFolder/settings.json, opens the database (a
    // problem is kept in storeProblem, never thrown) and loads the banks folder.
    GameServices(const game::StringTable& strings, const std::filesystem::path& dataFolder,
                 const std::filesystem::path& database, const std::filesystem::path& banksFolder,
                 std::unique_ptr<scenes::Voice> voice = nullptr);

    [[nodiscard]] scenes::Services& services() { return *m_services; }
    [[nodiscard]] game::Settings& settings() { return m_settings; }
    // Problems worth printing at start (a damaged settings file).
    [[nodiscard]] const std::string& settingsProblem() const { return m_settingsFile.lastProblem(); }
    // Calls show for every text the program may draw from data: bank text and
    // people's and units' names, so the font atlas can hold their glyphs.
    void forEachShownText(const std::function<void(const std::string&)>& show);

private:
    game::SettingsFile m_settingsFile;
    game::Settings m_settings;
    std::optional<game::Store> m_store;
    std::unique_ptr<scenes::Voice> m_voice;
    game::BankLibrary m_banks;
    std::unique_ptr<scenes::Services> m_services;
};

// The message for a store that could not be opened, in the UI's language: what happened and what to do.
[[nodiscard]] std::string describeStoreProblem(const game::StringTable& strings, const game::StoreError& error);

} // namespace app
