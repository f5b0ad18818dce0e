#pragma once
// Checking question banks: one file's text, or a set of files together (item
// ids must be unique across all banks). Every problem is reported, never just
// the first; nothing here throws on bad content.
#include "game/bank/bank_problem.h"
#include "game/bank/bank_reader.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace game {

// One bank file's name and text.
struct BankSource {
    std::string fileName;
    std::string text;
};

// Checks one bank's JSON text; fileName only names the file in the problems.
[[nodiscard]] std::vector<BankProblem> validateBankText(std::string_view json, const std::string& fileName);

// Reads a set of banks in order and checks them together: a bank id or an item
// id already used by an earlier file is an error in the later file, and the
// later bank (or item) is left out of its result.
[[nodiscard]] std::vector<BankReadResult> readBanks(std::span<const BankSource> sources);

// Checks a set of banks together; the problems of all files, file by file.
[[nodiscard]] std::vector<BankProblem> validateBankTexts(std::span<const BankSource> sources);

} // namespace game
