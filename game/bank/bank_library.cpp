#include "game/bank/bank_library.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace game {

namespace fs = std::filesystem;

namespace {

bool isBankFile(const fs::path& path) {
    const std::string name = path.filename().string();
    constexpr std::string_view schema = ".schema.json";
    return path.extension() == ".json" &&
           !(name.size() >= schema.size() && name.compare(name.size() - schema.size(), schema.size(), schema) == 0);
}

SkippedBankEntry skippedEntry(std::string file, std::string itemId, std::string pointer, std::vector<BankProblem> problems) {
    std::string reason = problems.empty() ? std::string("it could not be read") : problems.front().message;
    return {std::move(file), std::move(itemId), std::move(pointer), std::move(reason), std::move(problems)};
}

// The errors at or under a pointer prefix ("" for all that concern no item).
std::vector<BankProblem> errorsUnder(const std::vector<BankProblem>& problems, const std::string& prefix) {
    std::vector<BankProblem> found;
    for (const auto& problem : problems) {
        if (problem.severity != Severity::Error) continue;
        const bool under = problem.pointer == prefix || problem.pointer.rfind(prefix + "/", 0) == 0;
        if (prefix.empty() ? problem.pointer.rfind("/items/", 0) != 0 : under) found.push_back(problem);
    }
    return found;
}

} // namespace

const Item* BankLibrary::item(std::string_view id) const { return findItem(banks, id); }

std::vector<fs::path> bankFilesIn(const fs::path& folder, bool recursive) {
    std::error_code error;
    if (!fs::is_directory(folder, error))
        throw BankFolderError("the question bank folder " + folder.string() + " does not exist or is not a folder");
    std::vector<fs::path> files;
    try {
        if (recursive) {
            for (auto it = fs::recursive_directory_iterator(folder); it != fs::recursive_directory_iterator(); ++it) {
                if (it->is_directory() && it->path().filename() == "templates") it.disable_recursion_pending();
                else if (it->is_regular_file() && isBankFile(it->path())) files.push_back(it->path());
            }
        } else {
            for (const auto& entry : fs::directory_iterator(folder))
                if (entry.is_regular_file() && isBankFile(entry.path())) files.push_back(entry.path());
        }
    } catch (const fs::filesystem_error& e) {
        throw BankFolderError("cannot list the question bank folder " + folder.string() + ": " + e.what());
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::vector<BankSource> readBankFiles(std::span<const fs::path> files, std::vector<BankProblem>& unreadable) {
    std::vector<BankSource> sources;
    for (const auto& path : files) {
        std::ifstream in(path, std::ios::binary);
        std::stringstream text;
        if (in) text << in.rdbuf();
        if (!in || in.bad()) {
            unreadable.push_back({path.string(), 0, 0, Severity::Error, {}, {},
                                  "cannot read the file; check that it exists and that you may read it"});
            continue;
        }
        sources.push_back({path.string(), text.str()});
    }
    return sources;
}

BankLibrary loadBanks(std::span<const BankSource> sources) {
    BankLibrary library;
    library.fileCount = static_cast<int>(sources.size());
    auto results = readBanks(sources);
    for (std::size_t f = 0; f < results.size(); ++f) {
        auto& result = results[f];
        const std::string& file = sources[f].fileName;
        library.itemCount += static_cast<int>(result.itemIds.size());
        if (!result.bank) {
            library.skipped.push_back(skippedEntry(file, {}, {}, errorsUnder(result.problems, "")));
        } else {
            for (const std::size_t index : result.skippedItems) {
                const std::string pointer = "/items/" + std::to_string(index);
                library.skipped.push_back(skippedEntry(file, result.itemIds[index], pointer, errorsUnder(result.problems, pointer)));
            }
            library.banks.push_back(std::move(*result.bank));
        }
        library.problems.insert(library.problems.end(), result.problems.begin(), result.problems.end());
    }
    return library;
}

BankLibrary loadBankFiles(std::span<const fs::path> files) {
    std::vector<BankProblem> unreadable;
    const auto sources = readBankFiles(files, unreadable);
    BankLibrary library = loadBanks(sources);
    for (const auto& problem : unreadable) {
        library.skipped.push_back(skippedEntry(problem.file, {}, {}, {problem}));
        library.problems.push_back(problem);
    }
    library.fileCount += static_cast<int>(unreadable.size());
    return library;
}

BankLibrary loadBankFolder(const fs::path& folder) {
    const auto files = bankFilesIn(folder);
    return loadBankFiles(files);
}

} // namespace game
