#pragma once
// What is wrong with a bank file: one entry per problem, naming the file, the
// place in it, the item and the field, in words the author can act on.
#include <span>
#include <string>

namespace game {

// Errors keep an item (or a whole bank) out of the game; warnings do not.
enum class Severity { Error, Warning };

// One problem found in a bank file.
struct BankProblem {
    std::string file;          // as given to the validator (a path or a name)
    int line = 0;              // 1-based; 0 when unknown (the file could not be read)
    int column = 0;            // 1-based, in characters; 0 when unknown
    Severity severity = Severity::Error;
    std::string itemId;        // empty for problems of the bank as a whole
    std::string pointer;       // JSON pointer of the field, e.g. "/items/3/answer/0"; empty for syntax errors
    std::string message;       // plain English: what is wrong and how to fix it
};

// "FILE:LINE:COL: error: ITEM /pointer: message"; LINE:COL left out when unknown,
// ITEM left out for bank-level problems, the pointer left out when empty.
[[nodiscard]] std::string formatProblem(const BankProblem& problem);

// How many problems of each severity.
[[nodiscard]] int countErrors(std::span<const BankProblem> problems);
[[nodiscard]] int countWarnings(std::span<const BankProblem> problems);

} // namespace game
