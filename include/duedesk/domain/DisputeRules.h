// DisputeRules: what a dispute may become, when it is due and when it is
// past its service level. Pure rules, tested without a ledger.
#pragma once

#include "duedesk/domain/Dispute.h"

#include <optional>
#include <string>

namespace duedesk {

// Why a dispute in `from` cannot move to `to`, or nothing when it can.
// Open -> investigating -> credited or rejected; open or investigating ->
// withdrawn. Nothing leaves a closed state.
std::optional<std::string> disputeTransitionProblem(DisputeState from, DisputeState to);

// The day a dispute raised on `raisedOn` for `reason` is to be resolved by.
Date disputeDueDate(Date raisedOn, DisputeReason reason, const DisputeServiceLevels& levels);

// Past its service level on `day`: still active then and `day` is after
// its due date (a dispute due today is not yet late).
bool pastServiceLevel(const Dispute& dispute, Date day);

// Whole days since it was raised, on `day`.
int disputeAgeDays(const Dispute& dispute, Date day);

// The field problems of a dispute as entered, before the ledger is read:
// "owner: ...", "invoices: ...". Empty when there are none.
std::vector<std::string> disputeEntryProblems(const Dispute& dispute);

} // namespace duedesk
