// duedesk-cli import: bring an ERP export into the ledger, all or nothing.
#include "cli/CliContext.h"
#include "cli/ExitCode.h"
#include "cli/TerminalProgress.h"

#include "duedesk/importing/ByteSource.h"
#include "duedesk/importing/ImportProfiles.h"
#include "duedesk/services/ImportService.h"
#include "duedesk/services/UserDirectory.h"

#include <iostream>

namespace duedesk::cli {

namespace {
// How many changed documents --show-changes lists; the rest are counted.
constexpr std::size_t kChangesListed = 1000;

void listChanges(const ImportResult& r) {
    for (const DocumentChange& c : r.changes.kept()) std::cout << describeDocumentChange(c, r.fileLabel) << "\n";
    if (r.changes.total() > r.changes.kept().size())
        std::cout << "... and " << (r.changes.total() - r.changes.kept().size()) << " more changes\n";
}
} // namespace

void addImportCommand(CLI::App& app, CliContext& context) {
    auto* cmd = app.add_subcommand("import", "Import an ERP export file into the ledger");
    struct Options {
        std::string file;
        std::string profile = "generic";
        bool snapshot = false;
        bool dryRun = false;
        bool createAnalysts = false;
        bool showChanges = false;
        std::string asOf;
        std::string user;
    };
    auto o = std::make_shared<Options>();
    cmd->add_option("FILE", o->file, "The export file")->required();
    cmd->add_option(
        "--profile", o->profile,
        "generic, sap-fbl5n, netsuite, oracle-ar, auto (recognise from the header), or a mapping file (.toml)");
    cmd->add_flag("--snapshot", o->snapshot, "The file lists every open item on --as-of: close the others");
    cmd->add_flag("--dry-run", o->dryRun, "Check the file and report what would change; write nothing");
    cmd->add_flag("--create-analysts", o->createAnalysts,
                  "Create the analysts the file names who are not users yet (no password until an administrator "
                  "sets one)");
    cmd->add_flag("--show-changes", o->showChanges,
                  "List every document the import changes (or would change): created, updated or closed, with "
                  "its open amount before and after");
    cmd->add_option("--as-of", o->asOf, "Date changes take effect (YYYY-MM-DD, default today)");
    cmd->add_option("--user", o->user, "User name the import is recorded under");
    cmd->callback([&context, o] {
        if (o->snapshot && o->asOf.empty()) throw UsageError("--snapshot needs --as-of: the date the file lists");
        ImportOptions options;
        options.effectiveOn = CliContext::asOfOrToday(o->asOf, "--as-of");
        options.snapshot = o->snapshot;
        options.dryRun = o->dryRun;
        options.createAnalysts = o->createAnalysts;
        if (o->showChanges) options.changeLimit = kChangesListed;

        std::optional<ImportMapping> mapping;
        if (o->profile != "auto") {
            try {
                mapping = resolveProfile(o->profile);
            } catch (const std::invalid_argument& e) {
                throw UsageError(e.what());
            }
        }
        // Open the file once: recognition reads its header, the import all of
        // it, block by block.
        FileBytes bytes(o->file);
        if (!mapping) {
            const auto recognised = recogniseProfile(bytes);
            if (!recognised) {
                std::cerr << "duedesk-cli: no built-in profile recognises the header of " << o->file
                          << "; name the profile with --profile\n";
                context.log.refused("import", "no built-in profile recognises the header of " + o->file);
                context.exitCode = kRejected;
                return;
            }
            std::cout << "Recognised the " << recognised->mapping.profileName << " profile from the header on line "
                      << recognised->headerLine << ".\n";
            mapping = recognised->mapping;
        }
        auto db = context.openDatabase(LedgerDatabase::OpenMode::CreateIfMissing);
        const Actor by = context.actor(*db, o->user);
        TerminalProgress progress("import");
        const ImportResult r = ImportService(*db, context.log)
                                   .importBytes(bytes, o->file, *mapping, options, by, [&](const ImportProgress& p) {
                                       progress.update(p.bytesTotal ? double(p.bytesDone) / double(p.bytesTotal) : 1.0,
                                                       std::to_string(p.rows) + " rows");
                                       return true;
                                   });
        progress.finish();

        const std::string what = o->file + " (" + mapping->profileName + ")";
        switch (r.outcome) {
        case ImportOutcome::Imported:
            std::cout << "Imported " << what << ": " << describeImportCounts(r.counts) << ".\n";
            if (o->showChanges) listChanges(r);
            for (const CreditNoteArrival& a : r.creditNotes) std::cout << describeCreditNoteArrival(a) << "\n";
            break;
        case ImportOutcome::Unchanged:
            std::cout << "Nothing to change from " << what << ": " << describeImportCounts(r.counts) << ".\n";
            break;
        case ImportOutcome::DryRun:
            std::cout << "Dry run of " << what << ": " << describeImportCounts(r.counts) << ". Nothing was written.\n";
            if (o->showChanges) listChanges(r);
            break;
        case ImportOutcome::Cancelled: std::cerr << "Import cancelled; nothing was written.\n"; break;
        case ImportOutcome::Rejected:
            for (const ImportProblem& p : r.problems.kept()) std::cerr << p.describe(r.fileLabel) << "\n";
            if (r.problems.total() > r.problems.kept().size())
                std::cerr << "... and " << (r.problems.total() - r.problems.kept().size()) << " more problems\n";
            std::cerr << "Import refused: " << r.problems.total()
                      << (r.problems.total() == 1 ? " problem" : " problems") << " in " << o->file
                      << "; nothing was written.\n";
            context.exitCode = kRejected;
            break;
        }
    });
}

} // namespace duedesk::cli
