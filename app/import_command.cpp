#include "app/import_command.h"

#include "game/atomic_file.h"
#include "game/bank/bank_validator.h"
#include "game/import/import_bank.h"
#include "game/import/import_names.h"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <optional>

namespace app {

namespace {

// What the command line gave, with the bank's header filled in from the file name.
struct ImportArgs {
    std::filesystem::path input;
    std::filesystem::path output;
    std::optional<std::string> idPrefix;
    game::BankHeader header;
};

// The header fields the command line left out: the id and title from the
// file name, and where the bank came from.
void completeHeader(ImportArgs& args) {
    const std::string stem = args.input.stem().string();
    args.header.id = game::bankIdFrom(args.idPrefix.value_or(stem));
    if (args.idPrefix && args.header.id != *args.idPrefix)
        std::cout << "note: --id-prefix \"" << *args.idPrefix << "\" is written as \"" << args.header.id << "\" (lower-case ASCII)\n";
    if (args.header.title.empty()) args.header.title = stem;
    args.header.source = "imported from " + args.input.filename().string() + " by scamdrill import";
}

// --fraud-type takes a code (fake_police) or its Chinese name, and gives the code.
CLI::Validator fraudTypeCode() {
    return {[](std::string& value) -> std::string {
                const auto code = game::fraudTypeCodeFor(value);
                if (!code) return "\"" + value + "\" is not a fraud type (see questions/README.md)";
                value = *code;
                return {};
            },
            "TYPE"};
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

int importBank(ImportArgs args) {
    completeHeader(args);
    const std::string inputName = args.input.string();
    game::ImportedFile imported;
    try {
        imported = game::importQuestionFile(args.input);
    } catch (const game::ImportError& e) {
        std::cerr << "scamdrill import: " << e.what() << '\n';
        return 1;
    }
    auto bank = game::assembleBank(imported.read, args.header);

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
    const auto problems = game::validateBankText(text, args.output.string());
    for (const auto& problem : problems)
        if (problem.severity == game::Severity::Error) std::cout << game::formatProblem(problem) << '\n';
    try {
        game::writeFileAtomically(args.output, text);
    } catch (const game::WriteError& e) {
        std::cerr << "scamdrill import: " << e.what() << '\n';
        return 1;
    }
    std::cout << "wrote " << args.output.string() << ": bank \"" << args.header.id << "\", "
              << bank["items"].size() << " item(s); validate: " << game::countErrors(problems) << " error(s), "
              << game::countWarnings(problems) << " warning(s)\n";
    return game::countErrors(problems) > 0 ? 1 : 0;
}

} // namespace

CommandRun defineImportCommand(CLI::App& command) {
    auto args = std::make_shared<ImportArgs>();
    command.add_option("FILE", args->input, "a question bank as .txt (UTF-8, UTF-16 or GBK), .docx, .csv or .xlsx "
                                            "(spreadsheet columns: questions/templates/README.md)")
        ->required();
    command.add_option("-o,--output", args->output, "where to write the native bank")->type_name("OUT.json")->required();
    command.add_option("--fraud-type", args->header.fraudType, "the bank's fraud type: a code (fake_police) or its Chinese name")
        ->transform(fraudTypeCode());
    command.add_option("--id-prefix", args->idPrefix, "the bank id and item id prefix (default: from the file name)")
        ->type_name("P");
    command.add_option("--title", args->header.title, "the bank's title (default: the file name)");
    command.footer("Exit code: 0 written, 1 nothing could be read or the bank has errors, 2 usage error.");
    return [args] { return importBank(*args); };
}

} // namespace app
