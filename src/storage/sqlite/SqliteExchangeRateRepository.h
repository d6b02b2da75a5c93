// SqliteExchangeRateRepository: the SQLite implementation of ExchangeRateRepository.
#pragma once

#include "duedesk/storage/ExchangeRateRepository.h"
#include "storage/sqlite/SqliteLedgerDatabase.h"

namespace duedesk {

class SqliteExchangeRateRepository final : public ExchangeRateRepository {
public:
    explicit SqliteExchangeRateRepository(SqliteLedgerDatabase& database) : database_(database) {}
    bool put(const ExchangeRate& rate, std::optional<UserId> recordedBy, Date recordedOn) override;
    std::vector<ExchangeRate> all() override;
    std::vector<ExchangeRate> inForceOn(Date day) override;

private:
    SqliteLedgerDatabase& database_;
};

} // namespace duedesk
