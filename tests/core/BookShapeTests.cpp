// The book's shape: aging shares, unapplied cash, DSO and credit use,
// worked out by hand for the hand ledger, and the demo book held to the
// shape of a typical business-to-business ledger.
#include "duedesk/demo/DemoPortfolio.h"
#include "duedesk/reports/BookShape.h"
#include "duedesk/reports/DaysSalesOutstanding.h"
#include "storage/sqlite/SqliteLedgerDatabase.h"
#include "support/HandLedger.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

namespace {

std::string shares(const CurrencyShape& s) {
    std::string out;
    for (std::size_t i = 0; i < s.buckets.size(); ++i) out += (i ? " " : "") + formatTenths(s.shareTenths(i));
    return out;
}

const CurrencyShape& shapeIn(const BookShape& shape, std::string_view code) {
    for (const CurrencyShape& s : shape.currencies)
        if (s.currency.code() == code) return s;
    FAIL("no currency " << code);
    throw;
}

} // namespace

TEST_CASE("DSO is receivables over credit sales times the period, in tenths of a day", "[shape]") {
    CHECK(daysSalesOutstandingTenths(120000, 149950) == 720); // 72.02 days
    CHECK(daysSalesOutstandingTenths(1, 3, 90) == 300);
    CHECK(daysSalesOutstandingTenths(5, 3, 1) == 17); // 1.666.. days rounds to 1.7
    CHECK(daysSalesOutstandingTenths(1, 4, 1) == 3); // 0.25 days rounds half up to 0.3
    CHECK(daysSalesOutstandingTenths(-100, 900) == -100);
    CHECK(daysSalesOutstandingTenths(100, 0) == std::nullopt);
    // A book too large for 64-bit intermediates.
    CHECK(daysSalesOutstandingTenths(4'000'000'000'000'000'000, 8'000'000'000'000'000'000) == 450);
}

// As of 2026-06-30 (days past due: INV-1 -1, INV-2 30, INV-3 91, R-100 51,
// R-101 146, J-1 61, U-1 -30, U-2 119, U-3 16; R-102 not yet posted).
// The DSO period is 2026-04-02 to 2026-06-30.
TEST_CASE("The hand ledger's shape, worked out by hand", "[shape]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    // A1 owes GBP 1,150.50 against 1,000 (over); A2 EUR 2,750.25 against
    // 10,000 (27.5%); A4 USD 110.00 against 1,000 (11%; its GBP does not
    // count against a USD limit); A3 has no limit.
    sqliteConnection(*db).exec("UPDATE accounts SET credit_limit = 100000, credit_limit_currency = 'GBP' "
                               "WHERE number = 'A1';"
                               "UPDATE accounts SET credit_limit = 1000000, credit_limit_currency = 'EUR' "
                               "WHERE number = 'A2';"
                               "UPDATE accounts SET credit_limit = 100000, credit_limit_currency = 'USD' "
                               "WHERE number = 'A4';");
    const BookShape shape = describeBook(*db, Date::ymd(2026, 6, 30));
    CHECK(shape.accounts == 4);
    CHECK(shape.onHold == 0);
    REQUIRE(shape.currencies.size() == 4);

    // GBP: current INV-1 1,000.00; 1-30 INV-2 200.00 + U-3 49.50; 91-180
    // INV-3 250.50; of 1,500.00. Unapplied PAY-1 300.00. Sales: INV-1
    // 1,000.00 + INV-2 500.00 + U-3 49.50 - CN-1 50.00 = 1,499.50, so DSO
    // = 1,200.00 / 1,499.50 x 90 = 72.02.
    const CurrencyShape& gbp = shapeIn(shape, "GBP");
    CHECK(gbp.buckets == std::vector<std::int64_t>{100000, 24950, 0, 0, 25050, 0});
    CHECK(shares(gbp) == "66.7 16.6 0.0 0.0 16.7 0.0");
    CHECK(gbp.unapplied == -30000);
    CHECK(gbp.receivables() == 120000);
    CHECK(gbp.creditSales == 149950);
    CHECK(gbp.dsoTenths() == 720);
    CHECK(gbp.accountsOwing == 2);
    CHECK(gbp.accountsInLastBucket == 0);

    // EUR: 31-60 R-100 2,000.00, 91-180 R-101 750.25; sales R-100 only:
    // 2,750.25 / 2,000.00 x 90 = 123.76.
    const CurrencyShape& eur = shapeIn(shape, "EUR");
    CHECK(shares(eur) == "0.0 0.0 72.7 0.0 27.3 0.0");
    CHECK(eur.dsoTenths() == 1238);

    // JPY: J-1 is dated 2026-04-01, a day before the period: no sales, no DSO.
    const CurrencyShape& jpy = shapeIn(shape, "JPY");
    CHECK(shares(jpy) == "0.0 0.0 0.0 100.0 0.0 0.0");
    CHECK(jpy.receivables() == 100000);
    CHECK(jpy.dsoTenths() == std::nullopt);

    // USD: current U-1 99.99, 91-180 U-2 10.01; sales U-1: 110.00 / 99.99 x 90 = 99.01.
    const CurrencyShape& usd = shapeIn(shape, "USD");
    CHECK(shares(usd) == "90.9 0.0 0.0 0.0 9.1 0.0");
    CHECK(usd.dsoTenths() == 990);

    CHECK(shape.creditUse.withLimit == 3);
    CHECK(shape.creditUse.under20 == 1);
    CHECK(shape.creditUse.from20to90 == 1);
    CHECK(shape.creditUse.from90to100 == 0);
    CHECK(shape.creditUse.overLimit == 1);

    CHECK(renderBookShape(shape) ==
          "Book as of 2026-06-30: 4 accounts, 0 on hold\n"
          "\n"
          "Currency  Open invoices  current   1-30  31-60   61-90  91-180  181+  Unapplied  DSO (days)  Owing  Over "
          "180\n"
          "EUR            2,750.25     0.0%   0.0%  72.7%    0.0%   27.3%  0.0%       0.0%       123.8      1         "
          "0\n"
          "GBP            1,500.00    66.7%  16.6%   0.0%    0.0%   16.7%  0.0%     -20.0%        72.0      2         "
          "0\n"
          "JPY             120,000     0.0%   0.0%   0.0%  100.0%    0.0%  0.0%     -16.7%           -      1         "
          "0\n"
          "USD              110.00    90.9%   0.0%   0.0%    0.0%    9.1%  0.0%       0.0%        99.0      1         "
          "0\n"
          "\n"
          "Shares are of open invoices; unapplied cash is shown beside them. DSO: receivables / credit sales of the "
          "last 90 days x 90.\n"
          "Credit limits: 3 accounts with a limit; using under 20%: 1, 20-90%: 1, 90-100%: 0, over the limit: 1\n");
}

// The book a new user opens on first start (2,000 accounts, 60,000
// invoices, seed 1), held to the shape of a typical business-to-business
// ledger in every currency.
TEST_CASE("The demo book is shaped like a real one", "[shape][demo]") {
    TempDir dir;
    auto db = LedgerDatabase::open(dir.file("demo.db"));
    DemoOptions options;
    options.accounts = 2000;
    options.invoices = 60000;
    options.seed = 1;
    options.asOf = Date::ymd(2026, 11, 23);
    generateDemoPortfolio(*db, options);
    const BookShape shape = describeBook(*db, options.asOf);

    REQUIRE(shape.currencies.size() == 3);
    std::int64_t accountsWithOldDebt = 0;
    for (const CurrencyShape& s : shape.currencies) {
        INFO(s.currency.code() << ": " << shares(s));
        const auto share = [&](std::size_t bucket) { return s.shareTenths(bucket); };
        CHECK(share(0) >= 550);
        CHECK(share(0) <= 700);
        CHECK(share(1) >= 150);
        CHECK(share(1) <= 250);
        CHECK(share(2) >= 50);
        CHECK(share(2) <= 100);
        CHECK(share(3) >= 20);
        CHECK(share(3) <= 50);
        CHECK(share(4) + share(5) >= 30);
        CHECK(share(4) + share(5) <= 80);
        REQUIRE(s.dsoTenths());
        CHECK(*s.dsoTenths() >= 400);
        CHECK(*s.dsoTenths() <= 650);
        // Some cash waits to be applied, but it is not a large part of the book.
        CHECK(s.unapplied < 0);
        CHECK(-s.unapplied * 100 < s.openInvoices() * 3);
        accountsWithOldDebt += s.accountsInLastBucket;
    }
    // Only a few problem accounts hold debt over 180 days past due.
    CHECK(accountsWithOldDebt > 0);
    CHECK(accountsWithOldDebt * 100 <= shape.accounts * 3);

    // Most accounts use 20-90% of their limit; a few are over it.
    const CreditUse& use = shape.creditUse;
    CHECK(use.withLimit == 2000);
    CHECK(use.from20to90 * 2 > use.withLimit);
    CHECK(use.overLimit > 0);
    CHECK(use.overLimit * 100 <= use.withLimit * 12);
    CHECK(shape.onHold > 0);
}
