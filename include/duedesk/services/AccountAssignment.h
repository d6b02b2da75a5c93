// AccountAssignment: team leaders share out the accounts between analysts.
// The diary moves with the account: its open entries go to the new
// analyst, and each change is kept in the account's assignment history
// (from, to, day, by whom). The kept open-item totals, grouped by analyst,
// follow the account in the same transaction (the accounts table's
// trigger moves its open items between groups).
#pragma once

#include "duedesk/services/ChangeRefused.h"

#include "duedesk/domain/Actor.h"
#include "duedesk/domain/Diary.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <optional>
#include <span>
#include <stdexcept>
#include <vector>

namespace duedesk {

// A reassignment refused as a whole; nothing was changed.
class AssignmentRejected final : public ChangeRefused {
public:
    using ChangeRefused::ChangeRefused;
};

class AccountAssignment final {
public:
    explicit AccountAssignment(LedgerDatabase& database);

    // Gives every account to `toAnalyst` (an active analyst or team
    // leader; nothing: no one collects them), all or nothing, on by.on.
    // Needs Permission::ReassignAccounts (team leaders and administrators).
    // Accounts that already have that analyst, or appear twice, are
    // skipped and not recorded. Returns how many changed hands.
    int reassign(std::span<const AccountId> accounts, std::optional<UserId> toAnalyst, const Actor& by);

    // The accounts `analyst` collects, by number: all of one analyst's
    // accounts, to move when they leave.
    std::vector<AccountId> accountsOf(UserId analyst);
    // Who collected the account when, oldest change first.
    std::vector<AssignmentChange> history(AccountId account);

private:
    LedgerDatabase& database_;
};

} // namespace duedesk
