// Rules for taking and withdrawing a promise to pay.
#include "duedesk/services/PromiseService.h"

#include "services/CommitmentChecks.h"

#include "duedesk/domain/CommitmentEntryRules.h"
#include "duedesk/domain/DateLimits.h"
#include "duedesk/services/AccessPolicy.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/ContactLogRepository.h"
#include "duedesk/storage/PromiseRepository.h"
#include "duedesk/storage/UnitOfWork.h"

#include <algorithm>

namespace duedesk {

PromiseService::PromiseService(LedgerDatabase& database) : database_(database) {}

std::int64_t PromiseService::take(Promise promise, const Actor& by) {
    requirePermission(by, Permission::TakePromises);
    const auto refuse = [](const std::string& message) { throw CommitmentRejected(message); };
    if (const auto problems = promiseProblems(promise, by.on); !problems.empty()) refuse(problemsText(problems));
    UnitOfWork work(database_);
    if (!database_.accounts().findById(promise.accountId)) refuse("account: no such account");
    const Currency currency = promise.amount.currency();
    const Money open = openInvoicesIn(database_, promise.accountId, currency, by.on);
    openOnCoveredInvoices(database_, promise.accountId, currency, promise.documents);
    // More than the account owes in the currency is a slip of the keyboard,
    // not a promise.
    if (promise.amount > open)
        refuse("amount: " + promise.amount.toDecimalString() + " is more than the " + open.toDecimalString() + " " +
               std::string(currency.code()) + " open on the account's invoices");
    if (promise.contactLogId) {
        const auto log = database_.contactLog().forAccount(promise.accountId);
        if (std::ranges::find(log, *promise.contactLogId, &ContactLogEntry::id) == log.end())
            refuse("contact: not a contact logged on this account");
    }
    promise.takenBy = *by.user; // TakePromises is allowed only to a person
    promise.withdrawnOn.reset();
    promise.withdrawnBy.reset();
    const std::int64_t id = database_.promises().add(promise);
    work.commit();
    return id;
}

void PromiseService::withdraw(std::int64_t promiseId, Date on, const Actor& by) {
    requirePermission(by, Permission::TakePromises);
    UnitOfWork work(database_);
    const auto promise = database_.promises().findById(promiseId);
    if (!promise) throw CommitmentRejected("promise: there is no promise " + std::to_string(promiseId));
    if (promise->withdrawnOn)
        throw CommitmentRejected("promise: promise " + std::to_string(promiseId) + " was already withdrawn on " +
                                 promise->withdrawnOn->toIso());
    if (on < promise->takenOn)
        throw CommitmentRejected("date: " + on.toIso() + " is before the promise was taken, " +
                                 promise->takenOn.toIso());
    if (const auto outside = dateRangeProblem(on, contactDates(by.on), "withdrawal date"))
        throw CommitmentRejected("date: " + *outside);
    database_.promises().withdraw(promiseId, on, by.user);
    work.commit();
}

} // namespace duedesk
