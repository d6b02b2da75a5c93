// SqliteDiaryRepository: the SQLite implementation of DiaryRepository.
#pragma once

#include "duedesk/storage/DiaryRepository.h"
#include "storage/sqlite/Sqlite.h"
#include "storage/sqlite/SqliteLedgerDatabase.h"

namespace duedesk {

class SqliteDiaryRepository final : public DiaryRepository {
public:
    explicit SqliteDiaryRepository(SqliteLedgerDatabase& database);
    std::int64_t add(const DiaryEntry& entry) override;
    std::optional<DiaryEntry> findById(std::int64_t id) override;
    std::vector<DiaryEntry> forAccount(AccountId account) override;
    int completeOpen(AccountId account, Date through, Date doneOn, std::optional<UserId> by,
                     std::optional<std::int64_t> contactId) override;
    void complete(std::int64_t id, Date doneOn, std::optional<UserId> by) override;
    void moveOpen(AccountId account, std::optional<UserId> owner) override;
    std::int64_t addHold(const Hold& hold) override;
    std::optional<Hold> findHold(std::int64_t id) override;
    void releaseHold(std::int64_t id, Date on, std::optional<UserId> by) override;
    std::vector<Hold> holdsForAccount(AccountId account) override;
    void recordAssignment(AccountId account, std::optional<UserId> from, std::optional<UserId> to, Date on,
                          std::optional<UserId> by) override;
    std::vector<AssignmentChange> assignmentsForAccount(AccountId account) override;
    void forEachNextFollowUp(Date asOf, const std::function<void(AccountId, Date)>& visit) override;

private:
    SqliteLedgerDatabase& database_;
    sqlite::Statement insert_; // prepared once: the demo adds thousands
};

} // namespace duedesk
