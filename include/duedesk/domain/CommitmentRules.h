// CommitmentRules: the state of an account's promises and plan instalments
// on a day, from the payments that arrived. Nothing here is stored: the
// state follows from the payments, so a payment returned by the bank
// reopens what it had kept.
//
// Payments are shared out, oldest first, to the commitments in the order
// they fall due (a plan's instalments and the promises together), so one
// payment never keeps two things. Exactly:
// - A payment counts toward a commitment when it is in the commitment's
//   currency, received on or after the day the commitment was made (a
//   promise's takenOn, a plan's agreedOn; money that came before was not
//   paid for it), no later than its deadline (date + grace days) and no
//   later than asOf, and was not returned on or before asOf.
// - Each commitment, in order of its date (then the day it was made, then
//   promises in the order given before plans in the order given), takes
//   what it still needs from the payments that count toward it, oldest
//   first (by date, then document id), out of what earlier commitments
//   left of them. It never takes more than its amount: the rest of a large
//   payment goes on to the next.
// - Kept: what it took is at least its amount less the tolerance, and more
//   than nothing (a tolerance never keeps an unpaid commitment). Otherwise
//   open until the deadline has passed (asOf after date + grace), then
//   partly kept when something was paid, else broken.
// - A promise withdrawn, or a plan cancelled, on or before asOf takes no
//   payments; as of an earlier day it counts as it did then.
#pragma once

#include "duedesk/domain/Promise.h"

#include <span>
#include <string_view>
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

// The first day a commitment falling due on `date` can be judged (the day
// after its deadline): when the analyst who took it looks again. A
// contact that takes a promise has its follow-up on this day.
Date commitmentCheckDay(Date date, const CommitmentTerms& terms);

// Withdrawn promises and cancelled plans (on or before asOf) are reported,
// with state Open and nothing paid, and take no payments.
AccountCommitments evaluateCommitments(std::span<const Promise> promises, std::span<const PaymentPlan> plans,
                                       std::span<const ReceivedPayment> payments, const CommitmentTerms& terms,
                                       Date asOf);

} // namespace duedesk
