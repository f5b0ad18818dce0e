#pragma once
// What scenes are given by whoever creates them (the app, or a test): the
// services they use, never globals.
#include "game/bank/bank_library.h"
#include "game/settings.h"
#include "game/records/store.h"
#include "game/strings.h"
#include "scenes/voice.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>

namespace scenes {

struct Services {
    const game::StringTable& strings;
    game::Settings& settings;          // changed by the settings scene
    game::SettingsFile& settingsFile;  // where settings are kept
    std::filesystem::path database;    // the records database the session uses
    game::Store* store = nullptr;      // the records; nullptr when the database could not be opened
    std::string storeProblem;          // why store is nullptr, for the title scene to show
    const game::BankLibrary& banks;    // the question banks loaded at start
    std::function<game::Timestamp()> now;    // the clock (tests fix it)
    std::function<std::uint64_t()> newSeed;  // seeds for papers (tests fix them)
    Voice& voice;                            // speech and phone sounds (silent without a sound card)
};

} // namespace scenes
