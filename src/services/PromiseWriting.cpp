// What a promise must be to be written: see PromiseService.h.
#include "services/PromiseWriting.h"

#include "services/CommitmentChecks.h"

#include "duedesk/domain/CommitmentEntryRules.h"
#include "duedesk/services/CommitmentRejected.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/ContactLogRepository.h"
#include "duedesk/storage/PromiseRepository.h"

#include <algorithm>

namespace duedesk {

std::int64_t writePromise(LedgerDatabase& database, Promise promise, const Actor& by) {
    const auto refuse = [](const std::string& message) { throw CommitmentRejected(message); };
    if (const auto problems = promiseProblems(promise, by.on); !problems.empty()) refuse(problemsText(problems));
    if (!database.accounts().findById(promise.accountId)) refuse("account: no such account");
    const Currency currency = promise.amount.currency();
    const Money open = openInvoicesIn(database, promise.accountId, currency, by.on);
    openOnCoveredInvoices(database, promise.accountId, currency, promise.documents);
    // More than the account owes in the currency is a slip of the keyboard,
    // not a promise.
    if (promise.amount > open)
        refuse("amount: " + promise.amount.toDecimalString() + " is more than the " + open.toDecimalString() + " " +
               std::string(currency.code()) + " open on the account's invoices");
    if (promise.contactLogId) {
        const auto log = database.contactLog().forAccount(promise.accountId);
        if (std::ranges::find(log, *promise.contactLogId, &ContactLogEntry::id) == log.end())
            refuse("contact: not a contact logged on this account");
    }
    promise.takenBy = *by.user; // TakePromises is allowed only to a person
    promise.withdrawnOn.reset();
    promise.withdrawnBy.reset();
    return database.promises().add(promise);
}

} // namespace duedesk
