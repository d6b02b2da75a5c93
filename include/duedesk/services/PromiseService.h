// PromiseService: recording a customer's promise to pay, and withdrawing
// one recorded in error or replaced. A promise is checked
// (promiseProblems; the account exists and has open invoices in the
// promise's currency; the amount is not more than is open on them; the
// invoices it covers are open invoices of the account in that currency)
// and written in one transaction, attributed to the user who took it.
// Its state is never stored: see CommitmentsOnDay.
#pragma once

#include "duedesk/domain/Actor.h"
#include "duedesk/domain/Promise.h"
#include "duedesk/services/CommitmentRejected.h"
#include "duedesk/storage/LedgerDatabase.h"

namespace duedesk {

class PromiseService final {
public:
    explicit PromiseService(LedgerDatabase& database);
    // Needs Permission::TakePromises. takenBy is the actor; takenOn is as
    // given (a promise taken on a call yesterday is entered today). Throws
    // CommitmentRejected naming the field. Returns the promise's id.
    std::int64_t take(Promise promise, const Actor& by);
    // Needs Permission::TakePromises. `on` is not before the day the
    // promise was taken nor after today. Throws CommitmentRejected when
    // there is no such promise or it was already withdrawn.
    void withdraw(std::int64_t promiseId, Date on, const Actor& by);

private:
    LedgerDatabase& database_;
};

} // namespace duedesk
