#pragma once
// The whole program behind main(): parses the command line, runs a
// subcommand or opens the game window.
#include <string>
#include <vector>

namespace app {

// Returns the process exit code.
int runProgram(const std::vector<std::string>& args);

} // namespace app
