// Reassigning accounts, with their diaries and history, in one transaction.
#include "duedesk/services/AccountAssignment.h"

#include "duedesk/domain/DiaryRules.h"
#include "duedesk/services/AccessPolicy.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/DiaryRepository.h"
#include "duedesk/storage/UnitOfWork.h"
#include "duedesk/storage/UserRepository.h"

namespace duedesk {

AccountAssignment::AccountAssignment(LedgerDatabase& database) : database_(database) {}

int AccountAssignment::reassign(std::span<const AccountId> accounts, std::optional<UserId> toAnalyst, const Actor& by) {
    requirePermission(by, Permission::ReassignAccounts);
    UnitOfWork work(database_);
    if (toAnalyst) {
        const auto analyst = database_.users().findById(*toAnalyst);
        if (!analyst) throw AssignmentRejected("to: no such user");
        if (const auto problem = accountOwnerProblem(*analyst)) throw AssignmentRejected(*problem);
    }
    AccountRepository& accountRepository = database_.accounts();
    DiaryRepository& diary = database_.diary();
    int moved = 0;
    for (const AccountId id : accounts) {
        // Read inside the loop: an account listed twice is already moved.
        const auto account = accountRepository.findById(id);
        if (!account) throw AssignmentRejected("account: no such account (id " + std::to_string(id) + ")");
        if (account->analystId == toAnalyst) continue;
        accountRepository.assignAnalyst(id, toAnalyst);
        diary.recordAssignment(id, account->analystId, toAnalyst, by.on, by.user);
        diary.moveOpen(id, toAnalyst);
        ++moved;
    }
    work.commit();
    return moved;
}

std::vector<AccountId> AccountAssignment::accountsOf(UserId analyst) {
    return database_.accounts().assignedTo(analyst);
}

std::vector<AssignmentChange> AccountAssignment::history(AccountId account) {
    return database_.diary().assignmentsForAccount(account);
}

} // namespace duedesk
