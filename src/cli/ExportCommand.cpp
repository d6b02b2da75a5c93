// duedesk-cli export: the whole ledger as a generic-profile CSV.
#include "cli/CliContext.h"
#include "cli/TerminalProgress.h"

#include "duedesk/services/LedgerExport.h"

#include <iostream>

namespace duedesk::cli {

void addExportCommand(CLI::App& app, CliContext& context) {
    auto* cmd = app.add_subcommand("export", "Write the whole ledger to a file the importer reads back");
    struct Options {
        std::string file, profile = "generic";
    };
    auto o = std::make_shared<Options>();
    cmd->add_option("FILE", o->file, "The file to write")->required();
    cmd->add_option("--profile", o->profile, "Export layout (generic)")->check(CLI::IsMember({"generic"}));
    cmd->callback([&context, o] {
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        TerminalProgress progress("export");
        const ExportSummary s = exportGenericCsv(*db, o->file, [&](std::int64_t done, std::int64_t total) {
            progress.update(total ? double(done) / double(total) : 1.0, std::to_string(done) + " documents");
        });
        progress.finish();
        std::cout << "Exported " << s.documents << " documents to " << o->file << " (generic).\n";
    });
}

} // namespace duedesk::cli
