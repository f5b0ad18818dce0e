#pragma once
// Reads one bank file's JSON text into a Bank, checking everything on the way
// (questions/README.md, "What validate checks"). Never throws on content.
#include "game/bank/bank.h"
#include "game/bank/bank_problem.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace game {

// What reading one bank file gave.
struct BankReadResult {
    std::optional<Bank> bank;                 // empty when the file as a whole is broken
    std::vector<BankProblem> problems;        // every problem, in the order found, with positions
    std::vector<std::string> itemIds;         // the id written in each entry of "items" ("" if none)
    std::vector<std::size_t> skippedItems;    // indices of entries left out for errors
};

// Reads and checks a bank; fileName only names the file in problems.
[[nodiscard]] BankReadResult readBank(std::string_view json, const std::string& fileName);

// Fills in line and column of the problems that lack them, from the text they refer to.
void locateProblems(std::string_view json, std::vector<BankProblem>& problems);

// The format version this program reads.
inline constexpr int kBankFormatVersion = 1;

} // namespace game
