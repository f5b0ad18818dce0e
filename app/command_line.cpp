#include "app/command_line.h"

#include "app/subcommands.h"

#include <CLI/CLI.hpp>

#include <sstream>

namespace app {

namespace {

// "scamdrill" or "scamdrill import": who is complaining.
std::string commandName(const CLI::App& top) {
    std::string name = top.get_name();
    for (const CLI::App* sub : top.get_subcommands()) name += " " + sub->get_name();
    return name;
}

void addGameOptions(CLI::App& top, Options& options) {
    top.add_option("--lang", options.language, "language of the interface (default: from the environment, else zh-CN)")
        ->check(CLI::IsMember({"zh-CN", "en"}));
    top.add_option("--db", options.database, "the records database (default: DATA/scamdrill.db)")->type_name("PATH");
    auto* script = top.add_option("--ui-script", options.uiScript, "drive the game with a UI script (README.md), then quit")
                       ->type_name("FILE");
    auto* shot = top.add_option("--screenshot", options.screenshot, "render some frames, write the last one as PNG, and quit")
                     ->type_name("FILE")
                     ->excludes(script);
    top.add_option("--frames", options.frames, "how many frames to render for --screenshot (default 5)")
        ->check(CLI::Range(1, 100000))
        ->needs(shot);
}

} // namespace

CommandLine parseCommandLine(const std::vector<std::string>& args, const std::vector<Subcommand>& subcommands) {
    CommandLine line;
    CLI::App top{"ScamDrill (反诈实战演练): an anti-fraud training game.", "scamdrill"};
    top.set_version_flag("--version", "scamdrill " SCAMDRILL_VERSION, "print the version and exit");
    top.footer("DATA is $XDG_DATA_HOME/scamdrill (usually ~/.local/share/scamdrill).\n"
               "Exit codes: 0 done, 1 a UI script or command failed, 2 a usage error, 3 the machine lacks something.");
    top.failure_message([](const CLI::App* app, const CLI::Error& e) {
        const std::string name = commandName(*app);
        return name + ": " + e.what() + "\n" + "Run '" + name + " --help' for the options.\n";
    });
    addGameOptions(top, line.options);

    std::vector<std::pair<CLI::App*, CommandRun>> runs;
    for (const auto& subcommand : subcommands) {
        CLI::App* command = top.add_subcommand(subcommand.name, subcommand.summary);
        runs.emplace_back(command, subcommand.define(*command));
    }
    top.require_subcommand(0, 1);

    try {
        top.parse(std::vector<std::string>(args.rbegin(), args.rend()));
    } catch (const CLI::ParseError& e) {
        std::ostringstream out;
        std::ostringstream err;
        const bool asked = top.exit(e, out, err) == static_cast<int>(CLI::ExitCodes::Success); // --help, --version
        line.action = CommandLine::Action::Exit;
        line.exitCode = asked ? kExitOk : kExitUsage;
        line.out = out.str();
        line.err = err.str();
        return line;
    }
    for (auto& [command, run] : runs) {
        if (command->parsed()) {
            line.action = CommandLine::Action::RunCommand;
            line.command = std::move(run);
        }
    }
    return line;
}

} // namespace app
