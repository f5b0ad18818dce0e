#include "app/import_command.h"

#include "game/atomic_file.h"
#include "game/bank/bank_validator.h"
#include "game/import/import_bank.h"
#include "game/import/import_names.h"

#include <filesystem>
#include <iostream>
#include <map>
#include <optional>

namespace app {

namespace {

constexpr const char* kUsage =
    "usage: scamdrill import FILE -o OUT.json [--fraud-type T] [--id-prefix P] [--title TITLE]\n"
    "  FILE          a question bank as .txt (UTF-8, UTF-16 or GBK), .docx, .csv or .xlsx\n"
    "                (spreadsheet columns: questions/templates/README.md)\n"
    "  -o OUT.json   where to write the native bank\n"
    "  --fraud-type  the bank's fraud type: a code (fake_police) or its Chinese name\n"
    "  --id-prefix   the bank id and item id prefix (default: from the file name)\n"
    "  --title       the bank's title (default: the file name)\n";

struct ImportArgs {
    std::filesystem::path input;
    std::filesystem::path output;
    game::BankHeader header;
};

int usageError(const std::string& what) {
    std::cerr << "scamdrill import: " << what << "\n" << kUsage;
    return 2;
}

// Reads the arguments; nullopt after printing what was wrong.
std::optional<ImportArgs> parseArgs(const std::vector<std::string>& args, int& exitCode) {
    ImportArgs parsed;
    std::optional<std::string> fraudType;
    std::optional<std::string> idPrefix;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        auto value = [&](std::optional<std::string>& into) {
            if (i + 1 >= args.size()) return false;
            into = args[++i];
            return true;
        };
        std::optional<std::string> text;
        if (arg == "-h" || arg == "--help") {
            std::cout << kUsage;
            exitCode = 0;
            return std::nullopt;
        } else if (arg == "-o" || arg == "--output") {
            if (!value(text)) return exitCode = usageError(arg + " needs a file name"), std::nullopt;
            parsed.output = *text;
        } else if (arg == "--fraud-type") {
            if (!value(fraudType)) return exitCode = usageError("--fraud-type needs a value"), std::nullopt;
        } else if (arg == "--id-prefix") {
            if (!value(idPrefix)) return exitCode = usageError("--id-prefix needs a value"), std::nullopt;
        } else if (arg == "--title") {
            if (!value(text)) return exitCode = usageError("--title needs a value"), std::nullopt;
            parsed.header.title = *text;
        } else if (arg.starts_with("-") && arg.size() > 1) {
            return exitCode = usageError("unknown option " + arg), std::nullopt;
        } else if (parsed.input.empty()) {
            parsed.input = arg;
        } else {
            return exitCode = usageError("only one FILE can be imported at a time"), std::nullopt;
        }
    }
    if (parsed.input.empty()) return exitCode = usageError("no FILE given"), std::nullopt;
    if (parsed.output.empty()) return exitCode = usageError("no output given (-o OUT.json)"), std::nullopt;
    if (fraudType) {
        const auto code = game::fraudTypeCodeFor(*fraudType);
        if (!code)
            return exitCode = usageError("--fraud-type \"" + *fraudType + "\" is not a fraud type (see questions/README.md)"), std::nullopt;
        parsed.header.fraudType = *code;
    }
    const std::string stem = parsed.input.stem().string();
    parsed.header.id = game::bankIdFrom(idPrefix.value_or(stem));
    if (idPrefix && parsed.header.id != *idPrefix)
        std::cout << "note: --id-prefix \"" << *idPrefix << "\" is written as \"" << parsed.header.id << "\" (lower-case ASCII)\n";
    if (parsed.header.title.empty()) parsed.header.title = stem;
    parsed.header.source = "imported from " + parsed.input.filename().string() + " by scamdrill import";
    return parsed;
}

void printNotes(const std::string& file, const game::ImportedItems& read) {
    int skipped = 0;
    for (const auto& note : read.notes) {
        const bool isSkip = note.level == game::ImportNote::Level::Skipped;
        skipped += isSkip ? 1 : 0;
        std::cout << file;
        if (note.line > 0) std::cout << ':' << note.line;
        std::cout << (isSkip ? ": not imported: " : ": warning: ") << note.message << '\n';
    }
    if (skipped > 0) std::cout << skipped << " line(s) or question(s) could not be read; they are listed above with their line numbers\n";
}

} // namespace

int runImportCommand(const std::vector<std::string>& args) {
    int exitCode = 2;
    const auto parsed = parseArgs(args, exitCode);
    if (!parsed) return exitCode;
    const std::string inputName = parsed->input.string();
    game::ImportedFile imported;
    try {
        imported = game::importQuestionFile(parsed->input);
    } catch (const game::ImportError& e) {
        std::cerr << "scamdrill import: " << e.what() << '\n';
        return 1;
    }
    auto bank = game::assembleBank(imported.read, parsed->header);

    std::map<std::string, int> kinds;
    for (const auto& item : bank["items"]) ++kinds[item["kind"].get<std::string>()];
    std::cout << "read " << inputName << " (" << imported.format;
    if (!imported.encoding.empty()) std::cout << ", " << imported.encoding;
    std::cout << "): " << bank["items"].size() << " item(s): " << kinds["single"] << " single, " << kinds["multi"]
              << " multi, " << kinds["truefalse"] << " truefalse\n";
    printNotes(inputName, imported.read);
    if (bank["items"].empty()) {
        std::cerr << "scamdrill import: no question could be imported from " << inputName << "; nothing written\n";
        return 1;
    }

    const std::string text = bank.dump(2) + "\n";
    const auto problems = game::validateBankText(text, parsed->output.string());
    for (const auto& problem : problems)
        if (problem.severity == game::Severity::Error) std::cout << game::formatProblem(problem) << '\n';
    try {
        game::writeFileAtomically(parsed->output, text);
    } catch (const game::WriteError& e) {
        std::cerr << "scamdrill import: " << e.what() << '\n';
        return 1;
    }
    std::cout << "wrote " << parsed->output.string() << ": bank \"" << parsed->header.id << "\", "
              << bank["items"].size() << " item(s); validate: " << game::countErrors(problems) << " error(s), "
              << game::countWarnings(problems) << " warning(s)\n";
    return game::countErrors(problems) > 0 ? 1 : 0;
}

} // namespace app
