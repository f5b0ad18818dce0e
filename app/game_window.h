#pragma once
// The game's window: SDL2 + OpenGL3 + Dear ImGui, the main loop, fonts,
// fullscreen, screenshots and UI scripts.
#include "app/command_line.h"

#include <filesystem>

namespace game { class StringTable; }

namespace app {

// What the window needs to start.
struct GameSetup {
    const Options& options;
    const game::StringTable& strings;
    std::filesystem::path dataFolder;
    std::filesystem::path database;
};

// Opens the window and runs until the player quits, the script ends or the
// screenshot is written. Returns an ExitCode; reports problems on stderr.
int runGameWindow(const GameSetup& setup);

} // namespace app
