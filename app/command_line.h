#pragma once
// The program's command line, parsed with CLI11: options for the game, or one
// subcommand (app/subcommands.h) with its own options and help.
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace app {

struct Subcommand;

// Exit codes of the program (README.md, "Command line").
enum ExitCode { kExitOk = 0, kExitScriptFailed = 1, kExitUsage = 2, kExitEnvironment = 3, kExitCrash = 137 };

// What the game window starts with.
struct Options {
    std::string language;                  // --lang zh-CN|en, empty for "from the environment"
    std::optional<std::string> database;   // --db PATH
    std::optional<std::string> uiScript;   // --ui-script FILE
    std::optional<std::string> screenshot; // --screenshot FILE
    int frames = 5;                        // --frames N, with --screenshot
};

// What the command line asks for.
struct CommandLine {
    enum class Action {
        StartGame,  // open the window with `options`
        RunCommand, // run `command`, a subcommand with its arguments parsed
        Exit,       // print `out` and `err` and exit with `exitCode` (help, version, usage error)
    };
    Action action = Action::StartGame;
    Options options;
    std::function<int()> command;
    int exitCode = kExitOk;
    std::string out;
    std::string err;
};

// Parses argv[1..]: the game's options, or one of these subcommands with its own.
[[nodiscard]] CommandLine parseCommandLine(const std::vector<std::string>& args,
                                           const std::vector<Subcommand>& subcommands);

} // namespace app
