#include "app/program.h"

#include "app/command_line.h"
#include "app/data_folder.h"
#include "app/game_window.h"
#include "app/subcommands.h"
#include "game/strings.h"

#include <cstdlib>
#include <iostream>

#ifdef _WIN32
#include <windows.h>
#endif

namespace app {

namespace {
std::string_view environment(const char* name) {
    const char* value = std::getenv(name);
    return value ? value : "";
}
} // namespace

int runProgram(const std::vector<std::string>& args) {
#ifdef _WIN32
    SetConsoleOutputCP(CP_UTF8);
#endif
    const CommandLine line = parseCommandLine(args, subcommands());
    switch (line.action) {
    case CommandLine::Action::Exit:
        std::cout << line.out;
        std::cerr << line.err;
        return line.exitCode;
    case CommandLine::Action::RunCommand:
        return line.command();
    case CommandLine::Action::StartGame:
        break;
    }
    const Options& options = line.options;

    const game::Language language = game::chooseLanguage(options.language, environment);
    game::StringTable strings;
    try {
        strings = game::StringTable::load(assetsFolder(), language);
    } catch (const std::exception& e) {
        std::cerr << "scamdrill: " << e.what() << " (reinstall the program's assets)\n";
        return kExitEnvironment;
    }
    const auto data = dataFolder();
    std::error_code ec;
    std::filesystem::create_directories(data, ec);
    const auto database = options.database ? std::filesystem::path(*options.database) : data / "scamdrill.db";
    return runGameWindow({options, strings, data, database});
}

} // namespace app
