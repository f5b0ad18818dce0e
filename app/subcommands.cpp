#include "app/subcommands.h"

#include "app/import_command.h"
#include "app/validate_command.h"

namespace app {

const std::vector<Subcommand>& subcommands() {
    static const std::vector<Subcommand> list = {
        {"validate", "check question banks (default: the installed ones)", defineValidateCommand},
        {"import", "convert a .txt/.docx/.csv/.xlsx question bank to a native .json bank", defineImportCommand},
    };
    return list;
}

} // namespace app
