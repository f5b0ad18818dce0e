#include "app/validate_command.h"

#include <iostream>

namespace app {

// Placeholder until the question-bank work lands (issue 3).
int runValidateCommand(const std::vector<std::string>&) {
    std::cerr << "scamdrill validate: not built yet\n";
    return 2;
}

} // namespace app
