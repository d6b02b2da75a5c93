// Generic import of good files: what it creates, idempotent re-import,
// dated changes of open amounts, snapshot closing and dry runs.
#include "duedesk/importing/ImportMapping.h"
#include "duedesk/reports/AgingReport.h"
#include "duedesk/services/ImportService.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/DiaryRepository.h"
#include "duedesk/storage/DocumentRepository.h"
#include "duedesk/storage/ImportRunRepository.h"
#include "duedesk/storage/UserRepository.h"
#include "support/AgingExpect.h"
#include "support/HandLedger.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

namespace {

ImportResult importFile(LedgerDatabase& db, const std::string& name, Date effective, bool snapshot = false,
                        bool dryRun = false) {
    ImportOptions o;
    o.effectiveOn = effective;
    o.snapshot = snapshot;
    o.dryRun = dryRun;
    return ImportService(db).importFile(testDataPath(name), genericMapping(), o, operatorActor());
}

std::vector<std::string> agingByAccount(LedgerDatabase& db, Date asOf) {
    AgingOptions o;
    o.asOf = asOf;
    o.grouping = OpenItemGrouping::Account;
    return describeRows(computeAging(db, o).rows);
}

const std::vector<std::string> kHandLedgerJune30 = {
    "A1 GBP | 1000.00 200.00 0.00 0.00 250.50 0.00 | -300.00 | 1150.50",
    "A2 EUR | 0.00 0.00 2000.00 0.00 0.00 750.25 | 0.00 | 2750.25",
    "A3 JPY | 0 0 0 120000 0 0 | -20000 | 100000",
    "A4 GBP | 0.00 49.50 0.00 0.00 0.00 0.00 | 0.00 | 49.50",
    "A4 USD | 99.99 0.00 0.00 0.00 10.01 0.00 | 0.00 | 110.00",
};

} // namespace

TEST_CASE("A generic import creates the accounts and documents of the file", "[import]") {
    TempDir dir;
    auto db = LedgerDatabase::open(dir.file("ledger.db"));
    db->users().add({0, "amorgan", "Alice Morgan", Role::Analyst, true, std::nullopt, false});
    db->users().add({0, "bokafor", "Ben Okafor", Role::Analyst, true, std::nullopt, false});

    const ImportResult r = importFile(*db, "hand-ledger.csv", Date::ymd(2026, 6, 30));
    REQUIRE(r.outcome == ImportOutcome::Imported);
    CHECK(r.counts.rowsRead == 13);
    CHECK(r.counts.accountsCreated == 4);
    CHECK(r.counts.documentsCreated == 13);
    CHECK(r.counts.documentsUpdated == 0);

    AccountRepository& accounts = db->accounts();
    const auto delta = accounts.findByNumber("A4");
    REQUIRE(delta);
    CHECK(delta->name == "Delta Supplies, Inc.");
    CHECK(delta->analystId == db->users().findByName("bokafor")->id);

    DocumentRepository& documents = db->documents();
    const auto acme = accounts.findByNumber("A1");
    const auto inv2 = documents.findByKey(acme->id, DocumentType::Invoice, "INV-2");
    REQUIRE(inv2);
    CHECK(inv2->amount == Money(50000, Currency::of("GBP")));
    CHECK(inv2->openAmount == Money(20000, Currency::of("GBP")));
    CHECK(inv2->dueDate.toIso() == "2026-05-31");
    CHECK(inv2->reference == "PO-2");
    const auto pay1 = documents.findByKey(acme->id, DocumentType::Payment, "PAY-1");
    REQUIRE(pay1);
    CHECK(pay1->dueDate.toIso() == "2026-06-15"); // defaults to the document date
    CHECK(documents.count() == 13);
    CHECK(db->importRuns().count() == 1);
    CHECK(agingByAccount(*db, Date::ymd(2026, 6, 30)) == kHandLedgerJune30);
}

TEST_CASE("Importing the same file twice changes nothing", "[import]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const std::string before = dumpDatabase(db->path());
    const ImportResult r = importFile(*db, "hand-ledger.csv", Date::ymd(2026, 7, 1));
    CHECK(r.outcome == ImportOutcome::Unchanged);
    CHECK(r.counts.documentsUnchanged == 13);
    CHECK(r.counts.documentsCreated == 0);
    CHECK(dumpDatabase(db->path()) == before);
}

TEST_CASE("A changed open amount is a dated movement and the past stays reconstructible", "[import]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const ImportResult r = importFile(*db, "hand-ledger-update.csv", Date::ymd(2026, 7, 15));
    REQUIRE(r.outcome == ImportOutcome::Imported);
    CHECK(r.counts.documentsUpdated == 2);
    CHECK(r.counts.documentsUnchanged == 0);

    // The ledger as it stood on June 30 is unchanged...
    CHECK(agingByAccount(*db, Date::ymd(2026, 6, 30)) == kHandLedgerJune30);
    // ...and on July 15 INV-1 has 400.00 open (14 days past due), INV-2 is paid.
    CHECK(agingByAccount(*db, Date::ymd(2026, 7, 15)).front() ==
          "A1 GBP | 0.00 400.00 0.00 0.00 250.50 0.00 | -300.00 | 350.50");
    // The day before the change still shows the old amounts.
    CHECK(agingByAccount(*db, Date::ymd(2026, 7, 14)).front() ==
          "A1 GBP | 0.00 1000.00 200.00 0.00 250.50 0.00 | -300.00 | 1150.50");
}

TEST_CASE("A snapshot closes every open item it does not list", "[import]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const ImportResult r = importFile(*db, "hand-ledger-snapshot.csv", Date::ymd(2026, 7, 31), true);
    REQUIRE(r.outcome == ImportOutcome::Imported);
    // 12 documents were open; INV-3 and R-102 are listed.
    CHECK(r.counts.documentsClosed == 10);
    CHECK(r.counts.documentsUnchanged == 2);
    // INV-3 is 122 days past due; R-102 is not due until August 4.
    CHECK(agingByAccount(*db, Date::ymd(2026, 7, 31)) ==
          std::vector<std::string>{"A1 GBP | 0.00 0.00 0.00 0.00 0.00 250.50 | 0.00 | 250.50",
                                   "A2 EUR | 400.00 0.00 0.00 0.00 0.00 0.00 | 0.00 | 400.00"});
    CHECK(agingByAccount(*db, Date::ymd(2026, 6, 30)) == kHandLedgerJune30);

    // The same snapshot again changes nothing.
    const std::string before = dumpDatabase(db->path());
    CHECK(importFile(*db, "hand-ledger-snapshot.csv", Date::ymd(2026, 7, 31), true).outcome ==
          ImportOutcome::Unchanged);
    CHECK(dumpDatabase(db->path()) == before);
}

TEST_CASE("A dry run reports what would change and writes nothing", "[import]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const std::string before = dumpDatabase(db->path());
    const ImportResult r = importFile(*db, "hand-ledger-snapshot.csv", Date::ymd(2026, 7, 31), true, true);
    CHECK(r.outcome == ImportOutcome::DryRun);
    CHECK(r.counts.documentsClosed == 10);
    CHECK(dumpDatabase(db->path()) == before);
}

TEST_CASE("Byte order mark, CRLF, header case and column order do not matter", "[import]") {
    TempDir dir;
    auto db = LedgerDatabase::open(dir.file("ledger.db"));
    const std::string text = "\xEF\xBB\xBF"
                             "Currency,AMOUNT,Type,Document,Account,Account_Name,Document_Date,Due_Date\r\n"
                             "EUR,12.5,Invoice,F-1,K1,Müller & Söhne GmbH,2026-06-01,2026-06-30\r\n";
    ImportOptions o;
    o.effectiveOn = Date::ymd(2026, 6, 30);
    const ImportResult r = ImportService(*db).importText(text, "mixed.csv", genericMapping(), o, operatorActor());
    REQUIRE(r.outcome == ImportOutcome::Imported);
    const auto account = db->accounts().findByNumber("K1");
    REQUIRE(account);
    CHECK(account->name == "Müller & Söhne GmbH");
    const auto doc = db->documents().findByKey(account->id, DocumentType::Invoice, "F-1");
    REQUIRE(doc);
    CHECK(doc->amount == Money(1250, Currency::of("EUR")));
}

TEST_CASE("The analyst column reassigns an account and a name change renames it", "[import]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const UserId amorgan = db->users().findByName("amorgan")->id;
    const AccountId a1Id = db->accounts().findByNumber("A1")->id;
    // amorgan's follow-up on A1, open when the file moves A1 to bokafor.
    DiaryEntry followUp;
    followUp.accountId = a1Id;
    followUp.dueOn = Date::ymd(2026, 7, 3);
    followUp.ownerId = amorgan;
    followUp.createdOn = Date::ymd(2026, 6, 30);
    db->diary().add(followUp);
    ImportOptions o;
    o.effectiveOn = Date::ymd(2026, 7, 1);
    const ImportResult r = ImportService(*db).importText(
        "account,account_name,document,type,document_date,due_date,currency,amount,analyst\n"
        "A1,Acme Holdings Ltd,INV-1,invoice,2026-06-01,2026-07-01,GBP,1000.00,bokafor\n",
        "move.csv", genericMapping(), o, operatorActor());
    REQUIRE(r.outcome == ImportOutcome::Imported);
    CHECK(r.counts.accountsUpdated == 1);
    CHECK(r.counts.documentsUnchanged == 1);
    const auto a1 = db->accounts().findByNumber("A1");
    CHECK(a1->name == "Acme Holdings Ltd");
    const UserId bokafor = db->users().findByName("bokafor")->id;
    CHECK(a1->analystId == bokafor);
    // The diary goes with the account, and the change is on record as the
    // file's (no one in particular) on the import's day.
    CHECK(db->diary().forAccount(a1Id).at(0).ownerId == bokafor);
    CHECK(db->diary().assignmentsForAccount(a1Id) ==
          std::vector<AssignmentChange>{{1, a1Id, amorgan, bokafor, Date::ymd(2026, 7, 1), std::nullopt}});
}

TEST_CASE("A cancelled import leaves the database as it was", "[import]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const std::string before = dumpDatabase(db->path());
    std::string text = "account,account_name,document,type,document_date,due_date,currency,amount\n";
    for (int i = 0; i < 20000; ++i)
        text += "B" + std::to_string(i % 50) + ",Bulk Ltd,D" + std::to_string(i) +
                ",invoice,2026-06-01,2026-07-01,GBP,1.00\n";
    ImportOptions o;
    o.effectiveOn = Date::ymd(2026, 6, 30);
    int calls = 0;
    const ImportResult r = ImportService(*db).importText(text, "bulk.csv", genericMapping(), o, operatorActor(),
                                                         [&](const ImportProgress& p) {
                                                             ++calls;
                                                             CHECK(p.rows == 8192);
                                                             return false;
                                                         });
    CHECK(r.outcome == ImportOutcome::Cancelled);
    CHECK(calls == 1);
    CHECK(dumpDatabase(db->path()) == before);
}

TEST_CASE("An import cancelled at its last progress report, before commit, writes nothing", "[import]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const std::string before = dumpDatabase(db->path());
    const std::string text = readFile(testDataPath("hand-ledger-update.csv"));
    ImportOptions o;
    o.effectiveOn = Date::ymd(2026, 6, 30);
    std::vector<std::int64_t> reported;
    const ImportResult r = ImportService(*db).importText(text, "update.csv", genericMapping(), o, operatorActor(),
                                                         [&](const ImportProgress& p) {
                                                             reported.push_back(p.rows);
                                                             CHECK(p.bytesDone == p.bytesTotal);
                                                             return false;
                                                         });
    CHECK(reported == std::vector<std::int64_t>{2}); // fewer rows than one report interval
    CHECK(r.outcome == ImportOutcome::Cancelled);
    CHECK(r.counts.documentsUpdated == 2);
    CHECK(dumpDatabase(db->path()) == before);
}
