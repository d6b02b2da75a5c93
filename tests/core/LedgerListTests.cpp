// The ledger list and its filter, on the hand-computed ledger as of
// 2026-06-30 (see tests/core/AgingTests.cpp for the days past due).
#include "duedesk/reports/LedgerList.h"
#include "duedesk/storage/AccountRepository.h"
#include "storage/sqlite/SqliteLedgerDatabase.h"
#include "support/HandLedger.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace duedesk;
using namespace duedesk::test;

namespace {
std::string describe(const LedgerRow& r) {
    const auto money = [&](std::int64_t v) { return Money(v, r.currency).toDecimalString(); };
    return r.number + " " + r.name + " [" + r.analyst + "] " + std::string(r.currency.code()) + " balance " +
           money(r.balance) + " overdue " + money(r.overdue) + " oldest " + std::to_string(r.oldestDaysPastDue) +
           (r.creditLimit ? " limit " + money(*r.creditLimit) + " use " + std::to_string(*r.creditUsePercent) + "%"
                          : "") +
           (r.otherCurrencies ? " +" + std::to_string(r.otherCurrencies) : "");
}
std::vector<std::string> describeAll(const std::vector<LedgerRow>& rows, const LedgerFilter& filter = {}) {
    std::vector<std::string> out;
    for (const LedgerRow& r : rows)
        if (filter.accepts(r)) out.push_back(describe(r));
    return out;
}
} // namespace

TEST_CASE("The ledger list shows each account's balance, overdue and oldest item", "[ledger]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    // A4 gets a GBP credit limit of 100.00: GBP becomes its main currency.
    sqliteConnection(*db).exec(
        "UPDATE accounts SET credit_limit = 10000, credit_limit_currency = 'GBP' WHERE number = 'A4'");
    const auto rows = loadLedgerList(*db, Date::ymd(2026, 6, 30));
    // A1 GBP: 1,150.50 = 1,000 + 200 + 250.50 - 300; overdue INV-2 and INV-3
    // (450.50), the oldest due 03-31 (91 days). A2 EUR
    // overdue, R-101 146 days; R-102 not yet posted but open today.
    // A4: GBP U-3 49.50, 49% of 100.00; its oldest item is USD U-2, 119 days.
    CHECK(describeAll(rows) ==
          std::vector<std::string>{
              "A1 Acme Ltd [amorgan] GBP balance 1150.50 overdue 450.50 oldest 91",
              "A2 Bravo Maschinenbau GmbH [amorgan] EUR balance 3150.25 overdue 2750.25 oldest 146",
              "A3 Chiyoda KK [bokafor] JPY balance 100000 overdue 120000 oldest 61",
              "A4 Delta Supplies, Inc. [bokafor] GBP balance 49.50 overdue 49.50 oldest 119 limit "
              "100.00 use 49% +1",
          });
}

TEST_CASE("The ledger filter combines text, analyst, risk, overdue and credit limit", "[ledger]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    sqliteConnection(*db).exec(
        "UPDATE accounts SET credit_limit = 100000, credit_limit_currency = 'GBP', risk_class = 'C' "
        "WHERE number = 'A1'");
    const auto rows = loadLedgerList(*db, Date::ymd(2026, 6, 30));
    // The numbers of the rows a filter, set up by `set`, accepts.
    const auto numbers = [&](const std::function<void(LedgerFilter&)>& set) {
        LedgerFilter f;
        set(f);
        std::vector<std::string> out;
        for (const LedgerRow& r : rows)
            if (f.accepts(r)) out.push_back(r.number);
        return out;
    };
    using V = std::vector<std::string>;
    CHECK(numbers([](LedgerFilter&) {}) == V{"A1", "A2", "A3", "A4"});
    CHECK(numbers([](LedgerFilter& f) { f.text = "gmbh"; }) == V{"A2"});
    CHECK(numbers([](LedgerFilter& f) { f.text = "a4"; }) == V{"A4"});
    CHECK(numbers([](LedgerFilter& f) { f.analyst = "bokafor"; }) == V{"A3", "A4"});
    CHECK(numbers([](LedgerFilter& f) { f.analyst = ""; }).empty());
    CHECK(numbers([](LedgerFilter& f) { f.riskClass = "C"; }) == V{"A1"});
    // Overdue above 1,000 whole units: A2 (2,750.25 EUR) and A3 (120,000 JPY).
    CHECK(numbers([](LedgerFilter& f) { f.overdueAboveMajor = 1000; }) == V{"A2", "A3"});
    CHECK(numbers([](LedgerFilter& f) { f.overCreditLimitOnly = true; }) == V{"A1"}); // 1,150.50 > 1,000.00
    CHECK(numbers([](LedgerFilter& f) {
              f.text = "ltd";
              f.overCreditLimitOnly = true;
          }) == V{"A1"});
}
