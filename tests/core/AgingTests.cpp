// Aging of the hand-computed ledger (tests/data/hand-ledger.csv). Every
// expected amount below was worked out by hand from the file:
//   as of 2026-06-30, days past due: INV-1 -1, INV-2 30, INV-3 91,
//   R-100 51, R-101 146, J-1 61, U-1 -30, U-2 119, U-3 16;
//   R-102 is dated 2026-07-05 and not yet posted.
#include "duedesk/reports/AgingReport.h"
#include "support/AgingExpect.h"
#include "support/HandLedger.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

namespace {
AgingTable age(LedgerDatabase& db, Date asOf, OpenItemGrouping by, AgingBasis basis = AgingBasis::DueDate,
               AgingBuckets buckets = AgingBuckets::standard()) {
    AgingOptions o;
    o.asOf = asOf;
    o.grouping = by;
    o.basis = basis;
    o.buckets = buckets;
    return computeAging(db, o);
}
const Date kJune30 = Date::ymd(2026, 6, 30);
} // namespace

TEST_CASE("Aging by analyst sorts open items into due-date buckets per currency", "[aging]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const AgingTable t = age(*db, kJune30, OpenItemGrouping::Analyst);
    //                                    current  1-30  31-60  61-90  91-120  121+ | unapplied | total
    CHECK(describeRows(t.rows) == std::vector<std::string>{
                                      "amorgan EUR | 0.00 0.00 2000.00 0.00 0.00 750.25 | 0.00 | 2750.25",
                                      "amorgan GBP | 1000.00 200.00 0.00 0.00 250.50 0.00 | -300.00 | 1150.50",
                                      "bokafor GBP | 0.00 49.50 0.00 0.00 0.00 0.00 | 0.00 | 49.50",
                                      "bokafor JPY | 0 0 0 120000 0 0 | -20000 | 100000",
                                      "bokafor USD | 99.99 0.00 0.00 0.00 10.01 0.00 | 0.00 | 110.00",
                                  });
    CHECK(describeRows(t.totals) == std::vector<std::string>{
                                        "Total EUR | 0.00 0.00 2000.00 0.00 0.00 750.25 | 0.00 | 2750.25",
                                        "Total GBP | 1000.00 249.50 0.00 0.00 250.50 0.00 | -300.00 | 1200.00",
                                        "Total JPY | 0 0 0 120000 0 0 | -20000 | 100000",
                                        "Total USD | 99.99 0.00 0.00 0.00 10.01 0.00 | 0.00 | 110.00",
                                    });
}

TEST_CASE("Aging by account keeps an account's currencies apart", "[aging]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const AgingTable t = age(*db, kJune30, OpenItemGrouping::Account);
    CHECK(describeRows(t.rows) == std::vector<std::string>{
                                      "A1 GBP | 1000.00 200.00 0.00 0.00 250.50 0.00 | -300.00 | 1150.50",
                                      "A2 EUR | 0.00 0.00 2000.00 0.00 0.00 750.25 | 0.00 | 2750.25",
                                      "A3 JPY | 0 0 0 120000 0 0 | -20000 | 100000",
                                      "A4 GBP | 0.00 49.50 0.00 0.00 0.00 0.00 | 0.00 | 49.50",
                                      "A4 USD | 99.99 0.00 0.00 0.00 10.01 0.00 | 0.00 | 110.00",
                                  });
    REQUIRE(t.rows.size() == 5);
    CHECK(t.rows[3].label == "Delta Supplies, Inc.");
}

TEST_CASE("Custom buckets by currency", "[aging]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    // GBP: INV-1 current; INV-2 (30) and U-3 (16) in 16-45; INV-3 (91) in 46+.
    const AgingTable t =
        age(*db, kJune30, OpenItemGrouping::Currency, AgingBasis::DueDate, *AgingBuckets::parse("15,45"));
    CHECK(describeRows(t.rows) == std::vector<std::string>{
                                      "EUR EUR | 0.00 0.00 0.00 2750.25 | 0.00 | 2750.25",
                                      "GBP GBP | 1000.00 0.00 249.50 250.50 | -300.00 | 1200.00",
                                      "JPY JPY | 0 0 0 120000 | -20000 | 100000",
                                      "USD USD | 99.99 0.00 0.00 10.01 | 0.00 | 110.00",
                                  });
}

TEST_CASE("Document-date basis counts days from the document date", "[aging]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    // GBP days since document: INV-1 29, INV-2 60, INV-3 121, U-3 46.
    // EUR: R-100 81, R-101 176. JPY: J-1 90. USD: U-1 0, U-2 149.
    const AgingTable t = age(*db, kJune30, OpenItemGrouping::Currency, AgingBasis::DocumentDate);
    CHECK(describeRows(t.rows) == std::vector<std::string>{
                                      "EUR EUR | 0.00 0.00 0.00 2000.00 0.00 750.25 | 0.00 | 2750.25",
                                      "GBP GBP | 0.00 1000.00 249.50 0.00 0.00 250.50 | -300.00 | 1200.00",
                                      "JPY JPY | 0 0 0 120000 0 0 | -20000 | 100000",
                                      "USD USD | 99.99 0.00 0.00 0.00 0.00 10.01 | 0.00 | 110.00",
                                  });
}

TEST_CASE("Aging as of a past date uses only what was posted by then", "[aging]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    // On 2026-03-15 only R-101 (due 02-04: 39 days), U-2 (due 03-03: 12
    // days) and INV-3 (due 03-31: not yet due) had been posted.
    const AgingTable t = age(*db, Date::ymd(2026, 3, 15), OpenItemGrouping::Currency);
    CHECK(describeRows(t.rows) == std::vector<std::string>{
                                      "EUR EUR | 0.00 0.00 750.25 0.00 0.00 0.00 | 0.00 | 750.25",
                                      "GBP GBP | 250.50 0.00 0.00 0.00 0.00 0.00 | 0.00 | 250.50",
                                      "USD USD | 0.00 10.01 0.00 0.00 0.00 0.00 | 0.00 | 10.01",
                                  });
    // Before anything was posted the table is empty.
    CHECK(age(*db, Date::ymd(2025, 12, 31), OpenItemGrouping::Analyst).rows.empty());
}

TEST_CASE("Aging by risk class names unrated accounts", "[aging]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const AgingTable t = age(*db, kJune30, OpenItemGrouping::RiskClass);
    CHECK(describeRows(t.rows) == std::vector<std::string>{
                                      "(unrated) EUR | 0.00 0.00 2000.00 0.00 0.00 750.25 | 0.00 | 2750.25",
                                      "(unrated) GBP | 1000.00 249.50 0.00 0.00 250.50 0.00 | -300.00 | 1200.00",
                                      "(unrated) JPY | 0 0 0 120000 0 0 | -20000 | 100000",
                                      "(unrated) USD | 99.99 0.00 0.00 0.00 10.01 0.00 | 0.00 | 110.00",
                                  });
}
