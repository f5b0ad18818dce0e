#include "game/automation/ui_script.h"

#include <charconv>

namespace game {

namespace {
std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

struct Verb {
    std::string_view name;
    UiCommand::Kind kind;
    bool needsArgument;
};
constexpr Verb kVerbs[] = {
    {"click", UiCommand::Kind::Click, true},         {"type", UiCommand::Kind::Type, true},
    {"key", UiCommand::Kind::Key, true},             {"wait", UiCommand::Kind::Wait, true},
    {"expect", UiCommand::Kind::Expect, true},       {"expect-not", UiCommand::Kind::ExpectNot, true},
    {"screenshot", UiCommand::Kind::Screenshot, true}, {"crash", UiCommand::Kind::Crash, false},
};
} // namespace

UiScript parseUiScript(std::string_view text) {
    UiScript script;
    int lineNo = 0;
    while (!text.empty()) {
        const size_t eol = text.find('\n');
        std::string_view line = trim(text.substr(0, eol));
        text = eol == std::string_view::npos ? std::string_view{} : text.substr(eol + 1);
        ++lineNo;
        if (lineNo == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") line = trim(line.substr(3));
        if (line.empty() || line.front() == '#') continue;
        const size_t space = line.find_first_of(" \t");
        const std::string_view word = line.substr(0, space);
        const std::string_view arg = space == std::string_view::npos ? std::string_view{} : trim(line.substr(space));
        const Verb* verb = nullptr;
        for (const auto& v : kVerbs)
            if (v.name == word) verb = &v;
        const std::string where = "line " + std::to_string(lineNo) + ": ";
        if (!verb) {
            script.errors.push_back(where + "unknown command '" + std::string(word) + "'");
            continue;
        }
        if (verb->needsArgument && arg.empty()) {
            script.errors.push_back(where + "'" + std::string(word) + "' needs an argument");
            continue;
        }
        UiCommand cmd{verb->kind, std::string(arg), 0, lineNo};
        if (cmd.kind == UiCommand::Kind::Wait) {
            const auto [ptr, ec] = std::from_chars(arg.data(), arg.data() + arg.size(), cmd.frames);
            if (ec != std::errc{} || ptr != arg.data() + arg.size() || cmd.frames < 0) {
                script.errors.push_back(where + "'wait' needs a number of frames, got '" + std::string(arg) + "'");
                continue;
            }
        }
        script.commands.push_back(std::move(cmd));
    }
    return script;
}

} // namespace game
