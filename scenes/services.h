#pragma once
// What scenes are given by whoever creates them (the app, or a test): the
// services they use, never globals.
#include "game/settings.h"
#include "game/strings.h"

#include <filesystem>

namespace scenes {

struct Services {
    const game::StringTable& strings;
    game::Settings& settings;      // changed by the settings scene
    game::SettingsFile& settingsFile; // where settings are kept
    std::filesystem::path database;   // the records database the session uses
};

} // namespace scenes
