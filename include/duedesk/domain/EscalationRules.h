// EscalationRules: what a referral may become and the field problems of
// one as entered. Pure rules, tested without a ledger.
#pragma once

#include "duedesk/domain/Escalation.h"

#include <optional>
#include <string>

namespace duedesk {

// Why a referral in `from` cannot move to `to`, or nothing when it can.
// Forward one step at a time along referred -> accepted -> claim issued
// -> judgment; settled from any open state before it; closed from any
// open state. Nothing goes back, and nothing leaves closed.
std::optional<std::string> referralTransitionProblem(ReferralState from, ReferralState to);

// Whole days since it was referred, on `day`.
int referralAgeDays(const Referral& referral, Date day);
// Whole days since it was raised, on `day`.
int attentionAgeDays(const AttentionRequest& request, Date day);

} // namespace duedesk
