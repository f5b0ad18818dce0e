#pragma once
// scamdrill validate [PATH...]
#include "app/subcommands.h"

namespace app {

// Declares validate's arguments on its subcommand; what it returns checks the banks.
[[nodiscard]] CommandRun defineValidateCommand(CLI::App& command);

} // namespace app
