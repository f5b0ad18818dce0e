#pragma once
// scamdrill import FILE -o OUT.json
#include "app/subcommands.h"

namespace app {

// Declares import's arguments on its subcommand; what it returns converts the file.
[[nodiscard]] CommandRun defineImportCommand(CLI::App& command);

} // namespace app
