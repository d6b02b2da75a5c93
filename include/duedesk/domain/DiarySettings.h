// DiarySettings: the team's rules for promises and chasing, kept in the
// ledger's settings.
#pragma once

#include "duedesk/domain/CommitmentRules.h"

namespace duedesk {

// The allowed ranges: grace and interval 0 to these many days, the
// tolerance 0 or more.
inline constexpr int kMaxPromiseGraceDays = 60;
inline constexpr int kMaxMinimumContactIntervalDays = 60;

struct DiarySettings {
    CommitmentTerms commitments; // grace 3 days, tolerance 0
    // An account is not chased again within this many days of its last
    // contact (unless a follow-up or a broken promise asks for it).
    int minimumContactIntervalDays = 3;
};

} // namespace duedesk
