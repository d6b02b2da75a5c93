// SqlitePaymentPlanRepository: the SQLite implementation of PaymentPlanRepository.
#pragma once

#include "duedesk/storage/PaymentPlanRepository.h"
#include "storage/sqlite/SqliteLedgerDatabase.h"

namespace duedesk {

class SqlitePaymentPlanRepository final : public PaymentPlanRepository {
public:
    explicit SqlitePaymentPlanRepository(SqliteLedgerDatabase& database);
    std::int64_t add(const PaymentPlan& plan) override;
    std::optional<PaymentPlan> findById(std::int64_t id) override;
    std::vector<PaymentPlan> forAccount(AccountId account) override;
    std::vector<PaymentPlan> forAnalyst(UserId analyst) override;
    void cancel(std::int64_t id, Date on, std::optional<UserId> by) override;

private:
    // The plans a WHERE clause picks (over payment_plans p, accounts a),
    // with their instalments and documents read in one query each.
    std::vector<PaymentPlan> select(std::string_view where, std::int64_t key);

    SqliteLedgerDatabase& database_;
};

} // namespace duedesk
