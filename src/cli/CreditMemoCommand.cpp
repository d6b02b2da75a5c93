// duedesk-cli credit-memo: request a credit note on a dispute, approve,
// reject or cancel the request, record the credit note's arrival by hand,
// apply those an import brought, and list requests. Every rule is the
// core's.
#include "cli/CliContext.h"
#include "cli/CommandSupport.h"
#include "cli/CommitmentOptions.h"

#include "duedesk/services/CreditMemoService.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/CreditMemoRepository.h"
#include "duedesk/storage/DisputeRepository.h"
#include "duedesk/storage/DocumentRepository.h"

#include <algorithm>
#include <iostream>
#include <sstream>

namespace duedesk::cli {
namespace {

std::string amountText(const Money& m) { return std::string(m.currency().code()) + " " + m.toGroupedString(); }

// "CMR-000012", "cmr-12" or "12".
CreditMemoId requestOption(const std::string& value, const std::string& option) {
    if (const auto id = creditMemoIdIn(value)) return *id;
    if (!value.empty() && value.size() < 16 && std::ranges::all_of(value, [](char c) { return c >= '0' && c <= '9'; }))
        if (const CreditMemoId id = std::stoll(value); id > 0) return id;
    throw UsageError(option + " \"" + value + "\" is not a credit memo request (CMR-000012 or 12)");
}

// "INV-7" credits all that the dispute holds on it; "INV-7=120.50" that
// amount, in the invoice's currency.
std::vector<CreditMemoItem> invoiceArguments(LedgerDatabase& db, const Dispute& dispute,
                                             const std::vector<std::string>& values) {
    std::vector<CreditMemoItem> out;
    for (const std::string& value : values) {
        const auto equals = value.find('=');
        const std::string number = value.substr(0, equals);
        const auto invoice = db.documents().findByKey(dispute.accountId, DocumentType::Invoice, number);
        if (!invoice) throw UsageError("--invoice: the dispute's account has no invoice numbered \"" + number + "\"");
        CreditMemoItem item;
        item.document = invoice->id;
        item.number = invoice->number;
        if (equals != std::string::npos) {
            item.amount = amountOption(value.substr(equals + 1), invoice->amount.currency(), "--invoice " + number);
        } else {
            const auto held = std::ranges::find(dispute.invoices, invoice->id, &DisputedInvoice::document);
            // One not in the dispute is named for the core to refuse.
            item.amount = held == dispute.invoices.end() ? invoice->openAmount : held->amount;
        }
        out.push_back(std::move(item));
    }
    return out;
}

void addRequest(CLI::App& parent, CliContext& context) {
    auto* cmd = parent.add_subcommand("request", "Request a credit note for a dispute the customer was right about");
    struct Options {
        DisputeId dispute = 0;
        std::string justification, user, today;
        std::vector<std::string> invoices;
    };
    auto o = std::make_shared<Options>();
    cmd->add_option("--dispute", o->dispute, "The dispute (its id)")->required();
    cmd->add_option("--invoice", o->invoices,
                    "An invoice of the dispute: NUMBER for all disputed on it, NUMBER=AMOUNT for part; repeat for "
                    "several")
        ->required();
    cmd->add_option("--justification", o->justification, "Why the customer is owed the credit")->required();
    cmd->add_option("--user", o->user, kSignedInUserHelp)->required();
    cmd->add_option("--today", o->today, kTodayHelp);
    cmd->callback([&context, o] {
        const Date today = CliContext::asOfOrToday(o->today, "--today");
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        const auto dispute = db->disputes().findById(o->dispute);
        if (!dispute) throw UsageError("--dispute: there is no dispute " + std::to_string(o->dispute));
        CreditMemoRequest request;
        request.disputeId = dispute->id;
        request.justification = o->justification;
        request.items = invoiceArguments(*db, *dispute, o->invoices);
        const Actor by = context.signedIn(*db, o->user, today);
        try {
            const CreditMemoId id = CreditMemoService(*db).request(request, by);
            const CreditMemoRequest stored = *db->creditMemos().findById(id);
            std::cout << creditMemoNumber(id) << " requested on dispute " << dispute->id << ":";
            for (const CreditMemoItem& i : stored.items) std::cout << " " << i.number << " " << amountText(i.amount);
            std::cout << "\n";
        } catch (const CreditMemoRejected& e) {
            refuse(context, "credit memo", e);
        }
    });
}

// approve, reject and cancel: an id, a reason for the last two, and a
// service call.
void addDecision(CLI::App& parent, CliContext& context, const std::string& name, const std::string& help,
                 bool needsReason) {
    auto* cmd = parent.add_subcommand(name, help);
    struct Options {
        std::string id, reason, user, today;
    };
    auto o = std::make_shared<Options>();
    cmd->add_option("ID", o->id, "The request (CMR-000012 or 12)")->required();
    if (needsReason) cmd->add_option("--reason", o->reason, "Why")->required();
    cmd->add_option("--user", o->user, kSignedInUserHelp)->required();
    cmd->add_option("--today", o->today, kTodayHelp);
    cmd->callback([&context, o, name] {
        const Date today = CliContext::asOfOrToday(o->today, "--today");
        const CreditMemoId id = requestOption(o->id, "ID");
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        const Actor by = context.signedIn(*db, o->user, today);
        try {
            CreditMemoService service(*db);
            if (name == "approve")
                service.approve(id, by);
            else if (name == "reject")
                service.reject(id, o->reason, by);
            else
                service.cancel(id, o->reason, by);
            const CreditMemoRequest r = *db->creditMemos().findById(id);
            std::cout << creditMemoNumber(id) << " " << creditMemoStateName(r.state) << " by " << by.name << " on "
                      << today.toIso() << "\n";
        } catch (const CreditMemoRejected& e) {
            refuse(context, "credit memo " + name, e);
        }
    });
}

void addCredited(CLI::App& parent, CliContext& context) {
    auto* cmd = parent.add_subcommand(
        "credited", "Record the credit note of an approved request: it is allocated and the dispute resolved");
    struct Options {
        std::string id, document, user, today;
    };
    auto o = std::make_shared<Options>();
    cmd->add_option("ID", o->id, "The request (CMR-000012 or 12)")->required();
    cmd->add_option("--document", o->document, "The credit note's number, as imported from the ERP")->required();
    cmd->add_option("--user", o->user, kSignedInUserHelp)->required();
    cmd->add_option("--today", o->today, kTodayHelp);
    cmd->callback([&context, o] {
        const Date today = CliContext::asOfOrToday(o->today, "--today");
        const CreditMemoId id = requestOption(o->id, "ID");
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        const auto request = db->creditMemos().findById(id);
        if (!request) throw UsageError("ID: there is no " + creditMemoNumber(id));
        const auto note = db->documents().findByKey(request->accountId, DocumentType::CreditNote, o->document);
        if (!note)
            throw UsageError("--document: the dispute's account has no credit note numbered \"" + o->document + "\"");
        const Actor by = context.signedIn(*db, o->user, today);
        try {
            CreditMemoService(*db).credit(id, note->id, by);
            std::cout << creditMemoNumber(id) << " credited by " << note->number << " on " << today.toIso()
                      << "; dispute " << request->disputeId << " resolved as credited\n";
        } catch (const CreditMemoRejected& e) {
            refuse(context, "credit memo credit", e);
        }
    });
}

void addMatch(CLI::App& parent, CliContext& context) {
    auto* cmd = parent.add_subcommand(
        "match", "Apply the credit notes whose reference names an approved request (as every import does)");
    struct Options {
        std::string user, today;
    };
    auto o = std::make_shared<Options>();
    cmd->add_option("--user", o->user, "User name it is recorded as (default: the command line's operator)");
    cmd->add_option("--today", o->today, kTodayHelp);
    cmd->callback([&context, o] {
        const Date today = CliContext::asOfOrToday(o->today, "--today");
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        Actor by = context.actor(*db, o->user);
        by.on = today;
        const auto arrivals = CreditMemoService(*db).applyArrivedCreditNotes(by);
        for (const CreditNoteArrival& a : arrivals) std::cout << describeCreditNoteArrival(a) << "\n";
        if (arrivals.empty()) std::cout << "No credit note names an approved request.\n";
    });
}

void addList(CLI::App& parent, CliContext& context) {
    auto* cmd = parent.add_subcommand("list", "List credit memo requests with their invoices and who decided them");
    struct Options {
        DisputeId dispute = 0;
        std::string account, state;
    };
    auto o = std::make_shared<Options>();
    cmd->add_option("--dispute", o->dispute, "Only this dispute's (its id)");
    cmd->add_option("--account", o->account, "Only this account's (its number)");
    cmd->add_option("--state", o->state, "Only those requested, approved, rejected, credited or cancelled")
        ->check(CLI::IsMember({"requested", "approved", "rejected", "credited", "cancelled"}));
    cmd->callback([&context, o] {
        CreditMemoFilter filter;
        if (o->dispute != 0) filter.dispute = o->dispute;
        if (!o->state.empty()) filter.state = creditMemoStateFromName(o->state);
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        if (!o->account.empty()) filter.account = accountOption(*db, o->account, "--account").id;
        const auto names = userNames(*db);
        std::ostringstream out;
        out << "Request\tDispute\tAccount\tState\tRequested\tBy\tDecided\tBy\tCredit note\tInvoices\n";
        for (const CreditMemoRequest& r : db->creditMemos().list(filter)) {
            const auto account = db->accounts().findById(r.accountId);
            std::string invoices;
            for (const CreditMemoItem& i : r.items)
                invoices += (invoices.empty() ? "" : ", ") + i.number + " " + amountText(i.amount);
            out << creditMemoNumber(r.id) << "\t" << r.disputeId << "\t" << (account ? account->number : "") << "\t"
                << creditMemoStateName(r.state) << "\t" << r.requestedOn.toIso() << "\t" << nameOf(names, r.requestedBy)
                << "\t" << (r.decidedOn ? r.decidedOn->toIso() : "-") << "\t" << nameOf(names, r.decidedBy) << "\t"
                << (r.creditNote ? r.creditNoteNumber : "-") << "\t" << invoices << "\n";
        }
        std::cout << out.str();
    });
}

} // namespace

void addCreditMemoCommand(CLI::App& app, CliContext& context) {
    auto* creditMemo = app.add_subcommand(
        "credit-memo", "Credit memo requests: request, approve, reject, cancel, credited, match, list");
    creditMemo->require_subcommand(1);
    addRequest(*creditMemo, context);
    addDecision(*creditMemo, context, "approve", "Approve another's credit memo request", false);
    addDecision(*creditMemo, context, "reject", "Reject another's credit memo request, saying why", true);
    addDecision(*creditMemo, context, "cancel", "Cancel a requested or approved credit memo, saying why", true);
    addCredited(*creditMemo, context);
    addMatch(*creditMemo, context);
    addList(*creditMemo, context);
}

} // namespace duedesk::cli
