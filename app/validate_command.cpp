#include "app/validate_command.h"

#include "app/data_folder.h"
#include "game/bank/bank_library.h"

#include <filesystem>
#include <iostream>

namespace app {

namespace fs = std::filesystem;

namespace {

std::string counted(int n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

} // namespace

// scamdrill validate [PATH...]: checks bank files, or every *.json under the
// folders given (not *.schema.json, nothing under templates/); the installed
// banks when no PATH. Prints each problem as FILE:LINE:COL: error|warning:
// ITEM /pointer: message (LINE:COL left out when a file cannot be read), then
// a summary. Exit code 0 with no errors, 1 with errors, 2 for usage errors.
int runValidateCommand(const std::vector<std::string>& args) {
    std::vector<fs::path> files;
    std::vector<fs::path> roots;
    for (const auto& arg : args) {
        if (arg == "-h" || arg == "--help") {
            std::cout << "usage: scamdrill validate [PATH...]\n"
                         "Checks question banks (files, or folders searched for *.json) and prints every problem.\n"
                         "With no PATH, checks the installed banks. Exit code: 0 no errors, 1 errors, 2 usage error.\n";
            return 0;
        }
        if (!arg.empty() && arg[0] == '-') {
            std::cerr << "scamdrill validate: unknown option " << arg << " (usage: scamdrill validate [PATH...])\n";
            return 2;
        }
        roots.emplace_back(arg);
    }
    if (roots.empty()) roots.push_back(questionsFolder());
    try {
        for (const auto& root : roots) {
            std::error_code error;
            if (fs::is_directory(root, error)) {
                const auto found = game::bankFilesIn(root, true);
                files.insert(files.end(), found.begin(), found.end());
            } else if (fs::exists(root, error)) {
                files.push_back(root);
            } else {
                std::cerr << "scamdrill validate: " << root.string() << ": no such file or folder\n";
                return 2;
            }
        }
    } catch (const game::BankFolderError& e) {
        std::cerr << "scamdrill validate: " << e.what() << "\n";
        return 2;
    }
    const game::BankLibrary library = game::loadBankFiles(files);
    for (const auto& problem : library.problems) std::cout << game::formatProblem(problem) << "\n";
    const int errors = game::countErrors(library.problems);
    const int warnings = game::countWarnings(library.problems);
    std::cout << counted(library.fileCount, "bank", "banks") << ", " << counted(library.itemCount, "item", "items") << ", "
              << counted(errors, "error", "errors") << ", " << counted(warnings, "warning", "warnings") << "\n";
    return errors > 0 ? 1 : 0;
}

} // namespace app
