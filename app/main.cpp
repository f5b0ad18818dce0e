// scamdrill: the program's entry point. Everything else is in the libraries.
#include "app/program.h"

#include <string>
#include <vector>

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    return app::runProgram(args);
}
