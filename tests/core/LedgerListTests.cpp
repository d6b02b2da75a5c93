// The ledger list and its filter, on the hand-computed ledger as of
// 2026-06-30 (see tests/core/AgingTests.cpp for the days past due):
//   A1 GBP: INV-1 1,000.00 current, INV-2 200.00 and INV-3 250.50 overdue
//     (oldest 91 days), PAY-1 300.00 unapplied: net overdue 150.50.
//   A2 EUR: R-100 2,000.00 and R-101 750.25 overdue (146 days), R-102
//     400.00 dated 07-05 but open today: balance 3,150.25.
//   A3 JPY: J-1 120,000 overdue (61 days), J-2 20,000 unapplied.
//   A4 GBP: U-3 49.50, 16 days; USD: U-1 99.99 current, U-2 10.01, 119 days.
#include "duedesk/reports/LedgerList.h"
#include "duedesk/reports/LedgerSelection.h"
#include "duedesk/reports/LedgerTotals.h"
#include "duedesk/services/DisputeService.h"
#include "duedesk/services/ExchangeRates.h"
#include "duedesk/services/TeamSettings.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/DocumentRepository.h"
#include "duedesk/storage/UserRepository.h"
#include "storage/sqlite/SqliteLedgerDatabase.h"
#include "support/HandLedger.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace duedesk;
using namespace duedesk::test;

namespace {

const Date kJune30 = Date::ymd(2026, 6, 30);

std::string describe(const LedgerRow& r, const Currency& reporting) {
    const auto money = [&](std::int64_t v) { return Money(v, r.currency).toDecimalString(); };
    return r.number + " " + std::string(r.currency.code()) + " balance " + money(r.balance) + " unapplied " +
           money(r.unapplied) + " overdue " + money(r.overdue) + " net " + money(r.netOverdue) + " oldest " +
           std::to_string(r.oldestDaysPastDue) +
           (r.creditLimit ? " limit " + money(*r.creditLimit) + " use " + std::to_string(*r.creditUsePercent) + "%"
                          : "") +
           " rows " + std::to_string(r.currencyCount) + " | " +
           (r.netOverdueConverted ? Money(*r.netOverdueConverted, reporting).toDecimalString() : "no rate");
}

std::vector<std::string> describeAll(const LedgerListing& listing) {
    std::vector<std::string> out;
    for (const LedgerRow& r : listing.rows) out.push_back(describe(r, listing.reportingCurrency));
    return out;
}

// EUR 0.85 and USD 0.80 to GBP; JPY only as GBP -> JPY 200, read backwards.
void enterRates(LedgerDatabase& db) {
    ExchangeRates rates(db);
    const auto rate = [](const char* from, const char* to, Date day, const char* value) {
        return ExchangeRate{Currency::of(from), Currency::of(to), day, *DecimalRate::parse(value)};
    };
    rates.put(rate("EUR", "GBP", Date::ymd(2026, 5, 1), "0.9"), operatorActor());
    rates.put(rate("EUR", "GBP", Date::ymd(2026, 6, 1), "0.85"), operatorActor());
    rates.put(rate("EUR", "GBP", Date::ymd(2026, 7, 1), "0.7"), operatorActor()); // not yet in force
    rates.put(rate("USD", "GBP", Date::ymd(2026, 6, 1), "0.8"), operatorActor());
    rates.put(rate("GBP", "JPY", Date::ymd(2026, 6, 1), "200"), operatorActor());
}

} // namespace

TEST_CASE("The ledger shows a row per account and currency, with unapplied cash and net overdue", "[ledger]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    // A4 gets a GBP credit limit of 100.00; A3 a EUR one, in a currency it
    // does not owe in, so it gets a EUR row of its own.
    sqliteConnection(*db).exec(
        "UPDATE accounts SET credit_limit = 10000, credit_limit_currency = 'GBP' WHERE number = 'A4';"
        "UPDATE accounts SET credit_limit = 500000, credit_limit_currency = 'EUR' WHERE number = 'A3'");
    const LedgerListing listing = loadLedgerList(*db, kJune30);
    // No reporting currency set: GBP, the currency most accounts owe in
    // (A1, A4); without rates only GBP rows convert.
    CHECK_FALSE(listing.reportingCurrencyIsSet);
    CHECK(listing.reportingCurrency == Currency::of("GBP"));
    CHECK(listing.currenciesWithoutRate ==
          std::vector<Currency>{Currency::of("EUR"), Currency::of("JPY"), Currency::of("USD")});
    CHECK(describeAll(listing) ==
          std::vector<std::string>{
              "A1 GBP balance 1150.50 unapplied 300.00 overdue 450.50 net 150.50 oldest 91 rows 1 | 150.50",
              "A2 EUR balance 3150.25 unapplied 0.00 overdue 2750.25 net 2750.25 oldest 146 rows 1 | no rate",
              "A3 EUR balance 0.00 unapplied 0.00 overdue 0.00 net 0.00 oldest 0 limit 5000.00 use 0% rows 2 | "
              "no rate",
              "A3 JPY balance 100000 unapplied 20000 overdue 120000 net 100000 oldest 61 rows 2 | no rate",
              "A4 GBP balance 49.50 unapplied 0.00 overdue 49.50 net 49.50 oldest 16 limit 100.00 use 49% rows 2 | "
              "49.50",
              "A4 USD balance 110.00 unapplied 0.00 overdue 10.01 net 10.01 oldest 119 rows 2 | no rate",
          });
}

TEST_CASE("Net overdue is converted into the reporting currency at the rates in force", "[ledger][rates]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    enterRates(*db);
    TeamSettings(*db).setReportingCurrency(Currency::of("GBP"), operatorActor());
    const LedgerListing listing = loadLedgerList(*db, kJune30);
    CHECK(listing.reportingCurrencyIsSet);
    CHECK(listing.currenciesWithoutRate.empty());
    // A2 2,750.25 EUR x 0.85 = 2,337.7125 -> 2,337.71; A3 100,000 JPY / 200
    // = 500.00; A4 USD 10.01 x 0.80 = 8.008 -> 8.01.
    CHECK(describeAll(listing) ==
          std::vector<std::string>{
              "A1 GBP balance 1150.50 unapplied 300.00 overdue 450.50 net 150.50 oldest 91 rows 1 | 150.50",
              "A2 EUR balance 3150.25 unapplied 0.00 overdue 2750.25 net 2750.25 oldest 146 rows 1 | 2337.71",
              "A3 JPY balance 100000 unapplied 20000 overdue 120000 net 100000 oldest 61 rows 1 | 500.00",
              "A4 GBP balance 49.50 unapplied 0.00 overdue 49.50 net 49.50 oldest 16 rows 2 | 49.50",
              "A4 USD balance 110.00 unapplied 0.00 overdue 10.01 net 10.01 oldest 119 rows 2 | 8.01",
          });

    // Ranked by net overdue in GBP: 120,000 JPY is not the largest debt.
    LedgerSelection selection;
    selection.setRows(listing.rows);
    selection.sortBy(LedgerColumn::NetOverdue, SortOrder::Descending);
    std::vector<std::string> order;
    for (std::size_t i = 0; i < selection.shownCount(); ++i)
        order.push_back(selection.shown(i).number + " " + std::string(selection.shown(i).currency.code()));
    CHECK(order == std::vector<std::string>{"A2 EUR", "A3 JPY", "A1 GBP", "A4 GBP", "A4 USD"});
    selection.sortBy(LedgerColumn::Overdue, SortOrder::Descending); // 2,337.71; 600.00; 450.50; 49.50; 8.01
    CHECK(selection.shown(1).number == "A3");

    // Totals per currency as owed; the converted total of every row.
    const LedgerTotals totals = totalShownRows(selection, listing.reportingCurrency);
    REQUIRE(totals.perCurrency.size() == 4);
    CHECK(totals.perCurrency[0].currency == Currency::of("EUR"));
    CHECK(totals.perCurrency[0].netOverdue == 275025);
    CHECK(totals.perCurrency[1].currency == Currency::of("GBP"));
    CHECK(totals.perCurrency[1].netOverdue == 15050 + 4950);
    CHECK(totals.perCurrency[1].unapplied == 30000);
    CHECK(totals.perCurrency[2].netOverdue == 100000); // JPY
    CHECK(totals.perCurrency[3].netOverdue == 1001); // USD
    CHECK(totals.netOverdueConverted == 233771 + 50000 + 15050 + 4950 + 801);
    CHECK(totals.rowsWithoutRate == 0);
}

TEST_CASE("Rates: a pair's latest on or before the day, direct before inverted, exact decimals", "[rates]") {
    CHECK(DecimalRate::parse("0.86120")->toString() == "0.8612");
    CHECK(DecimalRate::parse("200")->toString() == "200");
    CHECK(DecimalRate::parse(".5")->toString() == "0.5");
    CHECK_FALSE(DecimalRate::parse("0"));
    CHECK_FALSE(DecimalRate::parse("-1"));
    CHECK_FALSE(DecimalRate::parse("1,2"));
    CHECK_FALSE(DecimalRate::parse("0.1234567890123")); // 13 decimals
    // 1.00 GBP at 150.5 JPY per GBP is 151 JPY (150.5 rounds away from zero).
    CHECK(convertMinorUnits(100, Currency::of("GBP"), Currency::of("JPY"), *DecimalRate::parse("150.5")) == 151);
    CHECK(convertMinorUnits(-100, Currency::of("GBP"), Currency::of("JPY"), *DecimalRate::parse("150.5")) == -151);
    // 1 JPY back at the same rate: 1 / 150.5 GBP = 0.0066 -> 0.01.
    CHECK(convertMinorUnits(1, Currency::of("JPY"), Currency::of("GBP"), *DecimalRate::parse("150.5"), true) == 1);
    // 1.000 BHD (three decimals) at 2.1 GBP.
    CHECK(convertMinorUnits(1000, Currency::of("BHD"), Currency::of("GBP"), *DecimalRate::parse("2.1")) == 210);

    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    enterRates(*db);
    const ExchangeRateTable may = ExchangeRates(*db).tableOn(Date::ymd(2026, 5, 31), Currency::of("GBP"));
    CHECK(may.convert(10000, Currency::of("EUR")) == 9000); // 0.9 until June
    CHECK_FALSE(may.hasRate(Currency::of("USD")));
    const ExchangeRateTable july = ExchangeRates(*db).tableOn(Date::ymd(2026, 7, 1), Currency::of("GBP"));
    CHECK(july.convert(10000, Currency::of("EUR")) == 7000);
    // Into JPY the GBP -> JPY rate is direct; EUR has no rate to JPY.
    const ExchangeRateTable yen = ExchangeRates(*db).tableOn(kJune30, Currency::of("JPY"));
    CHECK(yen.convert(100, Currency::of("GBP")) == 200);
    CHECK_FALSE(yen.convert(100, Currency::of("EUR")));
}

TEST_CASE("The ledger filter combines text, analyst, risk, net overdue and credit limit", "[ledger]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    enterRates(*db);
    sqliteConnection(*db).exec(
        "UPDATE accounts SET credit_limit = 100000, credit_limit_currency = 'GBP', risk_class = 'C' "
        "WHERE number = 'A1'");
    const auto rows = loadLedgerList(*db, kJune30).rows;
    // The numbers of the rows a filter, set up by `set`, accepts.
    const auto numbers = [&](const std::function<void(LedgerFilter&)>& set) {
        LedgerFilter f;
        set(f);
        std::vector<std::string> out;
        for (const LedgerRow& r : rows)
            if (f.accepts(r)) out.push_back(r.number + " " + std::string(r.currency.code()));
        return out;
    };
    using V = std::vector<std::string>;
    CHECK(numbers([](LedgerFilter&) {}) == V{"A1 GBP", "A2 EUR", "A3 JPY", "A4 GBP", "A4 USD"});
    CHECK(numbers([](LedgerFilter& f) { f.text = "gmbh"; }) == V{"A2 EUR"});
    CHECK(numbers([](LedgerFilter& f) { f.text = "a4"; }) == V{"A4 GBP", "A4 USD"});
    CHECK(numbers([](LedgerFilter& f) { f.analyst = "bokafor"; }) == V{"A3 JPY", "A4 GBP", "A4 USD"});
    CHECK(numbers([](LedgerFilter& f) { f.analyst = ""; }).empty());
    CHECK(numbers([](LedgerFilter& f) { f.riskClass = "C"; }) == V{"A1 GBP"});
    // Net overdue above GBP 400.00 converted: A2 (2,337.71) and A3 (500.00),
    // not A1 (its 450.50 overdue less 300.00 unapplied is 150.50).
    CHECK(numbers([](LedgerFilter& f) { f.netOverdueAbove = 40000; }) == V{"A2 EUR", "A3 JPY"});
    CHECK(numbers([](LedgerFilter& f) { f.overCreditLimitOnly = true; }) == V{"A1 GBP"}); // 1,150.50 > 1,000.00
    CHECK(numbers([](LedgerFilter& f) {
              f.text = "ltd";
              f.overCreditLimitOnly = true;
          }) == V{"A1 GBP"});
}

TEST_CASE("The ledger shows disputed money apart, on the day the dispute is active", "[ledger][disputes]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("hand.db"));
    const AccountId a1 = db->accounts().findByNumber("A1")->id;
    const Currency gbp = Currency::of("GBP");
    Dispute d;
    d.accountId = a1;
    d.reason = DisputeReason::Pricing;
    d.owner = "Pricing desk";
    // 150.00 of INV-2 (200.00 open) and all 250.50 of INV-3.
    d.invoices.push_back({db->documents().findByKey(a1, DocumentType::Invoice, "INV-2")->id, "", Money(15000, gbp)});
    d.invoices.push_back({db->documents().findByKey(a1, DocumentType::Invoice, "INV-3")->id, "", Money(25050, gbp)});
    const Actor alice = Actor::person(*db->users().findByName("amorgan"), Date::ymd(2026, 7, 1));
    DisputeService(*db).open(d, alice);

    const auto a1Row = [&](Date asOf) {
        for (const LedgerRow& r : loadLedgerList(*db, asOf).rows)
            if (r.number == "A1") return r;
        FAIL("no row for A1");
        return LedgerRow{};
    };
    CHECK(a1Row(Date::ymd(2026, 6, 30)).disputed == 0); // raised the day after
    const LedgerRow row = a1Row(Date::ymd(2026, 7, 1));
    CHECK(row.disputed == 40050);
    CHECK(row.overdue == 45050); // INV-2 200.00 and INV-3 250.50: the dispute does not hide it
    CHECK(ledgerSortInteger(row, LedgerColumn::Disputed) == *row.disputedConverted);
    for (const LedgerRow& r : loadLedgerList(*db, Date::ymd(2026, 7, 1)).rows)
        if (r.number != "A1") CHECK(r.disputed == 0);
}
