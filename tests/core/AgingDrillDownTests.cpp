// Drill-down from aging cells of the hand ledger (2026-06-30, by analyst).
#include "duedesk/reports/AgingDrillDown.h"
#include "support/HandLedger.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

namespace {
std::vector<std::string> describe(const std::vector<AgingCellItem>& items) {
    std::vector<std::string> out;
    for (const AgingCellItem& i : items)
        out.push_back(i.accountNumber + " " + i.documentNumber + " " + std::to_string(i.daysPastDue) + " " +
                      i.open.toDecimalString());
    return out;
}
} // namespace

TEST_CASE("Drill-down lists the documents behind a cell, adding up to it", "[aging][drill]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    AgingOptions o;
    o.asOf = Date::ymd(2026, 6, 30);
    const AgingTable t = computeAging(*db, o);
    const AgingRow& amorganGbp = t.rows[1];
    REQUIRE(amorganGbp.key == "amorgan");
    CHECK(describe(agingCellItems(*db, o, amorganGbp, 4)) == std::vector<std::string>{"A1 INV-3 91 250.50"});
    CHECK(describe(agingCellItems(*db, o, amorganGbp, 0)) == std::vector<std::string>{"A1 INV-1 0 1000.00"});
    CHECK(describe(agingCellItems(*db, o, amorganGbp, std::nullopt)) == std::vector<std::string>{"A1 PAY-1 0 -300.00"});
    CHECK(agingCellItems(*db, o, amorganGbp, 5).empty());
    // GBP total over every analyst's 1-30: INV-2 (30 days) and U-3 (16), largest first.
    o.grouping = OpenItemGrouping::Currency;
    const AgingTable byCurrency = computeAging(*db, o);
    CHECK(describe(agingCellItems(*db, o, byCurrency.rows[1], 1)) ==
          std::vector<std::string>{"A1 INV-2 30 200.00", "A4 U-3 16 49.50"});
}
