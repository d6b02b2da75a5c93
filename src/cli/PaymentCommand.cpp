// duedesk-cli payment return: record that the bank gave a payment back, so
// it stops counting toward the promises and instalments it kept.
#include "cli/CliContext.h"
#include "cli/CommitmentOptions.h"

#include "duedesk/services/PaymentReturnService.h"
#include "duedesk/storage/DocumentRepository.h"

#include <iostream>

namespace duedesk::cli {

void addPaymentCommand(CLI::App& app, CliContext& context) {
    auto* payment = app.add_subcommand("payment", "Payments received: record one the bank returned");
    payment->require_subcommand(1);
    auto* cmd = payment->add_subcommand("return", "Record that the bank returned a payment (bounced, recalled)");
    struct Options {
        std::string account, document, on, reason, user;
    };
    auto o = std::make_shared<Options>();
    cmd->add_option("--account", o->account, "The account (its number)")->required();
    cmd->add_option("--document", o->document, "The payment (its document number)")->required();
    cmd->add_option("--on", o->on, "The day the bank returned it (YYYY-MM-DD, default today)");
    cmd->add_option("--reason", o->reason, "Why, e.g. \"cheque bounced\"");
    cmd->add_option("--user", o->user, "Signed in as this user (password from DUEDESK_PASSWORD or asked)")->required();
    cmd->callback([&context, o] {
        const Date on = CliContext::asOfOrToday(o->on, "--on");
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        const Account account = accountOption(*db, o->account, "--account");
        const auto document = db->documents().findByKey(account.id, DocumentType::Payment, o->document);
        if (!document)
            throw UsageError("--document: " + account.number + " has no payment numbered \"" + o->document + "\"");
        const Actor by = context.signedIn(*db, o->user, CliContext::today());
        try {
            PaymentReturnService(*db).recordReturn(account.id, document->id, on, o->reason, by);
            std::cout << "Payment " << document->number << " of " << account.number << " ("
                      << document->amount.currency().code() << " " << document->amount.toGroupedString() << " of "
                      << document->documentDate.toIso() << ") returned on " << on.toIso() << "\n";
        } catch (const CommitmentRejected& e) {
            refuse(context, "payment return", e);
        }
    });
}

} // namespace duedesk::cli
