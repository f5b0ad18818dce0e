#include "game/bank/bank_validator.h"

#include <algorithm>
#include <map>

namespace game {

namespace {

struct FirstUse {
    std::size_t file;
    std::size_t item;
};

void dropItem(BankReadResult& result, std::size_t index) {
    if (std::find(result.skippedItems.begin(), result.skippedItems.end(), index) == result.skippedItems.end()) {
        result.skippedItems.push_back(index);
        std::sort(result.skippedItems.begin(), result.skippedItems.end());
    }
    if (!result.bank) return;
    auto& items = result.bank->items;
    const std::string& id = result.itemIds[index];
    items.erase(std::remove_if(items.begin(), items.end(), [&](const Item& item) { return item.id == id; }), items.end());
}

} // namespace

std::vector<BankProblem> validateBankText(std::string_view json, const std::string& fileName) {
    return readBank(json, fileName).problems;
}

std::vector<BankReadResult> readBanks(std::span<const BankSource> sources) {
    std::vector<BankReadResult> results;
    std::map<std::string, std::size_t> bankIds;
    std::map<std::string, FirstUse> itemIds;
    for (std::size_t f = 0; f < sources.size(); ++f) {
        BankReadResult result = readBank(sources[f].text, sources[f].fileName);
        std::vector<BankProblem> found;
        if (result.bank && !result.bank->id.empty()) {
            const auto [it, added] = bankIds.emplace(result.bank->id, f);
            if (!added) {
                found.push_back({sources[f].fileName, 0, 0, Severity::Error, {}, "/id",
                                 "bank id \"" + result.bank->id + "\" is already used by " + sources[it->second].fileName +
                                     "; give this bank its own id"});
                result.bank.reset();
            }
        }
        for (std::size_t i = 0; i < result.itemIds.size(); ++i) {
            const std::string& id = result.itemIds[i];
            if (id.empty()) continue;
            const auto [it, added] = itemIds.emplace(id, FirstUse{f, i});
            if (added || it->second.file == f) continue; // repeats within a file are reported by readBank
            found.push_back({sources[f].fileName, 0, 0, Severity::Error, id, "/items/" + std::to_string(i) + "/id",
                             "id \"" + id + "\" is already used by item " + std::to_string(it->second.item) + " of " +
                                 sources[it->second.file].fileName + "; item ids must be unique across all banks"});
            dropItem(result, i);
        }
        locateProblems(sources[f].text, found);
        result.problems.insert(result.problems.end(), found.begin(), found.end());
        results.push_back(std::move(result));
    }
    return results;
}

std::vector<BankProblem> validateBankTexts(std::span<const BankSource> sources) {
    std::vector<BankProblem> problems;
    for (auto& result : readBanks(sources))
        problems.insert(problems.end(), std::make_move_iterator(result.problems.begin()),
                        std::make_move_iterator(result.problems.end()));
    return problems;
}

} // namespace game
