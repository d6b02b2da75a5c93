// The open-item totals kept beside the documents: always equal to a
// recomputation, and aging from them equals aging from every open item.
#include "duedesk/demo/DemoPortfolio.h"
#include "duedesk/reports/AgingReport.h"
#include "duedesk/services/AllocationService.h"
#include "duedesk/services/ImportService.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/DocumentRepository.h"
#include "duedesk/storage/OpenItemTotalsQuery.h"
#include "duedesk/storage/UnitOfWork.h"
#include "storage/sqlite/SqliteLedgerDatabase.h"
#include "support/AgingExpect.h"
#include "support/HandLedger.h"
#include "support/TestSupport.h"

#include <sqlite3.h>

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

namespace {

AgingOptions options(Date asOf, OpenItemGrouping grouping) {
    AgingOptions o;
    o.asOf = asOf;
    o.grouping = grouping;
    return o;
}

// Both ways agree, row for row, for every grouping the totals serve.
void requireSameAgingBothWays(LedgerDatabase& db, Date asOf) {
    for (auto grouping : {OpenItemGrouping::Analyst, OpenItemGrouping::Currency, OpenItemGrouping::RiskClass}) {
        const AgingTable items = computeAgingFromItems(db, options(asOf, grouping));
        const AgingTable totals = computeAgingFromTotals(db, options(asOf, grouping));
        CHECK(describeRows(totals.rows) == describeRows(items.rows));
        CHECK(describeRows(totals.totals) == describeRows(items.totals));
        CHECK(totals.source == AgingSource::OpenItemTotals);
    }
}

const Date kAugust1 = Date::ymd(2026, 8, 1);

} // namespace

TEST_CASE("Totals equal the documents after import, allocation, changes and snapshot", "[totals]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    OpenItemTotalsQuery& totals = db->openItemTotals();
    CHECK(totals.countMismatches() == 0);
    requireSameAgingBothWays(*db, kAugust1);

    // An allocation (open amounts change by trigger).
    const AccountId a1 = db->accounts().findByNumber("A1")->id;
    DocumentRepository& documents = db->documents();
    AllocationService(*db).allocate(documents.findByKey(a1, DocumentType::Payment, "PAY-1")->id,
                                    documents.findByKey(a1, DocumentType::Invoice, "INV-1")->id,
                                    Money(30000, Currency::of("GBP")), Date::ymd(2026, 7, 2), operatorActor());
    CHECK(totals.countMismatches() == 0);
    requireSameAgingBothWays(*db, kAugust1);

    // A changed open amount, a changed due date and a reassigned analyst.
    ImportOptions o;
    o.effectiveOn = Date::ymd(2026, 7, 15);
    ImportService(*db).importText(
        "account,account_name,document,type,document_date,due_date,currency,amount,open_amount,analyst\n"
        "A1,Acme Ltd,INV-2,invoice,2026-05-01,2026-06-15,GBP,500.00,50.00,bokafor\n",
        "change.csv", genericMapping(), o, operatorActor());
    CHECK(totals.countMismatches() == 0);
    requireSameAgingBothWays(*db, kAugust1);

    // A snapshot closing most of the ledger.
    o.effectiveOn = Date::ymd(2026, 7, 31);
    o.snapshot = true;
    ImportService(*db).importFile(testDataPath("hand-ledger-snapshot.csv"), genericMapping(), o, operatorActor());
    CHECK(totals.countMismatches() == 0);
    requireSameAgingBothWays(*db, kAugust1);
}

TEST_CASE("A re-rated account moves its totals", "[totals]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    sqliteConnection(*db).exec("UPDATE accounts SET risk_class = 'C' WHERE number = 'A2'");
    CHECK(db->openItemTotals().countMismatches() == 0);
    const AgingTable t = computeAgingFromTotals(*db, options(kAugust1, OpenItemGrouping::RiskClass));
    REQUIRE(t.rows.size() == 4);
    // On August 1: INV-1 31 days and U-3 48 days past due (31-60), INV-2 62
    // (61-90), INV-3 123 (121+); PAY-1 unapplied.
    CHECK(describeRow(t.rows[0]) == "(unrated) GBP | 0.00 0.00 1049.50 200.00 0.00 250.50 | -300.00 | 1200.00");
    CHECK(t.rows[3].key == "C");
    CHECK(describeRow(t.rows[3]) == "C EUR | 400.00 0.00 0.00 2000.00 0.00 750.25 | 0.00 | 3150.25");
}

TEST_CASE("Aging reads the totals only when they are exact", "[totals]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    OpenItemTotalsQuery& totals = db->openItemTotals();
    // R-102 is dated 2026-07-05 and open: before then the totals overstate.
    CHECK_FALSE(totals.coversDate(Date::ymd(2026, 7, 4)));
    CHECK(totals.coversDate(Date::ymd(2026, 7, 5)));
    CHECK(computeAging(*db, options(Date::ymd(2026, 6, 30), OpenItemGrouping::Analyst)).source ==
          AgingSource::OpenItems);
    CHECK(computeAging(*db, options(kAugust1, OpenItemGrouping::Analyst)).source == AgingSource::OpenItemTotals);
    CHECK(computeAging(*db, options(kAugust1, OpenItemGrouping::Account)).source == AgingSource::OpenItems);
    AgingOptions documentBasis = options(kAugust1, OpenItemGrouping::Analyst);
    documentBasis.basis = AgingBasis::DocumentDate;
    CHECK(computeAging(*db, documentBasis).source == AgingSource::OpenItems);

    // A movement dated later makes earlier dates need the history.
    const AccountId a1 = db->accounts().findByNumber("A1")->id;
    DocumentRepository& documents = db->documents();
    AllocationService(*db).allocate(documents.findByKey(a1, DocumentType::Payment, "PAY-1")->id,
                                    documents.findByKey(a1, DocumentType::Invoice, "INV-1")->id,
                                    Money(100, Currency::of("GBP")), Date::ymd(2026, 8, 10), operatorActor());
    CHECK_FALSE(totals.coversDate(kAugust1));
    CHECK(totals.coversDate(Date::ymd(2026, 8, 10)));
}

TEST_CASE("Totals equal the items on a generated ledger", "[totals]") {
    TempDir dir;
    auto db = LedgerDatabase::open(dir.file("demo.db"));
    DemoOptions demo;
    demo.accounts = 300;
    demo.invoices = 6000;
    demo.seed = 11;
    demo.asOf = Date::ymd(2026, 11, 23);
    generateDemoPortfolio(*db, demo);
    OpenItemTotalsQuery& totals = db->openItemTotals();
    CHECK(totals.countMismatches() == 0);
    CHECK(totals.coversDate(demo.asOf));
    requireSameAgingBothWays(*db, demo.asOf);
    // And the default path picks the totals for today's aging by analyst.
    CHECK(computeAging(*db, options(demo.asOf, OpenItemGrouping::Analyst)).source == AgingSource::OpenItemTotals);
}

TEST_CASE("A version 1 ledger gains correct totals when migrated", "[totals][storage]") {
    TempDir dir;
    const std::string path = dir.file("v1.db");
    SqliteLedgerDatabase::openWithMigrations(path, LedgerDatabase::OpenMode::CreateIfMissing,
                                             SqliteLedgerDatabase::migrations(), 1);
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &raw) == SQLITE_OK);
    const char* v1Data =
        "INSERT INTO users (id, name, role) VALUES (1, 'amorgan', 'analyst');"
        "INSERT INTO accounts (id, number, name, risk_class, analyst_id) VALUES (1, 'A1', 'Acme', 'B', 1), (2, 'A2', "
        "'Bravo', '', NULL);"
        "INSERT INTO documents (account_id, type, number, document_date, due_date, currency, amount, open_amount) "
        "VALUES "
        " (1, 1, 'I1', 20600, 20630, 'GBP', 10000, 10000), (1, 1, 'I2', 20600, 20630, 'GBP', 5000, 2500),"
        " (1, 3, 'P1', 20610, 20610, 'GBP', 700, 700), (2, 1, 'I3', 20500, 20530, 'EUR', 999, 999),"
        " (2, 1, 'I4', 20500, 20530, 'EUR', 111, 0);"
        "INSERT INTO document_movements (document_id, effective_on, open_change, cause) VALUES (2, 20640, -2500, "
        "'import');";
    REQUIRE(sqlite3_exec(raw, v1Data, nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(raw);

    auto db = LedgerDatabase::open(path);
    CHECK(db->schemaVersion() == LedgerDatabase::currentSchemaVersion());
    CHECK(db->openItemTotals().countMismatches() == 0);
    CHECK(sqliteConnection(*db).queryInt("SELECT latest_movement_on FROM ledger_state") == 20640);
    // amorgan GBP due 20630: 100.00 + 25.00 = 125.00 in one total.
    CHECK(sqliteConnection(*db).queryInt(
              "SELECT open_total FROM open_item_totals WHERE analyst_id = 1 AND is_debit = 1") == 12500);
    requireSameAgingBothWays(*db, Date::fromDayNumber(20700));
}

TEST_CASE("An account reassigned mid-import keeps its totals exact", "[totals]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    ImportOptions o;
    o.effectiveOn = Date::ymd(2026, 7, 1);
    // D1 is buffered under amorgan; line 3 moves B1 to bokafor before the
    // buffer is written, then adds D2.
    const ImportResult r = ImportService(*db).importText(
        "account,account_name,document,type,document_date,due_date,currency,amount,analyst\n"
        "B1,Beta Ltd,D1,invoice,2026-06-01,2026-07-01,GBP,10.00,amorgan\n"
        "B1,Beta Ltd,D2,invoice,2026-06-01,2026-07-01,GBP,20.00,bokafor\n",
        "move.csv", genericMapping(), o, operatorActor());
    REQUIRE(r.outcome == ImportOutcome::Imported);
    CHECK(db->openItemTotals().countMismatches() == 0);
    const AgingTable t = computeAgingFromTotals(*db, options(kAugust1, OpenItemGrouping::Analyst));
    // bokafor's GBP: U-3 49.50 (48 days) and B1's 30.00 (31 days) in 31-60.
    CHECK(describeRow(t.rows[2]) == "bokafor GBP | 0.00 0.00 79.50 0.00 0.00 0.00 | 0.00 | 79.50");
    requireSameAgingBothWays(*db, kAugust1);
}

TEST_CASE("A rolled-back import leaves no buffered totals behind", "[totals]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const std::string before = dumpDatabase(db->path());
    ImportOptions o;
    o.effectiveOn = Date::ymd(2026, 7, 1);
    o.dryRun = true;
    ImportService(*db).importText("account,account_name,document,type,document_date,due_date,currency,amount\n"
                                  "B1,Beta Ltd,D1,invoice,2026-06-01,2026-07-01,GBP,10.00\n",
                                  "dry.csv", genericMapping(), o, operatorActor());
    // A later, committed write must not carry the dry run's additions.
    AllocationService(*db).allocate(
        db->documents().findByKey(db->accounts().findByNumber("A1")->id, DocumentType::Payment, "PAY-1")->id,
        db->documents().findByKey(db->accounts().findByNumber("A1")->id, DocumentType::Invoice, "INV-1")->id,
        Money(100, Currency::of("GBP")), Date::ymd(2026, 7, 2), operatorActor());
    CHECK(db->openItemTotals().countMismatches() == 0);
    CHECK(dumpDatabase(db->path()) != before);
}
