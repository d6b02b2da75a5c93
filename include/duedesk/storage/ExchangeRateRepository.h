// ExchangeRateRepository: the dated exchange rates of the ledger.
#pragma once

#include "duedesk/domain/ExchangeRate.h"
#include "duedesk/domain/User.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <optional>
#include <vector>

namespace duedesk {

class ExchangeRateRepository {
public:
    virtual ~ExchangeRateRepository() = default;
    // Records the rate of a pair from its day, replacing one recorded for
    // the same pair and day. Returns false when that rate was already so.
    virtual bool put(const ExchangeRate& rate, std::optional<UserId> recordedBy, Date recordedOn) = 0;
    // Every rate, by pair then day.
    virtual std::vector<ExchangeRate> all() = 0;
    // For each pair, the latest rate on or before `day`.
    virtual std::vector<ExchangeRate> inForceOn(Date day) = 0;
};

} // namespace duedesk
