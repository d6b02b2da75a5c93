// Options shared by the promise, plan and payment commands.
#include "cli/CommitmentOptions.h"

#include "cli/ExitCode.h"

#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/DocumentRepository.h"

#include <iostream>

namespace duedesk::cli {

Account accountOption(LedgerDatabase& database, const std::string& number) {
    auto account = database.accounts().findByNumber(number);
    if (!account) throw UsageError("--account: no account numbered \"" + number + "\"");
    return *account;
}

Currency currencyOption(const std::string& code, const std::string& option) {
    const auto currency = Currency::fromCode(code);
    if (!currency) throw UsageError(option + " \"" + code + "\" is not a known ISO 4217 currency code");
    return *currency;
}

Money amountOption(const std::string& text, const Currency& currency, const std::string& option) {
    std::string reason;
    const auto amount = Money::parse(text, currency, &reason);
    if (!amount) throw UsageError(option + ": " + reason);
    return *amount;
}

Date dateOption(const std::string& text, const std::string& option) {
    const auto day = Date::parseIso(text);
    if (!day) throw UsageError(option + " \"" + text + "\" is not a valid date (YYYY-MM-DD)");
    return *day;
}

std::vector<DocumentId> invoiceOptions(LedgerDatabase& database, const Account& account,
                                       const std::vector<std::string>& numbers) {
    std::vector<DocumentId> ids;
    for (const std::string& number : numbers) {
        const auto invoice = database.documents().findByKey(account.id, DocumentType::Invoice, number);
        if (!invoice) throw UsageError("--invoice: " + account.number + " has no invoice numbered \"" + number + "\"");
        ids.push_back(invoice->id);
    }
    return ids;
}

void refuse(CliContext& context, const std::string& what, const CommitmentRejected& e) {
    std::cerr << "duedesk-cli: " << e.what() << "\n";
    context.log.refused(what, e.what());
    context.exitCode = kRejected;
}

} // namespace duedesk::cli
