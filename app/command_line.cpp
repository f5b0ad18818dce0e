#include "app/command_line.h"

#include <algorithm>
#include <charconv>

namespace app {

Options parseCommandLine(const std::vector<std::string>& args, const std::vector<std::string>& subcommands) {
    Options o;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&](const char* name) -> std::optional<std::string> {
            if (i + 1 >= args.size()) {
                o.errors.push_back(std::string(name) + " needs a value");
                return std::nullopt;
            }
            return args[++i];
        };
        if (a == "--help" || a == "-h") o.help = true;
        else if (a == "--version") o.version = true;
        else if (a == "--lang") { if (auto v = value("--lang")) o.language = *v; }
        else if (a == "--db") o.database = value("--db");
        else if (a == "--ui-script") o.uiScript = value("--ui-script");
        else if (a == "--screenshot") o.screenshot = value("--screenshot");
        else if (a == "--frames") {
            if (auto v = value("--frames")) {
                const auto [ptr, ec] = std::from_chars(v->data(), v->data() + v->size(), o.frames);
                if (ec != std::errc{} || ptr != v->data() + v->size() || o.frames < 1)
                    o.errors.push_back("--frames needs a whole number of at least 1, got '" + *v + "'");
            }
        } else if (!a.empty() && a[0] != '-' && o.subcommand.empty()
                   && std::find(subcommands.begin(), subcommands.end(), a) != subcommands.end()) {
            o.subcommand = a;
            o.subcommandArgs.assign(args.begin() + static_cast<long>(i) + 1, args.end());
            break;
        } else {
            o.errors.push_back("unknown argument '" + a + "' (see --help)");
        }
    }
    if (o.screenshot && o.frames == 0) o.frames = 5;
    if (o.uiScript && o.screenshot) o.errors.push_back("--ui-script and --screenshot cannot be combined");
    return o;
}

std::string usageText(const std::vector<std::pair<std::string, std::string>>& subcommands) {
    std::string text =
        "ScamDrill (反诈实战演练): an anti-fraud training game.\n\n"
        "Usage:\n"
        "  scamdrill [OPTIONS]              start the game\n"
        "  scamdrill COMMAND [ARGS...]      run a command without a window\n\n"
        "Options:\n"
        "  --lang zh-CN|en       language of the interface (default: from the environment, else zh-CN)\n"
        "  --db PATH             the records database (default: DATA/scamdrill.db)\n"
        "  --ui-script FILE      drive the game with a UI script (see README.md), then quit\n"
        "  --screenshot FILE     render some frames, write the last one as PNG, and quit\n"
        "  --frames N            how many frames to render for --screenshot (default 5)\n"
        "  --version             print the version\n"
        "  --help                print this text\n\n"
        "DATA is $XDG_DATA_HOME/scamdrill (usually ~/.local/share/scamdrill).\n";
    if (!subcommands.empty()) {
        text += "\nCommands:\n";
        for (const auto& [name, summary] : subcommands) text += "  " + name + std::string(22 - std::min<size_t>(name.size(), 20), ' ') + summary + "\n";
    }
    return text;
}

} // namespace app
