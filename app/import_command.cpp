#include "app/import_command.h"

#include <iostream>

namespace app {

// Placeholder until the question-bank work lands (issue 3).
int runImportCommand(const std::vector<std::string>&) {
    std::cerr << "scamdrill import: not built yet\n";
    return 2;
}

} // namespace app
