#pragma once
// Runs the program in-process, as `scamdrill ARGS...` would, for the tests of
// the command line and the subcommands.
#include <string>
#include <vector>

namespace testing {

// What a run printed and the exit code it returned.
struct ProgramRun {
    int status = -1;
    std::string out;
    std::string err;
};

// Calls app::runProgram(args) with std::cout and std::cerr captured.
[[nodiscard]] ProgramRun runInProcess(const std::vector<std::string>& args);

} // namespace testing
