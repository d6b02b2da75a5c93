// duedesk-cli check: verify the ledger file and its kept totals.
#include "cli/CliContext.h"
#include "cli/ExitCode.h"

#include "duedesk/services/LedgerCheck.h"

#include <iostream>

namespace duedesk::cli {

void addCheckCommand(CLI::App& app, CliContext& context) {
    auto* cmd = app.add_subcommand("check", "Verify the database and that its kept totals match the documents");
    cmd->callback([&context] {
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        const LedgerCheckResult r = checkLedger(*db);
        for (const std::string& p : r.problems) {
            std::cerr << "duedesk-cli: " << p << "\n";
            context.log.failed("database check", p);
        }
        if (!r.problems.empty()) {
            context.exitCode = kDatabase;
            return;
        }
        std::cout << db->path() << ": ok (" << r.documents << " documents, " << r.openItems << " open)\n";
    });
}

} // namespace duedesk::cli
