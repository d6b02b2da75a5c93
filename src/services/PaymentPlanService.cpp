// Rules for agreeing and cancelling a payment plan.
#include "duedesk/services/PaymentPlanService.h"

#include "services/CommitmentChecks.h"

#include "duedesk/domain/CommitmentEntryRules.h"
#include "duedesk/domain/DateLimits.h"
#include "duedesk/services/AccessPolicy.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/ContactLogRepository.h"
#include "duedesk/storage/DocumentRepository.h"
#include "duedesk/storage/PaymentPlanRepository.h"
#include "duedesk/storage/UnitOfWork.h"

#include <algorithm>

namespace duedesk {

PaymentPlanService::PaymentPlanService(LedgerDatabase& database) : database_(database) {}

std::int64_t PaymentPlanService::agree(PaymentPlan plan, const Actor& by) {
    requirePermission(by, Permission::TakePromises);
    const auto refuse = [](const std::string& message) { throw CommitmentRejected(message); };
    if (const auto problems = paymentPlanProblems(plan, by.on); !problems.empty()) refuse(problemsText(problems));
    UnitOfWork work(database_);
    if (!database_.accounts().findById(plan.accountId)) refuse("account: no such account");
    const Money open = openInvoicesIn(database_, plan.accountId, plan.currency, by.on);
    Money total = Money::zero(plan.currency);
    for (const Instalment& i : plan.instalments) total += i.amount;
    if (plan.documents.empty()) {
        if (total > open)
            refuse("instalments: they add up to " + total.toDecimalString() + ", more than the " +
                   open.toDecimalString() + " " + std::string(plan.currency.code()) +
                   " open on the account's invoices");
    } else {
        const Money covered = openOnCoveredInvoices(database_, plan.accountId, plan.currency, plan.documents);
        if (total != covered)
            refuse("instalments: they add up to " + total.toDecimalString() + ", but " + covered.toDecimalString() +
                   " " + std::string(plan.currency.code()) + " is open on the invoices the plan covers");
        // An invoice is settled by one plan at a time: cancel the old one first.
        for (const PaymentPlan& other : database_.paymentPlans().forAccount(plan.accountId)) {
            if (other.cancelledOn) continue;
            for (const DocumentId d : plan.documents)
                if (std::ranges::find(other.documents, d) != other.documents.end())
                    refuse("invoices: " + database_.documents().findById(d)->number + " is already in plan " +
                           std::to_string(other.id));
        }
    }
    if (plan.contactLogId) {
        const auto log = database_.contactLog().forAccount(plan.accountId);
        if (std::ranges::find(log, *plan.contactLogId, &ContactLogEntry::id) == log.end())
            refuse("contact: not a contact logged on this account");
    }
    int seq = 1;
    for (Instalment& i : plan.instalments) i.seq = seq++;
    plan.agreedBy = *by.user; // TakePromises is allowed only to a person
    plan.cancelledOn.reset();
    plan.cancelledBy.reset();
    const std::int64_t id = database_.paymentPlans().add(plan);
    work.commit();
    return id;
}

void PaymentPlanService::cancel(std::int64_t planId, Date on, const Actor& by) {
    requirePermission(by, Permission::TakePromises);
    UnitOfWork work(database_);
    const auto plan = database_.paymentPlans().findById(planId);
    if (!plan) throw CommitmentRejected("plan: there is no payment plan " + std::to_string(planId));
    if (plan->cancelledOn)
        throw CommitmentRejected("plan: payment plan " + std::to_string(planId) + " was already cancelled on " +
                                 plan->cancelledOn->toIso());
    if (on < plan->agreedOn)
        throw CommitmentRejected("date: " + on.toIso() + " is before the plan was agreed, " + plan->agreedOn.toIso());
    if (const auto outside = dateRangeProblem(on, contactDates(by.on), "cancellation date"))
        throw CommitmentRejected("date: " + *outside);
    database_.paymentPlans().cancel(planId, on, by.user);
    work.commit();
}

} // namespace duedesk
