// duedesk-cli promise: record a customer's promise to pay, list an
// account's promises with their states on a day, withdraw one.
#include "cli/CliContext.h"
#include "cli/CommitmentOptions.h"

#include "duedesk/reports/CommitmentListing.h"
#include "duedesk/reports/CommitmentRendering.h"
#include "duedesk/services/PromiseService.h"
#include "duedesk/services/TeamSettings.h"

#include <iostream>

namespace duedesk::cli {
namespace {

void addAdd(CLI::App& parent, CliContext& context) {
    auto* cmd = parent.add_subcommand("add", "Record a promise to pay an amount by a date");
    struct Options {
        std::string account, amount, currency, date, on, note, user;
        std::vector<std::string> invoices;
    };
    auto o = std::make_shared<Options>();
    cmd->add_option("--account", o->account, "The account (its number)")->required();
    cmd->add_option("--amount", o->amount, "The amount promised, e.g. 1234.50")->required();
    cmd->add_option("--currency", o->currency, "Its currency (ISO code)")->required();
    cmd->add_option("--date", o->date, "The day the money is to arrive (YYYY-MM-DD)")->required();
    cmd->add_option("--invoice", o->invoices, "An invoice the promise covers (its number); repeat for several");
    cmd->add_option("--note", o->note, "A note");
    cmd->add_option("--on", o->on, "The day the promise was taken (YYYY-MM-DD, default today)");
    cmd->add_option("--user", o->user, "Signed in as this user (password from DUEDESK_PASSWORD or asked)")->required();
    cmd->callback([&context, o] {
        const Currency currency = currencyOption(o->currency, "--currency");
        Promise promise;
        promise.amount = amountOption(o->amount, currency, "--amount");
        promise.promisedFor = dateOption(o->date, "--date");
        promise.takenOn = CliContext::asOfOrToday(o->on, "--on");
        promise.note = o->note;
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        const Account account = accountOption(*db, o->account, "--account");
        promise.accountId = account.id;
        promise.documents = invoiceOptions(*db, account, o->invoices);
        const Actor by = context.signedIn(*db, o->user, CliContext::today());
        try {
            const std::int64_t id = PromiseService(*db).take(promise, by);
            std::cout << "Promise " << id << " recorded: " << account.number << " " << currency.code() << " "
                      << promise.amount.toGroupedString() << " by " << promise.promisedFor.toIso() << ", taken "
                      << promise.takenOn.toIso() << " by " << by.name << "\n";
        } catch (const CommitmentRejected& e) {
            refuse(context, "promise", e);
        }
    });
}

void addList(CLI::App& parent, CliContext& context) {
    auto* cmd = parent.add_subcommand("list", "List an account's promises with their states on a day");
    struct Options {
        std::string account, asOf, format = "text";
    };
    auto o = std::make_shared<Options>();
    cmd->add_option("--account", o->account, "The account (its number)")->required();
    cmd->add_option("--as-of", o->asOf, "The day to judge them on (YYYY-MM-DD, default today)");
    cmd->add_option("--format", o->format, "text or json")->check(CLI::IsMember({"text", "json"}));
    cmd->callback([&context, o] {
        const Date asOf = CliContext::asOfOrToday(o->asOf, "--as-of");
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        const Account account = accountOption(*db, o->account, "--account");
        const CommitmentListing listing =
            loadCommitmentListing(*db, account.id, TeamSettings(*db).diarySettings().commitments, asOf);
        std::cout << (o->format == "json" ? renderPromisesJson(listing) : renderPromisesText(listing));
    });
}

void addWithdraw(CLI::App& parent, CliContext& context) {
    auto* cmd = parent.add_subcommand("withdraw", "Withdraw a promise recorded in error or replaced");
    struct Options {
        std::int64_t id = 0;
        std::string on, user;
    };
    auto o = std::make_shared<Options>();
    cmd->add_option("ID", o->id, "The promise (its id, as promise add or list printed it)")->required();
    cmd->add_option("--on", o->on, "The day it is withdrawn (YYYY-MM-DD, default today)");
    cmd->add_option("--user", o->user, "Signed in as this user (password from DUEDESK_PASSWORD or asked)")->required();
    cmd->callback([&context, o] {
        const Date on = CliContext::asOfOrToday(o->on, "--on");
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        const Actor by = context.signedIn(*db, o->user, CliContext::today());
        try {
            PromiseService(*db).withdraw(o->id, on, by);
            std::cout << "Promise " << o->id << " withdrawn on " << on.toIso() << "\n";
        } catch (const CommitmentRejected& e) {
            refuse(context, "promise withdrawal", e);
        }
    });
}

} // namespace

void addPromiseCommand(CLI::App& app, CliContext& context) {
    auto* promise = app.add_subcommand("promise", "Promises to pay: record, list with their states, withdraw");
    promise->require_subcommand(1);
    addAdd(*promise, context);
    addList(*promise, context);
    addWithdraw(*promise, context);
}

} // namespace duedesk::cli
