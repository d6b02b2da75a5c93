// Reads an account's (or an analyst's accounts') promises, plans and
// payments, and judges each account's commitments together.
#include "duedesk/reports/CommitmentsOnDay.h"

#include "duedesk/storage/PaymentPlanRepository.h"
#include "duedesk/storage/PromiseRepository.h"
#include "duedesk/storage/ReceivedPaymentsQuery.h"

#include <algorithm>

namespace duedesk {
namespace {

AccountCommitmentsOnDay judged(AccountId account, std::vector<Promise> promises, std::vector<PaymentPlan> plans,
                               const std::vector<ReceivedPayment>& payments, const CommitmentTerms& terms, Date asOf) {
    // What was made after the day did not exist yet on it.
    std::erase_if(promises, [asOf](const Promise& p) { return p.takenOn > asOf; });
    std::erase_if(plans, [asOf](const PaymentPlan& p) { return p.agreedOn > asOf; });
    const AccountCommitments states = evaluateCommitments(promises, plans, payments, terms, asOf);
    AccountCommitmentsOnDay out;
    out.account = account;
    for (std::size_t i = 0; i < promises.size(); ++i) {
        const bool withdrawn = promises[i].withdrawnOn && *promises[i].withdrawnOn <= asOf;
        out.promises.push_back({std::move(promises[i]), states.promises[i], withdrawn});
    }
    for (std::size_t i = 0; i < plans.size(); ++i) {
        const bool cancelled = plans[i].cancelledOn && *plans[i].cancelledOn <= asOf;
        out.plans.push_back({std::move(plans[i]), states.plans[i], cancelled});
    }
    return out;
}

} // namespace

AccountCommitmentsOnDay loadAccountCommitments(LedgerDatabase& database, AccountId account,
                                               const CommitmentTerms& terms, Date asOf) {
    return judged(account, database.promises().forAccount(account), database.paymentPlans().forAccount(account),
                  database.receivedPayments().forAccount(account), terms, asOf);
}

std::vector<AccountCommitmentsOnDay> loadAnalystCommitments(LedgerDatabase& database, UserId analyst,
                                                            const CommitmentTerms& terms, Date asOf) {
    // Each list comes sorted by account: walk them side by side.
    std::vector<Promise> promises = database.promises().forAnalyst(analyst);
    std::vector<PaymentPlan> plans = database.paymentPlans().forAnalyst(analyst);
    const std::vector<AccountPayment> payments = database.receivedPayments().forCommitmentsOfAnalyst(analyst);
    std::vector<AccountCommitmentsOnDay> out;
    auto promise = promises.begin();
    auto plan = plans.begin();
    auto payment = payments.begin();
    while (promise != promises.end() || plan != plans.end()) {
        AccountId account = promise != promises.end() ? promise->accountId : plan->accountId;
        if (plan != plans.end()) account = std::min(account, plan->accountId);
        std::vector<Promise> itsPromises;
        for (; promise != promises.end() && promise->accountId == account; ++promise)
            itsPromises.push_back(std::move(*promise));
        std::vector<PaymentPlan> itsPlans;
        for (; plan != plans.end() && plan->accountId == account; ++plan) itsPlans.push_back(std::move(*plan));
        while (payment != payments.end() && payment->account < account) ++payment;
        std::vector<ReceivedPayment> itsPayments;
        for (; payment != payments.end() && payment->account == account; ++payment)
            itsPayments.push_back(payment->payment);
        AccountCommitmentsOnDay one =
            judged(account, std::move(itsPromises), std::move(itsPlans), itsPayments, terms, asOf);
        if (!one.promises.empty() || !one.plans.empty()) out.push_back(std::move(one));
    }
    return out;
}

} // namespace duedesk
