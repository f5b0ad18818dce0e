#pragma once
// The banks the game plays: every valid bank of a folder (or a list of files),
// with broken items and broken banks left out and listed for the organiser.
#include "game/bank/bank.h"
#include "game/bank/bank_problem.h"
#include "game/bank/bank_validator.h"

#include <filesystem>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

namespace game {

// The bank folder itself is missing or cannot be listed (an environment error).
class BankFolderError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Something left out at load time, and why.
struct SkippedBankEntry {
    std::string file;
    std::string itemId;                 // empty when the whole bank was left out
    std::string pointer;                // "/items/3" for an item, "" for a bank
    std::string reason;                 // the first error, in plain English
    std::vector<BankProblem> problems;  // every error that caused it
};

// The loaded banks and what was left out.
struct BankLibrary {
    std::vector<Bank> banks;                 // in file order
    std::vector<SkippedBankEntry> skipped;   // whole banks and single items
    std::vector<BankProblem> problems;       // every problem, warnings included
    int fileCount = 0;                       // bank files looked at
    int itemCount = 0;                       // entries of "items" in all files, loaded or not

    // The item with this id in any loaded bank, or nullptr.
    [[nodiscard]] const Item* item(std::string_view id) const;
};

// The bank files of a folder, sorted by path: *.json, leaving out *.schema.json;
// with recursive, also in subfolders except any named "templates".
// Throws BankFolderError when the folder cannot be listed.
[[nodiscard]] std::vector<std::filesystem::path> bankFilesIn(const std::filesystem::path& folder, bool recursive = false);

// Reads each file's text; a file that cannot be read becomes an error in unreadable.
[[nodiscard]] std::vector<BankSource> readBankFiles(std::span<const std::filesystem::path> files,
                                                    std::vector<BankProblem>& unreadable);

// Loads banks from texts already read; never throws on content.
[[nodiscard]] BankLibrary loadBanks(std::span<const BankSource> sources);

// Loads bank files in the order given; unreadable files are skipped and listed.
[[nodiscard]] BankLibrary loadBankFiles(std::span<const std::filesystem::path> files);

// Loads every bank file directly in a folder (see bankFilesIn).
[[nodiscard]] BankLibrary loadBankFolder(const std::filesystem::path& folder);

} // namespace game
