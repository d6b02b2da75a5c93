// Rules for taking and withdrawing a promise to pay.
#include "duedesk/services/PromiseService.h"

#include "services/PromiseWriting.h"

#include "duedesk/domain/DateLimits.h"
#include "duedesk/services/AccessPolicy.h"
#include "duedesk/storage/PromiseRepository.h"
#include "duedesk/storage/UnitOfWork.h"

#include <utility>

namespace duedesk {

PromiseService::PromiseService(LedgerDatabase& database) : database_(database) {}

std::int64_t PromiseService::take(Promise promise, const Actor& by) {
    requirePermission(by, Permission::TakePromises);
    UnitOfWork work(database_);
    const std::int64_t id = writePromise(database_, std::move(promise), by);
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
