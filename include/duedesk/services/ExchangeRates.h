// ExchangeRates: the team's dated exchange rates, entered one at a time or
// imported from a CSV file, and the table of rates in force on a day for
// converting into the reporting currency.
//
// Rate files have a header line naming from, to, valid_from and rate (in
// any order; other columns are ignored):
//   from,to,valid_from,rate
//   EUR,GBP,2026-11-01,0.8612
// meaning one EUR is worth 0.8612 GBP from 1 November 2026 on.
#pragma once

#include "duedesk/domain/Actor.h"
#include "duedesk/domain/ExchangeRateTable.h"
#include "duedesk/importing/ImportProblem.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <string>
#include <string_view>
#include <vector>

namespace duedesk {

struct RateImportResult {
    ImportProblems problems;
    std::int64_t rowsRead = 0;
    std::int64_t ratesChanged = 0; // new or corrected; the rest were already so
    bool imported() const { return problems.empty(); }
};

class ExchangeRates final {
public:
    explicit ExchangeRates(LedgerDatabase& database);

    // Needs Permission::MaintainRates. Returns false when the ledger held
    // that rate already.
    bool put(const ExchangeRate& rate, const Actor& by);
    // All or nothing: every problem is reported with its line and column,
    // and nothing is written unless the whole file is good.
    RateImportResult importCsv(std::string_view text, const Actor& by);
    std::vector<ExchangeRate> all();
    // The rates in force on `day` for converting into `target`.
    ExchangeRateTable tableOn(Date day, const Currency& target);

private:
    LedgerDatabase& database_;
};

} // namespace duedesk
