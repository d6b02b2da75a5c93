// AccountDiary: what has been agreed with one customer and what is planned
// for them, as the account view's "Promises & plans" tab shows it: the
// promises and payment plans with their states on a day (judged with the
// team's terms, see CommitmentListing), the hold pausing chasing on that
// day, the open follow-ups and who collected the account when.
#pragma once

#include "duedesk/domain/Diary.h"
#include "duedesk/reports/CommitmentListing.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace duedesk {

struct AccountDiary {
    CommitmentListing commitments;
    std::optional<Hold> hold; // the one pausing chasing on the day, if any
    std::vector<DiaryEntry> followUps; // open ones, soonest due first
    std::vector<AssignmentChange> assignments; // oldest first
    // Sign-in names of the hold's placer, the follow-ups' owners and the
    // people assignments name (from, to, by).
    std::map<UserId, std::string> userNames;
};

// Judges the commitments with the team's diary settings (readDiarySettings).
// Throws StorageError when there is no such account.
AccountDiary loadAccountDiary(LedgerDatabase& database, AccountId account, Date asOf);

} // namespace duedesk
