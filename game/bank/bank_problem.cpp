#include "game/bank/bank_problem.h"

#include <algorithm>

namespace game {

std::string formatProblem(const BankProblem& problem) {
    std::string out = problem.file;
    if (problem.line > 0) {
        out += ':' + std::to_string(problem.line);
        if (problem.column > 0) out += ':' + std::to_string(problem.column);
    }
    out += problem.severity == Severity::Error ? ": error: " : ": warning: ";
    if (!problem.itemId.empty()) out += problem.itemId + ' ';
    if (!problem.pointer.empty()) out += problem.pointer + ": ";
    out += problem.message;
    return out;
}

int countErrors(std::span<const BankProblem> problems) {
    return static_cast<int>(std::count_if(problems.begin(), problems.end(),
                                          [](const BankProblem& p) { return p.severity == Severity::Error; }));
}

int countWarnings(std::span<const BankProblem> problems) {
    return static_cast<int>(problems.size()) - countErrors(problems);
}

} // namespace game
