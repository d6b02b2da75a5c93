// duedesk-cli dispute: raise a customer's dispute on invoices, follow it up,
// resolve it, list disputes and report on those active on a day.
#include "cli/CliContext.h"
#include "cli/CommandSupport.h"
#include "cli/CommitmentOptions.h"

#include "duedesk/reports/DisputeReport.h"
#include "duedesk/services/DisputeService.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/DisputeRepository.h"
#include "duedesk/storage/DocumentRepository.h"

#include <iostream>

namespace duedesk::cli {
namespace {

std::string reasonList() {
    std::string out;
    for (const DisputeReason r : disputeReasons()) out += (out.empty() ? "" : ", ") + std::string(disputeReasonName(r));
    return out;
}

DisputeReason reasonOption(const std::string& value) {
    const auto reason = disputeReasonFromName(value);
    if (!reason) throw UsageError("--reason \"" + value + "\" is not one of " + reasonList());
    return *reason;
}

DisputeState stateOption(const std::string& value, const std::string& option) {
    const auto state = disputeStateFromName(value);
    if (!state)
        throw UsageError(option + " \"" + value +
                         "\" is not one of open, investigating, credited, rejected, withdrawn");
    return *state;
}

// "INV-7" disputes what is open on it and not yet disputed; "INV-7=120.50"
// that amount, in the invoice's currency.
std::vector<DisputedInvoice> invoiceArguments(LedgerDatabase& db, const Account& account,
                                              const std::vector<std::string>& values) {
    std::vector<DisputedInvoice> out;
    for (const std::string& value : values) {
        const auto equals = value.find('=');
        const std::string number = value.substr(0, equals);
        const auto invoice = db.documents().findByKey(account.id, DocumentType::Invoice, number);
        if (!invoice) throw UsageError("--invoice: " + account.number + " has no invoice numbered \"" + number + "\"");
        DisputedInvoice d;
        d.document = invoice->id;
        d.number = invoice->number;
        if (equals != std::string::npos) {
            d.amount = amountOption(value.substr(equals + 1), invoice->amount.currency(), "--invoice " + number);
        } else {
            const DocumentId ids[] = {invoice->id};
            const auto held = db.disputes().activeDisputed(ids);
            const std::int64_t disputed = held.contains(invoice->id) ? held.at(invoice->id) : 0;
            d.amount = invoice->openAmount - Money(disputed, invoice->openAmount.currency());
        }
        out.push_back(std::move(d));
    }
    return out;
}

void addOpen(CLI::App& parent, CliContext& context) {
    auto* cmd = parent.add_subcommand("open", "Raise a customer's dispute on one or more invoices");
    struct Options {
        std::string account, reason, owner, note, on, user, today;
        std::vector<std::string> invoices;
    };
    auto o = std::make_shared<Options>();
    cmd->add_option("--account", o->account, "The account (its number)")->required();
    cmd->add_option("--invoice", o->invoices,
                    "An invoice disputed: NUMBER for all that is open on it, NUMBER=AMOUNT for part; repeat for "
                    "several")
        ->required();
    cmd->add_option("--reason", o->reason, "Why: " + reasonList())->required();
    cmd->add_option("--owner", o->owner, "Who must resolve it (a coordinator or a team)")->required();
    cmd->add_option("--note", o->note, "A note");
    cmd->add_option("--on", o->on, "The day it was raised (YYYY-MM-DD, default today)");
    cmd->add_option("--user", o->user, kSignedInUserHelp)->required();
    cmd->add_option("--today", o->today, kTodayHelp);
    cmd->callback([&context, o] {
        const Date today = CliContext::asOfOrToday(o->today, "--today");
        Dispute dispute;
        dispute.reason = reasonOption(o->reason);
        dispute.owner = o->owner;
        dispute.note = o->note;
        dispute.raisedOn = o->on.empty() ? today : dateOption(o->on, "--on");
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        const Account account = accountOption(*db, o->account, "--account");
        dispute.accountId = account.id;
        dispute.invoices = invoiceArguments(*db, account, o->invoices);
        const Actor by = context.signedIn(*db, o->user, today);
        try {
            const DisputeId id = DisputeService(*db).open(dispute, by);
            const Dispute stored = *db->disputes().findById(id);
            std::cout << "Dispute " << id << " raised on " << account.number << " (" << disputeReasonName(stored.reason)
                      << ", owner " << stored.owner << "), due " << stored.dueOn.toIso() << ":";
            for (const DisputedInvoice& i : stored.invoices)
                std::cout << " " << i.number << " " << i.amount.currency().code() << " " << i.amount.toGroupedString();
            std::cout << "\n";
        } catch (const DisputeRejected& e) {
            refuse(context, "dispute", e);
        }
    });
}

void addUpdate(CLI::App& parent, CliContext& context) {
    auto* cmd = parent.add_subcommand("update", "Move a dispute to investigating, change its owner or add a note");
    struct Options {
        DisputeId id = 0;
        std::string state, owner, note, user, today;
    };
    auto o = std::make_shared<Options>();
    cmd->add_option("ID", o->id, "The dispute (its id)")->required();
    cmd->add_option("--state", o->state, "investigating or withdrawn");
    cmd->add_option("--owner", o->owner, "Its new owner");
    cmd->add_option("--note", o->note, "A note");
    cmd->add_option("--user", o->user, kSignedInUserHelp)->required();
    cmd->add_option("--today", o->today, kTodayHelp);
    cmd->callback([&context, o, cmd] {
        const Date today = CliContext::asOfOrToday(o->today, "--today");
        DisputeUpdate change;
        if (!o->state.empty()) change.state = stateOption(o->state, "--state");
        if (cmd->count("--owner") > 0) change.owner = o->owner;
        change.note = o->note;
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        const Actor by = context.signedIn(*db, o->user, today);
        try {
            DisputeService(*db).update(o->id, change, by);
            const Dispute d = *db->disputes().findById(o->id);
            std::cout << "Dispute " << d.id << " " << disputeStateName(d.state) << ", owner " << d.owner << "\n";
        } catch (const DisputeRejected& e) {
            refuse(context, "dispute update", e);
        }
    });
}

void addResolve(CLI::App& parent, CliContext& context) {
    auto* cmd = parent.add_subcommand("resolve", "Close a dispute as credited, rejected or withdrawn");
    struct Options {
        DisputeId id = 0;
        std::string as, note, user, today;
    };
    auto o = std::make_shared<Options>();
    cmd->add_option("ID", o->id, "The dispute (its id)")->required();
    cmd->add_option("--as", o->as, "credited (the customer was right), rejected (the customer must pay) or withdrawn")
        ->required()
        ->check(CLI::IsMember({"credited", "rejected", "withdrawn"}));
    cmd->add_option("--note", o->note, "Why")->required();
    cmd->add_option("--user", o->user, kSignedInUserHelp)->required();
    cmd->add_option("--today", o->today, kTodayHelp);
    cmd->callback([&context, o] {
        const Date today = CliContext::asOfOrToday(o->today, "--today");
        const DisputeState outcome = stateOption(o->as, "--as");
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        const Actor by = context.signedIn(*db, o->user, today);
        try {
            DisputeService(*db).resolve(o->id, outcome, o->note, by);
            std::cout << "Dispute " << o->id << " " << disputeStateLabel(outcome) << " on " << today.toIso() << "\n";
        } catch (const DisputeRejected& e) {
            refuse(context, "dispute resolution", e);
        }
    });
}

void addList(CLI::App& parent, CliContext& context) {
    auto* cmd = parent.add_subcommand("list", "List disputes, with their invoices and (as JSON) their history");
    struct Options {
        std::string account, state, asOf, format = "text";
    };
    auto o = std::make_shared<Options>();
    cmd->add_option("--account", o->account, "Only this account's (its number)");
    cmd->add_option("--state", o->state, "Only those in this state");
    cmd->add_option("--as-of", o->asOf, "The day to judge their service level on (YYYY-MM-DD, default today)");
    cmd->add_option("--format", o->format, "text or json")->check(CLI::IsMember({"text", "json"}));
    cmd->callback([&context, o] {
        const Date asOf = CliContext::asOfOrToday(o->asOf, "--as-of");
        DisputeFilter filter;
        if (!o->state.empty()) filter.state = stateOption(o->state, "--state");
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        if (!o->account.empty()) filter.account = accountOption(*db, o->account, "--account").id;
        const DisputeListing listing = loadDisputeListing(*db, filter, asOf);
        std::cout << (o->format == "json" ? renderDisputeListJson(listing) : renderDisputeListText(listing));
    });
}

void addReport(CLI::App& parent, CliContext& context) {
    auto* cmd = parent.add_subcommand(
        "report", "The disputes active on a day by reason, owner and age, with those past their service level");
    struct Options {
        std::string date, format = "text";
    };
    auto o = std::make_shared<Options>();
    cmd->add_option("--date", o->date, "The day (YYYY-MM-DD, default today)");
    cmd->add_option("--format", o->format, "text, csv or json")->check(CLI::IsMember({"text", "csv", "json"}));
    cmd->callback([&context, o] {
        const Date day = CliContext::asOfOrToday(o->date, "--date");
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        const DisputeReport report = loadDisputeReport(*db, day);
        if (o->format == "json")
            std::cout << renderDisputeReportJson(report);
        else if (o->format == "csv")
            std::cout << renderDisputeReportCsv(report);
        else
            std::cout << renderDisputeReportText(report);
    });
}

} // namespace

void addDisputeCommand(CLI::App& app, CliContext& context) {
    auto* dispute = app.add_subcommand("dispute", "Disputes: raise, update, resolve, list, report");
    dispute->require_subcommand(1);
    addOpen(*dispute, context);
    addUpdate(*dispute, context);
    addResolve(*dispute, context);
    addList(*dispute, context);
    addReport(*dispute, context);
}

} // namespace duedesk::cli
