#include "app/subcommands.h"

namespace app {

const std::vector<Subcommand>& subcommands() {
    static const std::vector<Subcommand> list = {};
    return list;
}

} // namespace app
