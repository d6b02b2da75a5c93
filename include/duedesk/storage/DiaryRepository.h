// DiaryRepository: the SQL of diary entries, holds and the history of who
// an account was assigned to. Entries are added and marked done, never
// removed; holds are placed and released, never removed.
#pragma once

#include "duedesk/domain/Diary.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <functional>
#include <optional>
#include <vector>

namespace duedesk {

class DiaryRepository {
public:
    virtual ~DiaryRepository() = default;

    virtual std::int64_t add(const DiaryEntry& entry) = 0;
    virtual std::optional<DiaryEntry> findById(std::int64_t id) = 0;
    // Open entries first (soonest due first), then done ones, latest first.
    virtual std::vector<DiaryEntry> forAccount(AccountId account) = 0;
    // Marks done, on `doneOn`, every open entry of the account due on or
    // before `through`, worked by the contact `contactId` if one was
    // logged. Returns how many.
    virtual int completeOpen(AccountId account, Date through, Date doneOn, std::optional<UserId> by,
                             std::optional<std::int64_t> contactId) = 0;
    virtual void complete(std::int64_t id, Date doneOn, std::optional<UserId> by) = 0;
    // Gives the account's open entries to its new analyst.
    virtual void moveOpen(AccountId account, std::optional<UserId> owner) = 0;

    virtual std::int64_t addHold(const Hold& hold) = 0;
    virtual std::optional<Hold> findHold(std::int64_t id) = 0;
    virtual void releaseHold(std::int64_t id, Date on, std::optional<UserId> by) = 0;
    // Newest first.
    virtual std::vector<Hold> holdsForAccount(AccountId account) = 0;

    virtual void recordAssignment(AccountId account, std::optional<UserId> from, std::optional<UserId> to, Date on,
                                  std::optional<UserId> by) = 0;
    // Oldest first.
    virtual std::vector<AssignmentChange> assignmentsForAccount(AccountId account) = 0;

    // Each account's soonest follow-up open on `asOf` (added by then and
    // not done by then), in account order: the ledger's next follow-up.
    virtual void forEachNextFollowUp(Date asOf, const std::function<void(AccountId, Date)>& visit) = 0;
};

} // namespace duedesk
