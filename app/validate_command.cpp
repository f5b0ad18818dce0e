#include "app/validate_command.h"

#include "app/data_folder.h"
#include "game/bank/bank_library.h"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <iostream>
#include <memory>

namespace app {

namespace fs = std::filesystem;

namespace {

std::string counted(int n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

// Checks bank files, or every *.json under the folders given (not
// *.schema.json, nothing under templates/); the installed banks when there is
// no PATH. Prints each problem as FILE:LINE:COL: error|warning: ITEM /pointer:
// message (LINE:COL left out when a file cannot be read), then a summary.
// Exit code 0 with no errors, 1 with errors, 2 for a PATH that is not there.
int validateBanks(std::vector<fs::path> roots) {
    std::vector<fs::path> files;
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

} // namespace

CommandRun defineValidateCommand(CLI::App& command) {
    auto paths = std::make_shared<std::vector<fs::path>>();
    command.add_option("PATH", *paths, "bank files, or folders searched for *.json (default: the installed banks)");
    command.footer("Prints every problem with its file, line and item, then a summary.\n"
                   "Exit code: 0 no errors, 1 errors, 2 usage error.");
    return [paths] { return validateBanks(*paths); };
}

} // namespace app
