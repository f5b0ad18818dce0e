#include "app/subcommands.h"

#include "app/import_command.h"
#include "app/validate_command.h"

namespace app {

const std::vector<Subcommand> & subcommands() {
    static const std::vector<Subcommand> list = {
        {"validate", "check question banks: scamdrill validate [PATH...] (default: the installed banks)", runValidateCommand},
        {"import", "convert a .txt/.docx/.csv/.xlsx question bank: scamdrill import FILE -o OUT.json", runImportCommand},
    };
    return list;
}

} // namespace app
