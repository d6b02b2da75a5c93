// What makes a promise to pay or a payment plan acceptable as entered, as
// a list of every problem found, each naming its field. These are the
// rules that need no ledger; the services add those that do (the account,
// its currencies and invoices).
#pragma once

#include "duedesk/domain/ContactRules.h"
#include "duedesk/domain/Promise.h"

#include <vector>

namespace duedesk {

// How far ahead a promise may be dated from the day it was taken: a
// customer who cannot pay within six months needs a payment plan.
inline constexpr int kPromiseHorizonDays = 180;
// How far ahead a plan's last instalment may fall from the day it was agreed.
inline constexpr int kPlanHorizonDays = 730;

// Fields: "amount" (above zero), "takenOn" (not after today, at most ten
// years back), "promisedFor" (not before takenOn, within kPromiseHorizonDays
// of it).
std::vector<FieldProblem> promiseProblems(const Promise& promise, Date today);
// Fields: "agreedOn" (as takenOn), "instalments" (at least one; dates
// strictly increasing, the first not before agreedOn, the last within
// kPlanHorizonDays of it; amounts above zero, in the plan's currency).
std::vector<FieldProblem> paymentPlanProblems(const PaymentPlan& plan, Date today);

} // namespace duedesk
