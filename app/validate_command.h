#pragma once
// scamdrill validate ...
#include <string>
#include <vector>

namespace app {

// Runs the command; returns the process exit code.
int runValidateCommand(const std::vector<std::string>& args);

} // namespace app
