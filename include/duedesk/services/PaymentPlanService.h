// PaymentPlanService: agreeing a schedule of instalments with a customer,
// and cancelling one. A plan is checked (paymentPlanProblems; the account
// exists and has open invoices in the plan's currency; with invoices
// listed, they are open invoices of the account in that currency, not in
// another plan still in force, and the instalments add up to exactly what
// is open on them; without, the plan covers the account's balance in that
// currency and adds up to no more than is open on its invoices) and
// written in one transaction, attributed to the user who agreed it.
// Instalments are numbered 1, 2, ... in date order. Its standing is never
// stored: see CommitmentsOnDay.
#pragma once

#include "duedesk/domain/Actor.h"
#include "duedesk/domain/Promise.h"
#include "duedesk/services/CommitmentRejected.h"
#include "duedesk/storage/LedgerDatabase.h"

namespace duedesk {

class PaymentPlanService final {
public:
    explicit PaymentPlanService(LedgerDatabase& database);
    // Needs Permission::TakePromises. agreedBy is the actor; agreedOn is
    // as given. Throws CommitmentRejected naming the field. Returns the
    // plan's id.
    std::int64_t agree(PaymentPlan plan, const Actor& by);
    // Needs Permission::TakePromises. `on` is not before the day the plan
    // was agreed nor after today. Throws CommitmentRejected when there is
    // no such plan or it was already cancelled.
    void cancel(std::int64_t planId, Date on, const Actor& by);

private:
    LedgerDatabase& database_;
};

} // namespace duedesk
