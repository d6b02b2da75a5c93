// duedesk-cli accounts reassign: a team leader gives accounts, with their
// open diaries, to another analyst: listed by number, or every account of
// one analyst (when someone leaves).
#include "cli/CliContext.h"
#include "cli/CommandSupport.h"

#include "duedesk/services/AccountAssignment.h"

#include <iostream>
#include <set>

namespace duedesk::cli {
namespace {

void addReassign(CLI::App& parent, CliContext& context) {
    auto* cmd = parent.add_subcommand("reassign", "Give accounts and their open diaries to another analyst");
    struct Options {
        std::string to, from, user, today;
        std::vector<std::string> numbers;
    };
    auto o = std::make_shared<Options>();
    cmd->add_option("--to", o->to, "The analyst or team leader who collects them from now on (sign-in name)")
        ->required();
    auto* numbers = cmd->add_option("NUMBER", o->numbers, "The accounts (their numbers)");
    auto* from = cmd->add_option("--from", o->from, "Every account of this analyst instead (sign-in name)");
    from->excludes(numbers);
    cmd->add_option("--user", o->user,
                    "Who reassigns (a team leader or administrator; sign-in name; password from "
                    "$DUEDESK_PASSWORD or asked)")
        ->required();
    cmd->add_option("--today", o->today, kTodayHelp);
    cmd->callback([&context, o] {
        if (o->numbers.empty() && o->from.empty()) throw UsageError("give the accounts' numbers or --from NAME");
        const Date today = CliContext::asOfOrToday(o->today, "--today");
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        const User to = userOption(*db, o->to, "--to");
        AccountAssignment assignment(*db);
        std::vector<AccountId> accounts;
        if (!o->from.empty())
            accounts = assignment.accountsOf(userOption(*db, o->from, "--from").id);
        else
            for (const std::string& number : o->numbers) accounts.push_back(accountOption(*db, number, "NUMBER").id);
        const Actor by = context.signedIn(*db, o->user, today);
        try {
            const int moved = assignment.reassign(accounts, to.id, by);
            const auto given = static_cast<int>(std::set<AccountId>(accounts.begin(), accounts.end()).size());
            std::cout << "Reassigned " << moved << (moved == 1 ? " account" : " accounts");
            if (!o->from.empty()) std::cout << " from " << o->from;
            std::cout << " to " << to.name;
            if (given > moved) std::cout << "; " << given - moved << " already " << to.name << "'s";
            std::cout << "\n";
        } catch (const AssignmentRejected& e) {
            refuse(context, "reassignment", e);
        }
    });
}

} // namespace

void addAccountsCommand(CLI::App& app, CliContext& context) {
    auto* cmd = app.add_subcommand("accounts", "Share out the accounts between analysts");
    cmd->require_subcommand(1);
    addReassign(*cmd, context);
}

} // namespace duedesk::cli
