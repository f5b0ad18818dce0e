#pragma once
// The commands that run without a window: scamdrill validate, import, ...
#include <string>
#include <vector>

namespace app {

// One command: its name, a one-line summary for --help, and what runs it.
struct Subcommand {
    std::string name;
    std::string summary;
    int (*run)(const std::vector<std::string>& args);
};

// Every command, in the order --help lists them.
[[nodiscard]] const std::vector<Subcommand>& subcommands();

} // namespace app
