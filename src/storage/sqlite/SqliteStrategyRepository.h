// SqliteStrategyRepository: the SQLite implementation of StrategyRepository.
#pragma once

#include "duedesk/storage/StrategyRepository.h"
#include "storage/sqlite/SqliteLedgerDatabase.h"

namespace duedesk {

class SqliteStrategyRepository final : public StrategyRepository {
public:
    explicit SqliteStrategyRepository(SqliteLedgerDatabase& database);

    std::vector<Strategy> strategies() override;
    std::optional<Strategy> find(StrategyId id) override;
    std::optional<Strategy> findByName(std::string_view name) override;
    StrategyId save(const Strategy& strategy) override;
    void deactivate(StrategyId id) override;

    std::vector<StrategyRule> rules() override;
    void replaceRules(std::span<const StrategyRule> rules) override;

    std::optional<StrategyAssignment> currentAssignment(AccountId account) override;
    std::vector<StrategyAssignment> currentAssignments(std::optional<UserId> analyst) override;
    std::int64_t assign(const StrategyAssignment& assignment) override;
    bool endAssignment(AccountId account, Date endedOn) override;

    std::int64_t recordStepDone(const StrategyStepDone& step) override;
    std::vector<StrategyStepDone> stepsDone(std::optional<UserId> analyst, Date from) override;

private:
    std::vector<Strategy> readStrategies(std::string_view where, const std::function<void(sqlite::Statement&)>& bind);

    SqliteLedgerDatabase& database_;
    // Prepared once: assigning strategies writes one row per account.
    sqlite::Statement insertAssignment_;
    sqlite::Statement endAssignment_;
};

} // namespace duedesk
