// duedesk-cli init: create an empty ledger (or check an existing one).
#include "cli/CliContext.h"

#include <iostream>

namespace duedesk::cli {

void addInitCommand(CLI::App& app, CliContext& context) {
    auto* cmd = app.add_subcommand("init", "Create an empty ledger database, or upgrade an older one");
    cmd->callback([&context] {
        auto db = context.openDatabase(LedgerDatabase::OpenMode::CreateIfMissing);
        std::cout << db->path() << ": Duedesk database, schema version " << db->schemaVersion() << "\n";
    });
}

} // namespace duedesk::cli
