#pragma once
// scamdrill import ...
#include <string>
#include <vector>

namespace app {

// Runs the command; returns the process exit code.
int runImportCommand(const std::vector<std::string>& args);

} // namespace app
