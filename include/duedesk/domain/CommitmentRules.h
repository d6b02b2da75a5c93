// CommitmentRules: the state of an account's promises and plan instalments
// on a day, from the payments that arrived. Nothing here is stored: the
// state follows from the payments, so a payment returned by the bank
// reopens what it had kept.
//
// Payments are shared out, oldest first, to the commitments in the order
// they fall due (a plan's instalments and the promises together), so one
// payment never keeps two things. Only payments received on or after the
// day a commitment was made, and no later than its deadline, count.
#pragma once

#include "duedesk/domain/Promise.h"

#include <span>
#include <vector>

namespace duedesk {

struct CommitmentTerms {
    int graceDays = 3; // a commitment is judged this many days after its date
    // Shortfall forgiven, in minor units of the commitment's currency.
    std::int64_t toleranceMinor = 0;
};

enum class CommitmentState {
    Open, // its deadline (date + grace) has not passed and it is not yet paid
    Kept, // paid in full (less the tolerance) by the deadline
    PartlyKept, // the deadline passed with some, not all, paid
    Broken, // the deadline passed with nothing paid
};
std::string_view commitmentStateName(CommitmentState state); // "open", "kept", "partly kept", "broken"

struct CommitmentStatus {
    CommitmentState state = CommitmentState::Open;
    Money paid = Money::zero(Currency()); // what counted toward it by asOf
    Date deadline = Date::fromDayNumber(0); // date + grace days
};

struct InstalmentStatus {
    Instalment instalment;
    CommitmentStatus status;
};

struct PlanStatus {
    std::vector<InstalmentStatus> instalments;
    // No instalment is partly kept or broken (a plan that is cancelled is
    // never in good standing).
    bool inGoodStanding = true;
    bool completed = false; // every instalment kept
    std::optional<Date> firstMissedOn; // the date of the first instalment missed
};

struct AccountCommitments {
    std::vector<CommitmentStatus> promises; // in the order given
    std::vector<PlanStatus> plans; // in the order given
};

// Withdrawn promises and cancelled plans are reported, with state Open and
// nothing paid, and take no payments.
AccountCommitments evaluateCommitments(std::span<const Promise> promises, std::span<const PaymentPlan> plans,
                                       std::span<const ReceivedPayment> payments, const CommitmentTerms& terms,
                                       Date asOf);

} // namespace duedesk
