// duedesk-cli aging: the aged debt table as of a date.
#include "cli/CliContext.h"

#include "duedesk/reports/AgingRendering.h"
#include "duedesk/reports/AgingReport.h"

#include <chrono>
#include <iostream>

namespace duedesk::cli {

void addAgingCommand(CLI::App& app, CliContext& context) {
    auto* cmd = app.add_subcommand("aging", "Aged debt by analyst, account, currency or risk class");
    struct Options {
        std::string asOf, by = "analyst", buckets, basis = "due", format = "table";
        bool timing = false;
    };
    auto o = std::make_shared<Options>();
    cmd->add_option("--as-of", o->asOf, "Age the ledger as it stood on this day (YYYY-MM-DD, default today)");
    cmd->add_option("--by", o->by, "Group by analyst, account, currency or risk")
        ->check(CLI::IsMember({"analyst", "account", "currency", "risk"}));
    cmd->add_option("--buckets", o->buckets, "Bucket upper bounds in days (default 30,60,90,120)");
    cmd->add_option("--basis", o->basis, "Count days from the due date or the document date")
        ->check(CLI::IsMember({"due", "document"}));
    cmd->add_option("--format", o->format, "table, csv or json")->check(CLI::IsMember({"table", "csv", "json"}));
    cmd->add_flag("--timing", o->timing, "Print to stderr how long the report took (database open to table)");
    cmd->callback([&context, o] {
        AgingOptions options;
        options.asOf = CliContext::asOfOrToday(o->asOf, "--as-of");
        options.grouping = *groupingFromName(o->by);
        options.basis = o->basis == "document" ? AgingBasis::DocumentDate : AgingBasis::DueDate;
        if (!o->buckets.empty()) {
            std::string reason;
            auto buckets = AgingBuckets::parse(o->buckets, &reason);
            if (!buckets) throw UsageError("--buckets: " + reason);
            options.buckets = *buckets;
        }
        const auto started = std::chrono::steady_clock::now();
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        const AgingTable table = computeAging(*db, options);
        if (o->timing) {
            const auto us =
                std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started)
                    .count();
            std::cerr << "aging: " << us / 1000 << "." << (us % 1000) / 100 << " ms from "
                      << (table.source == AgingSource::OpenItemTotals ? "open-item totals" : "open items") << "\n";
        }
        if (o->format == "csv")
            std::cout << renderAgingCsv(table);
        else if (o->format == "json")
            std::cout << renderAgingJson(table);
        else
            std::cout << renderAgingText(table);
    });
}

} // namespace duedesk::cli
