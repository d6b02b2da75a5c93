// SqlitePromiseRepository: the SQLite implementation of PromiseRepository.
#pragma once

#include "duedesk/storage/PromiseRepository.h"
#include "storage/sqlite/SqliteLedgerDatabase.h"

namespace duedesk {

class SqlitePromiseRepository final : public PromiseRepository {
public:
    explicit SqlitePromiseRepository(SqliteLedgerDatabase& database);
    std::int64_t add(const Promise& promise) override;
    std::optional<Promise> findById(std::int64_t id) override;
    std::vector<Promise> forAccount(AccountId account) override;
    std::vector<Promise> forAnalyst(UserId analyst) override;
    void withdraw(std::int64_t id, Date on, std::optional<UserId> by) override;

private:
    // The promises a WHERE clause picks (over promises p, accounts a), with
    // their documents read in a second query over the same clause.
    std::vector<Promise> select(std::string_view where, std::int64_t key);

    SqliteLedgerDatabase& database_;
};

} // namespace duedesk
