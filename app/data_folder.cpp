#include "app/data_folder.h"

#include <SDL.h>

#include <cstdlib>

namespace app {

namespace {
std::filesystem::path besideExecutable(const char* name) {
    if (char* base = SDL_GetBasePath()) {
        std::filesystem::path p = std::filesystem::path(base) / name;
        SDL_free(base);
        if (std::filesystem::is_directory(p)) return p;
    }
    return {};
}
} // namespace

std::filesystem::path dataFolder() {
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) return std::filesystem::path(xdg) / "scamdrill";
#ifdef _WIN32
    if (const char* appdata = std::getenv("APPDATA"); appdata && *appdata) return std::filesystem::path(appdata) / "scamdrill";
#endif
    if (const char* home = std::getenv("HOME"); home && *home)
        return std::filesystem::path(home) / ".local" / "share" / "scamdrill";
    return std::filesystem::current_path() / "scamdrill-data";
}

std::filesystem::path assetsFolder() {
    if (auto p = besideExecutable("assets"); !p.empty()) return p;
    return SCAMDRILL_ASSETS_DIR;
}

std::filesystem::path questionsFolder() {
    if (auto p = besideExecutable("questions"); !p.empty()) return p;
    return SCAMDRILL_QUESTIONS_DIR;
}

} // namespace app
