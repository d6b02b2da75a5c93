// AccountBalanceQuery: every account with its open balance, overdue amount
// and oldest due date per currency, as of today's open items. The one read
// behind the ledger list.
#pragma once

#include "duedesk/domain/Account.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <functional>
#include <optional>
#include <string_view>

namespace duedesk {

struct AccountBalanceRow {
    AccountId id = 0;
    std::string_view number, name, analyst, riskClass, status;
    std::string_view customerType; // "key account"; empty when not set
    std::optional<std::int64_t> creditLimit;
    std::string_view creditLimitCurrency;
    std::string_view currency; // empty for an account with no open items
    std::int64_t balance = 0; // signed minor units: invoices less unapplied credits
    std::int64_t overdue = 0; // open invoices due before the as-of date
    std::int64_t unapplied = 0; // open payments, credit notes and adjustments, positive
    std::optional<std::int32_t> oldestDueDate; // of an open invoice
};

class AccountBalanceQuery {
public:
    virtual ~AccountBalanceQuery() = default;
    // Rows come ordered by account number, one per account and currency.
    virtual void forEach(Date asOf, const std::function<void(const AccountBalanceRow&)>& visit) = 0;
};

} // namespace duedesk
