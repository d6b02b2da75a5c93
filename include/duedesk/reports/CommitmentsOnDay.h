// CommitmentsOnDay: an account's promises and payment plans with their
// states on a day (CommitmentRules over the payments it received), for
// one account or, in one read per table, for every account an analyst
// holds: what the account view, the command line and the worklist show.
//
// Only what had been taken or agreed by the day is listed. Promises and
// plans of one account are judged together, because they share its
// payments.
#pragma once

#include "duedesk/domain/CommitmentRules.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <vector>

namespace duedesk {

struct PromiseOnDay {
    Promise promise;
    CommitmentStatus status;
    // Withdrawn on or before the day: it no longer counts.
    bool withdrawn = false;
};

struct PlanOnDay {
    PaymentPlan plan;
    PlanStatus status;
    bool cancelled = false; // on or before the day
};

struct AccountCommitmentsOnDay {
    AccountId account = 0;
    std::vector<PromiseOnDay> promises; // by the day promised, then id
    std::vector<PlanOnDay> plans; // by the day agreed, then id
};

AccountCommitmentsOnDay loadAccountCommitments(LedgerDatabase& database, AccountId account,
                                               const CommitmentTerms& terms, Date asOf);
// Every account the analyst holds that had a promise or a plan by the day
// (whatever its state), by account id. Three reads of promises, plans and
// payments (with their documents and instalments), whatever the number of
// accounts.
std::vector<AccountCommitmentsOnDay> loadAnalystCommitments(LedgerDatabase& database, UserId analyst,
                                                            const CommitmentTerms& terms, Date asOf);

} // namespace duedesk
