// duedesk-cli demo: fill an empty ledger with the demo portfolio.
#include "cli/CliContext.h"
#include "cli/TerminalProgress.h"

#include "duedesk/demo/DemoPortfolio.h"
#include "duedesk/reports/BookShape.h"

#include <chrono>
#include <iostream>

namespace duedesk::cli {

void addDemoCommand(CLI::App& app, CliContext& context) {
    auto* cmd = app.add_subcommand("demo", "Fill an empty ledger with a deterministic demo portfolio");
    struct Options {
        std::int64_t accounts = 200;
        std::int64_t invoices = 5000;
        std::uint64_t seed = 1;
        std::string asOf;
        bool describe = false;
    };
    auto options = std::make_shared<Options>();
    cmd->add_option("--accounts", options->accounts, "Number of customer accounts")->check(CLI::Range(1, 10000000));
    cmd->add_option("--invoices", options->invoices, "Number of invoices")->check(CLI::Range(0, 100000000));
    cmd->add_option("--seed", options->seed, "Seed: the same seed gives the same ledger");
    cmd->add_option("--as-of", options->asOf, "The day the ledger stands on (YYYY-MM-DD, default today)");
    cmd->add_flag("--describe", options->describe,
                  "Only print the shape of the ledger as of --as-of: aging shares per currency, DSO, credit use");
    cmd->callback([&context, options] {
        if (options->describe) {
            auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
            std::cout << renderBookShape(describeBook(*db, CliContext::asOfOrToday(options->asOf, "--as-of")));
            return;
        }
        DemoOptions demo;
        demo.accounts = options->accounts;
        demo.invoices = options->invoices;
        demo.seed = options->seed;
        demo.asOf = CliContext::asOfOrToday(options->asOf, "--as-of");
        auto db = context.openDatabase(LedgerDatabase::OpenMode::CreateIfMissing);
        TerminalProgress progress("demo");
        const auto started = std::chrono::steady_clock::now();
        const DemoSummary s = generateDemoPortfolio(*db, demo, [&](std::int64_t done, std::int64_t total) {
            progress.update(double(done) / double(total), std::to_string(done) + " accounts");
        });
        progress.finish();
        const auto ms =
            std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
        std::cout << "Demo portfolio as of " << demo.asOf.toIso() << " in " << db->path() << ": " << s.users
                  << " users, " << s.accounts << " accounts, " << s.invoices << " invoices, " << s.creditNotes
                  << " credit notes, " << s.payments << " payments, " << s.allocations << " allocations (" << ms
                  << " ms)\n"
                  << "Diary: " << s.strategiesAssigned << " overdue accounts following a strategy, " << s.followUps
                  << " follow-ups open, " << s.holds << " with chasing paused, " << s.promises << " promises to pay, "
                  << s.plans << " payment plans\n"
                  << "Disputes: " << s.disputes << " raised, " << s.activeDisputes << " open or investigating ("
                  << s.disputesPastServiceLevel << " past their service level)\n"
                  << "Write-offs: " << s.writeOffsRequested << " requested, " << s.writeOffsApproved << " approved, "
                  << s.writeOffsPosted << " posted, " << s.writeOffsRejected << " rejected\n"
                  << "Credit memos: " << s.creditMemosPending << " waiting for approval or the credit note, "
                  << s.creditMemosCredited << " credited\n"
                  << "Escalations: " << s.referrals << " referred to an agency or a solicitor (" << s.openReferrals
                  << " open), " << s.attentionRequests << " awaiting a team leader's attention\n\n"
                  << renderBookShape(describeBook(*db, demo.asOf));
    });
}

} // namespace duedesk::cli
