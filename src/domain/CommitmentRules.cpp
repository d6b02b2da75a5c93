// The state of promises and plan instalments from the payments received:
// every commitment that counts takes, in the order they fall due, what it
// still needs from the payments that may pay it, oldest first.
#include "duedesk/domain/CommitmentRules.h"

#include <algorithm>
#include <tuple>

namespace duedesk {
namespace {

// One promise or one instalment, as the sharing-out sees it.
struct Commitment {
    Date dueOn;
    Date madeOn; // payments before this day were not for it
    Date deadline;
    Money amount;
    std::size_t order; // promises in the order given, then each plan's instalments
    CommitmentStatus* status;
};

struct PaymentLeft {
    const ReceivedPayment* payment;
    std::int64_t leftMinor;
};

bool counts(const ReceivedPayment& p, Date asOf) {
    return p.amount.isPositive() && p.receivedOn <= asOf && !(p.returnedOn && *p.returnedOn <= asOf);
}

bool mayPay(const ReceivedPayment& p, const Commitment& c) {
    return p.amount.currency() == c.amount.currency() && c.madeOn <= p.receivedOn && p.receivedOn <= c.deadline;
}

CommitmentState judged(const Money& amount, const Money& paid, Date deadline, const CommitmentTerms& terms, Date asOf) {
    // A tolerance forgives a shortfall; it never keeps a commitment on
    // which nothing at all was paid.
    if (paid.isPositive() && paid.minorUnits() >= amount.minorUnits() - terms.toleranceMinor)
        return CommitmentState::Kept;
    if (asOf <= deadline) return CommitmentState::Open;
    return paid.isPositive() ? CommitmentState::PartlyKept : CommitmentState::Broken;
}

bool missed(CommitmentState state) { return state == CommitmentState::PartlyKept || state == CommitmentState::Broken; }

} // namespace

Date commitmentCheckDay(Date date, const CommitmentTerms& terms) { return date.addDays(terms.graceDays + 1); }

std::string_view commitmentStateName(CommitmentState state) {
    switch (state) {
    case CommitmentState::Open: return "open";
    case CommitmentState::Kept: return "kept";
    case CommitmentState::PartlyKept: return "partly kept";
    case CommitmentState::Broken: return "broken";
    }
    return "open";
}

AccountCommitments evaluateCommitments(std::span<const Promise> promises, std::span<const PaymentPlan> plans,
                                       std::span<const ReceivedPayment> payments, const CommitmentTerms& terms,
                                       Date asOf) {
    AccountCommitments result;
    result.promises.reserve(promises.size());
    result.plans.reserve(plans.size());
    std::vector<Commitment> commitments;
    // Addresses into result are taken only after every vector is filled.
    for (const Promise& p : promises) {
        CommitmentStatus s;
        s.paid = Money::zero(p.amount.currency());
        s.deadline = p.promisedFor.addDays(terms.graceDays);
        result.promises.push_back(s);
    }
    for (const PaymentPlan& plan : plans) {
        PlanStatus ps;
        for (const Instalment& i : plan.instalments) {
            CommitmentStatus s;
            s.paid = Money::zero(i.amount.currency());
            s.deadline = i.dueOn.addDays(terms.graceDays);
            ps.instalments.push_back({i, s});
        }
        result.plans.push_back(std::move(ps));
    }

    std::size_t order = 0;
    for (std::size_t i = 0; i < promises.size(); ++i, ++order) {
        const Promise& p = promises[i];
        if (p.withdrawnOn && *p.withdrawnOn <= asOf) continue;
        CommitmentStatus& s = result.promises[i];
        commitments.push_back({p.promisedFor, p.takenOn, s.deadline, p.amount, order, &s});
    }
    for (std::size_t i = 0; i < plans.size(); ++i) {
        const PaymentPlan& plan = plans[i];
        const bool cancelled = plan.cancelledOn && *plan.cancelledOn <= asOf;
        for (std::size_t k = 0; k < plan.instalments.size(); ++k, ++order) {
            if (cancelled) continue;
            const Instalment& inst = plan.instalments[k];
            CommitmentStatus& s = result.plans[i].instalments[k].status;
            commitments.push_back({inst.dueOn, plan.agreedOn, s.deadline, inst.amount, order, &s});
        }
    }
    std::ranges::sort(commitments, {}, [](const Commitment& c) { return std::tuple(c.dueOn, c.madeOn, c.order); });

    std::vector<PaymentLeft> left;
    for (const ReceivedPayment& p : payments)
        if (counts(p, asOf)) left.push_back({&p, p.amount.minorUnits()});
    std::ranges::sort(left, {},
                      [](const PaymentLeft& l) { return std::tuple(l.payment->receivedOn, l.payment->document); });

    for (Commitment& c : commitments) {
        std::int64_t needed = c.amount.minorUnits();
        for (PaymentLeft& l : left) {
            if (needed == 0) break;
            if (l.leftMinor == 0 || !mayPay(*l.payment, c)) continue;
            const std::int64_t taken = std::min(needed, l.leftMinor);
            l.leftMinor -= taken;
            needed -= taken;
        }
        c.status->paid = Money(c.amount.minorUnits() - needed, c.amount.currency());
        c.status->state = judged(c.amount, c.status->paid, c.deadline, terms, asOf);
    }

    for (std::size_t i = 0; i < plans.size(); ++i) {
        PlanStatus& ps = result.plans[i];
        if (plans[i].cancelledOn && *plans[i].cancelledOn <= asOf) {
            ps.inGoodStanding = false;
            ps.completed = false;
            continue;
        }
        ps.completed = !ps.instalments.empty();
        for (const InstalmentStatus& is : ps.instalments) {
            if (is.status.state != CommitmentState::Kept) ps.completed = false;
            if (missed(is.status.state)) {
                ps.inGoodStanding = false;
                if (!ps.firstMissedOn || is.instalment.dueOn < *ps.firstMissedOn)
                    ps.firstMissedOn = is.instalment.dueOn;
            }
        }
    }
    return result;
}

} // namespace duedesk
