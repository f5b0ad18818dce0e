#pragma once
// Where the program keeps its records and settings, and where it finds its
// read-only assets and built-in banks.
#include <filesystem>

namespace app {

// $XDG_DATA_HOME/scamdrill, else ~/.local/share/scamdrill (%APPDATA%\scamdrill on Windows).
[[nodiscard]] std::filesystem::path dataFolder();

// assets/ next to the executable when installed, else the source tree's.
[[nodiscard]] std::filesystem::path assetsFolder();

// questions/ next to the executable when installed, else the source tree's.
[[nodiscard]] std::filesystem::path questionsFolder();

} // namespace app
