// duedesk-cli cash: unapplied cash. `suggest` lists the proposed matches,
// `apply` allocates one credit to invoices, `reverse` undoes an allocation.
#include "cli/CliContext.h"
#include "cli/ExitCode.h"

#include "duedesk/reports/CashProposalRendering.h"
#include "duedesk/services/AllocationService.h"
#include "duedesk/services/ApplicationLog.h"
#include "duedesk/services/CashApplication.h"
#include "duedesk/services/UserDirectory.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/DocumentRepository.h"

#include <iostream>

namespace duedesk::cli {
namespace {

Account findAccount(LedgerDatabase& db, const std::string& number) {
    auto account = db.accounts().findByNumber(number);
    if (!account) throw UsageError("--account: no account numbered \"" + number + "\"");
    return *account;
}

// A refusal of the ledger's rules: said on stderr and logged, exit 1.
void refuse(CliContext& context, const std::string& what, const AllocationRejected& e) {
    std::cerr << "duedesk-cli: " << e.what() << "\n";
    context.log.refused(what, e.what());
    context.exitCode = kRejected;
}

void addSuggest(CLI::App& parent, CliContext& context) {
    auto* cmd = parent.add_subcommand("suggest", "Propose which open invoices each unapplied credit pays");
    struct Options {
        std::string account, analyst, asOf, format = "text";
    };
    auto o = std::make_shared<Options>();
    auto* account = cmd->add_option("--account", o->account, "Only this account (its number)");
    cmd->add_option("--analyst", o->analyst, "Only this analyst's accounts (sign-in name)")->excludes(account);
    cmd->add_option("--as-of", o->asOf, "Only documents posted by this day (YYYY-MM-DD, default today)");
    cmd->add_option("--format", o->format, "text or csv")->check(CLI::IsMember({"text", "csv"}));
    cmd->callback([&context, o] {
        const Date asOf = CliContext::asOfOrToday(o->asOf, "--as-of");
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        OpenDocumentsScope scope;
        if (!o->account.empty()) scope.account = findAccount(*db, o->account).id;
        if (!o->analyst.empty()) {
            const auto analyst = UserDirectory(*db).find(o->analyst);
            if (!analyst) throw UsageError("--analyst: no user named \"" + o->analyst + "\"");
            scope.analyst = analyst->id;
        }
        const auto proposals = CashApplication(*db).propose(scope, asOf);
        std::cout << (o->format == "csv" ? renderCashProposalsCsv(proposals) : renderCashProposalsText(proposals));
    });
}

void addApply(CLI::App& parent, CliContext& context) {
    auto* cmd = parent.add_subcommand("apply", "Allocate a payment or credit note to invoices, all in one go");
    struct Options {
        std::string account, credit, on, user;
        std::vector<std::string> invoices;
    };
    auto o = std::make_shared<Options>();
    cmd->add_option("--account", o->account, "The account (its number)")->required();
    cmd->add_option("--credit", o->credit, "The payment, credit note or adjustment (its number)")->required();
    cmd->add_option("--invoice", o->invoices,
                    "An invoice to pay, as NUMBER or NUMBER:AMOUNT (without an amount: its open amount, or what "
                    "is left of the credit); repeat for several")
        ->required();
    cmd->add_option("--on", o->on, "The allocation's date (YYYY-MM-DD, default today)");
    cmd->add_option("--user", o->user, "Act as this user (default: the command line's operator)");
    cmd->callback([&context, o] {
        const Date on = CliContext::asOfOrToday(o->on, "--on");
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        const Actor actor = context.actor(*db, o->user);
        const Account account = findAccount(*db, o->account);
        CashApplication cash(*db);
        try {
            CashMatch match;
            const Document credit = cash.findCredit(account.id, o->credit);
            match.credit = credit.id;
            std::vector<Document> invoices;
            for (const std::string& item : o->invoices) {
                const auto colon = item.rfind(':');
                const std::string number = colon == std::string::npos ? item : item.substr(0, colon);
                const Document invoice = cash.findInvoice(account.id, number);
                CashMatchPart part{invoice.id, std::nullopt};
                if (colon != std::string::npos) {
                    std::string reason;
                    part.amount = Money::parse(item.substr(colon + 1), invoice.amount.currency(), &reason);
                    if (!part.amount) throw UsageError("--invoice " + item + ": " + reason);
                }
                match.invoices.push_back(part);
                invoices.push_back(invoice);
            }
            const std::vector<std::int64_t> ids = cash.apply(match, on, actor);
            for (std::size_t i = 0; i < ids.size(); ++i) {
                const auto record = db->documents().findAllocation(ids[i]);
                std::cout << "allocation " << ids[i] << ": " << credit.number << " to " << invoices[i].number << ", "
                          << record->allocation.amount.currency().code() << " "
                          << record->allocation.amount.toDecimalString() << " on " << on.toIso() << "\n";
            }
            const auto after = db->documents().findById(credit.id);
            std::cout << credit.number << " has " << after->openAmount.toDecimalString() << " unapplied\n";
        } catch (const AllocationRejected& e) {
            refuse(context, "cash apply", e);
        }
    });
}

void addReverse(CLI::App& parent, CliContext& context) {
    auto* cmd = parent.add_subcommand("reverse", "Reverse an allocation: a new entry that gives both amounts back");
    struct Options {
        std::int64_t allocation = 0;
        std::string on, user;
    };
    auto o = std::make_shared<Options>();
    cmd->add_option("ALLOCATION_ID", o->allocation, "The allocation (its id, as cash apply printed it)")->required();
    cmd->add_option("--on", o->on, "The reversal's date (YYYY-MM-DD, default today)");
    cmd->add_option("--user", o->user, "Act as this user (default: the command line's operator)");
    cmd->callback([&context, o] {
        const Date on = CliContext::asOfOrToday(o->on, "--on");
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        const Actor actor = context.actor(*db, o->user);
        try {
            AllocationService(*db).reverse(o->allocation, on, actor);
            const auto record = db->documents().findAllocation(o->allocation);
            const auto credit = db->documents().findById(record->allocation.creditDocumentId);
            const auto invoice = db->documents().findById(record->allocation.invoiceId);
            std::cout << "allocation " << o->allocation << " reversed on " << on.toIso() << ": "
                      << record->allocation.amount.currency().code() << " "
                      << record->allocation.amount.toDecimalString() << " of " << credit->number << " unapplied again, "
                      << invoice->number << " has " << invoice->openAmount.toDecimalString() << " open\n";
        } catch (const AllocationRejected& e) {
            refuse(context, "cash reverse", e);
        }
    });
}

} // namespace

void addCashCommand(CLI::App& app, CliContext& context) {
    auto* cash = app.add_subcommand("cash", "Unapplied cash: propose matches, apply them, reverse allocations");
    cash->require_subcommand(1);
    addSuggest(*cash, context);
    addApply(*cash, context);
    addReverse(*cash, context);
}

} // namespace duedesk::cli
