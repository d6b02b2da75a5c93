// PaymentPlanRepository: payment plans with their instalments and the
// invoices they settle. A plan is never changed or deleted; it is
// cancelled, and its standing is worked out from payments, not stored.
#pragma once

#include "duedesk/domain/Promise.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <optional>
#include <vector>

namespace duedesk {

class PaymentPlanRepository {
public:
    virtual ~PaymentPlanRepository() = default;
    // Writes the plan, its instalments (numbered as given) and its
    // documents; returns its id.
    virtual std::int64_t add(const PaymentPlan& plan) = 0;
    virtual std::optional<PaymentPlan> findById(std::int64_t id) = 0;
    // By the day agreed, then id; cancelled ones too. Instalments in order.
    virtual std::vector<PaymentPlan> forAccount(AccountId account) = 0;
    // Every plan of the accounts the analyst holds now, cancelled ones
    // too, by account, then the day agreed, then id: one read per table
    // for a whole worklist.
    virtual std::vector<PaymentPlan> forAnalyst(UserId analyst) = 0;
    // Marks it cancelled on `on` by `by`. Throws StorageError when there
    // is no such plan or it was already cancelled.
    virtual void cancel(std::int64_t id, Date on, std::optional<UserId> by) = 0;
};

} // namespace duedesk
