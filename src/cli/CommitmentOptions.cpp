// Options shared by the promise, plan and payment commands.
#include "cli/CommitmentOptions.h"

#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/DocumentRepository.h"

namespace duedesk::cli {

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

} // namespace duedesk::cli
