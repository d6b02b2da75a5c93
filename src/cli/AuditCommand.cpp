// duedesk-cli audit: check the audit trail's hash chain (verify) and write
// its records for auditors (export). The chain's rules are the core's.
#include "cli/CliContext.h"
#include "cli/CommandSupport.h"
#include "cli/ExitCode.h"

#include "duedesk/reports/AuditRendering.h"
#include "duedesk/services/AuditTrail.h"

#include <fstream>
#include <iostream>

namespace duedesk::cli {
namespace {

void addVerify(CLI::App& parent, CliContext& context) {
    auto* cmd = parent.add_subcommand(
        "verify", "Check the audit trail's hash chain; name the first record that does not match (exit status 3)");
    auto expect = std::make_shared<std::string>();
    cmd->add_option("--expect", *expect,
                    "ID:HASH of a record noted at an earlier check; it must still be there with that hash");
    cmd->callback([&context, expect] {
        std::optional<AuditAnchor> anchor;
        if (!expect->empty()) {
            const auto colon = expect->find(':');
            const std::string id = expect->substr(0, colon);
            if (colon == std::string::npos || id.empty() || id.find_first_not_of("0123456789") != std::string::npos ||
                expect->size() - colon - 1 != 64)
                throw UsageError("--expect \"" + *expect + "\" is not ID:HASH (a record id, a colon, 64 hex digits)");
            anchor = AuditAnchor{std::stoll(id), expect->substr(colon + 1)};
        }
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        const AuditChainCheck check = AuditTrail(*db).verify(anchor);
        if (!check.intact()) {
            const std::string message = "audit trail broken at record " + std::to_string(check.firstBreak->record) +
                                        ": " + check.firstBreak->reason;
            std::cerr << "duedesk-cli: " << db->path() << ": " << message << "\n";
            if (check.lastGoodId > 0)
                std::cerr << "duedesk-cli: records 1 to " << check.lastGoodId << " match; the last of them has hash "
                          << check.lastGoodHash << "\n";
            context.log.failed("audit verify", message);
            context.exitCode = kDatabase;
            return;
        }
        std::cout << db->path() << ": audit trail intact, " << check.records << " records\n";
        if (check.records > 0)
            std::cout << "last record " << check.lastGoodId << ", hash " << check.lastGoodHash << "\n";
    });
}

void addExport(CLI::App& parent, CliContext& context) {
    auto* cmd = parent.add_subcommand("export", "Write the audit records of a period for auditors (CSV or JSON)");
    struct Options {
        std::string from, to, format = "csv", output, user;
    };
    auto o = std::make_shared<Options>();
    cmd->add_option("--from", o->from, "First day, UTC (YYYY-MM-DD)")->required();
    cmd->add_option("--to", o->to, "Last day, UTC (YYYY-MM-DD), included")->required();
    cmd->add_option("--format", o->format, "csv or json")->check(CLI::IsMember({"csv", "json"}));
    cmd->add_option("--output", o->output, "The file to write (default: standard output)");
    cmd->add_option("--user", o->user, "User name the export is made as (default: the command line's operator)");
    cmd->callback([&context, o] {
        const Date from = dateOption(o->from, "--from");
        const Date to = dateOption(o->to, "--to");
        if (to < from) throw UsageError("--to " + o->to + " is before --from " + o->from);
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        const Actor by = context.actor(*db, o->user);
        const std::vector<AuditRecord> records = AuditTrail(*db).records(from, to, by);
        const std::string text = o->format == "json" ? renderAuditJson(records) : renderAuditCsv(records);
        if (o->output.empty()) {
            std::cout << text;
            return;
        }
        std::ofstream file(o->output, std::ios::binary);
        file << text;
        file.close();
        if (!file) {
            std::cerr << "duedesk-cli: " << o->output << ": cannot be written\n";
            context.exitCode = kFile;
            return;
        }
        std::cout << records.size() << (records.size() == 1 ? " audit record from " : " audit records from ")
                  << from.toIso() << " to " << to.toIso() << " written to " << o->output << "\n";
    });
}

} // namespace

void addAuditCommand(CLI::App& app, CliContext& context) {
    auto* audit = app.add_subcommand("audit", "The audit trail: verify its hash chain, export its records");
    audit->require_subcommand(1);
    addVerify(*audit, context);
    addExport(*audit, context);
}

} // namespace duedesk::cli
