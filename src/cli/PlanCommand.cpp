// duedesk-cli plan: agree a payment plan (a schedule of instalments), list
// an account's plans with their standing on a day, cancel one.
#include "cli/CliContext.h"
#include "cli/CommitmentOptions.h"

#include "duedesk/reports/CommitmentListing.h"
#include "duedesk/reports/CommitmentRendering.h"
#include "duedesk/services/PaymentPlanService.h"
#include "duedesk/services/TeamSettings.h"

#include <iostream>

namespace duedesk::cli {
namespace {

// "2026-07-15:200.00" as an instalment.
Instalment instalmentOption(const std::string& text, const Currency& currency) {
    const auto colon = text.find(':');
    if (colon == std::string::npos)
        throw UsageError("--instalment \"" + text + "\" is not DATE:AMOUNT, e.g. 2026-07-15:200.00");
    Instalment i;
    i.dueOn = dateOption(text.substr(0, colon), "--instalment");
    i.amount = amountOption(text.substr(colon + 1), currency, "--instalment " + text);
    return i;
}

void addAdd(CLI::App& parent, CliContext& context) {
    auto* cmd = parent.add_subcommand("add", "Agree a payment plan: instalments by date, for invoices");
    struct Options {
        std::string account, currency, on, note, user;
        std::vector<std::string> instalments, invoices;
    };
    auto o = std::make_shared<Options>();
    cmd->add_option("--account", o->account, "The account (its number)")->required();
    cmd->add_option("--currency", o->currency, "The plan's currency (ISO code)")->required();
    cmd->add_option("--instalment", o->instalments, "An instalment as DATE:AMOUNT; repeat, in date order")->required();
    cmd->add_option("--invoice", o->invoices,
                    "An invoice the plan settles (its number); repeat for several. The instalments then add up "
                    "to what is open on them");
    cmd->add_option("--note", o->note, "A note");
    cmd->add_option("--on", o->on, "The day the plan was agreed (YYYY-MM-DD, default today)");
    cmd->add_option("--user", o->user, "Signed in as this user (password from DUEDESK_PASSWORD or asked)")->required();
    cmd->callback([&context, o] {
        PaymentPlan plan;
        plan.currency = currencyOption(o->currency, "--currency");
        for (const std::string& text : o->instalments)
            plan.instalments.push_back(instalmentOption(text, plan.currency));
        plan.agreedOn = CliContext::asOfOrToday(o->on, "--on");
        plan.note = o->note;
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        const Account account = accountOption(*db, o->account, "--account");
        plan.accountId = account.id;
        plan.documents = invoiceOptions(*db, account, o->invoices);
        const Actor by = context.signedIn(*db, o->user, CliContext::today());
        try {
            const std::int64_t id = PaymentPlanService(*db).agree(plan, by);
            Money total = Money::zero(plan.currency);
            for (const Instalment& i : plan.instalments) total += i.amount;
            const std::size_t n = plan.instalments.size();
            std::cout << "Plan " << id << " agreed: " << account.number << " " << plan.currency.code() << " "
                      << total.toGroupedString() << " in " << n << (n == 1 ? " instalment" : " instalments") << " from "
                      << plan.instalments.front().dueOn.toIso() << " to " << plan.instalments.back().dueOn.toIso()
                      << ", agreed " << plan.agreedOn.toIso() << " by " << by.name << "\n";
        } catch (const CommitmentRejected& e) {
            refuse(context, "payment plan", e);
        }
    });
}

void addList(CLI::App& parent, CliContext& context) {
    auto* cmd = parent.add_subcommand("list", "List an account's payment plans with their standing on a day");
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
        std::cout << (o->format == "json" ? renderPlansJson(listing) : renderPlansText(listing));
    });
}

void addCancel(CLI::App& parent, CliContext& context) {
    auto* cmd = parent.add_subcommand("cancel", "Cancel a payment plan");
    struct Options {
        std::int64_t id = 0;
        std::string on, user;
    };
    auto o = std::make_shared<Options>();
    cmd->add_option("ID", o->id, "The plan (its id, as plan add or list printed it)")->required();
    cmd->add_option("--on", o->on, "The day it is cancelled (YYYY-MM-DD, default today)");
    cmd->add_option("--user", o->user, "Signed in as this user (password from DUEDESK_PASSWORD or asked)")->required();
    cmd->callback([&context, o] {
        const Date on = CliContext::asOfOrToday(o->on, "--on");
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        const Actor by = context.signedIn(*db, o->user, CliContext::today());
        try {
            PaymentPlanService(*db).cancel(o->id, on, by);
            std::cout << "Plan " << o->id << " cancelled on " << on.toIso() << "\n";
        } catch (const CommitmentRejected& e) {
            refuse(context, "payment plan cancellation", e);
        }
    });
}

} // namespace

void addPlanCommand(CLI::App& app, CliContext& context) {
    auto* plan = app.add_subcommand("plan", "Payment plans: agree, list with their standing, cancel");
    plan->require_subcommand(1);
    addAdd(*plan, context);
    addList(*plan, context);
    addCancel(*plan, context);
}

} // namespace duedesk::cli
