#pragma once
// The UI script language that drives the real program in end-to-end tests:
//   click <label>   type <text>   key <name>   wait <frames>
//   expect <text>   expect-not <text>   screenshot <png>   crash
// One command per line; blank lines and lines starting with # are skipped.
#include <string>
#include <string_view>
#include <vector>

namespace game {

// What one script line asks for.
struct UiCommand {
    enum class Kind { Click, Type, Key, Wait, Expect, ExpectNot, Screenshot, Crash };
    Kind kind = Kind::Wait;
    std::string argument; // the label, text, key name, file name
    int frames = 0;       // for wait
    int line = 0;         // 1-based line in the script
};

// A parsed script, or the problems that stop it from running.
struct UiScript {
    std::vector<UiCommand> commands;
    std::vector<std::string> errors; // "line 3: unknown command 'clik'"
};

// Parses a script's text.
[[nodiscard]] UiScript parseUiScript(std::string_view text);

} // namespace game
