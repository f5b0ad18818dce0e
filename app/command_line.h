#pragma once
// The program's command line: options for the game, or a subcommand
// (scamdrill validate ..., scamdrill import ...) with its own arguments.
#include <optional>
#include <string>
#include <vector>

namespace app {

struct Options {
    bool help = false;
    bool version = false;
    std::string language;               // --lang, empty for "from the environment"
    std::optional<std::string> database; // --db PATH
    std::optional<std::string> uiScript; // --ui-script FILE
    std::optional<std::string> screenshot; // --screenshot FILE
    int frames = 0;                      // --frames N, with --screenshot
    std::string subcommand;              // "validate", "import", ... or empty
    std::vector<std::string> subcommandArgs;
    std::vector<std::string> errors;     // what was wrong with the command line
};

// Parses argv[1..]. The first word that is not an option and names a known
// subcommand starts the subcommand; everything after it is its arguments.
[[nodiscard]] Options parseCommandLine(const std::vector<std::string>& args,
                                       const std::vector<std::string>& subcommands);

// The text --help prints.
[[nodiscard]] std::string usageText(const std::vector<std::pair<std::string, std::string>>& subcommands);

} // namespace app
