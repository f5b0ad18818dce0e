#pragma once
// The commands that run without a window: scamdrill validate, import, ...
//
// To add one: write app/NAME_command.{h,cpp} with a define function (as
// defineValidateCommand) that declares the command's options on its CLI11
// subcommand and returns what runs it, and add a line to subcommands().
#include <functional>
#include <string>
#include <vector>

namespace CLI { class App; }

namespace app {

// Runs a command whose arguments have been parsed; returns the exit code.
using CommandRun = std::function<int()>;

// One command: its name, a one-line summary for --help, and the function that
// declares its arguments on its subcommand and returns what runs it.
struct Subcommand {
    std::string name;
    std::string summary;
    CommandRun (*define)(CLI::App& command);
};

// Every command, in the order --help lists them.
[[nodiscard]] const std::vector<Subcommand>& subcommands();

} // namespace app
