// What an import changes, document by document, as its dry run lists it
// before anything is written; kept up to a limit and counted beyond it.
#include "duedesk/importing/ImportMapping.h"
#include "duedesk/services/ImportListsCsv.h"
#include "duedesk/services/ImportService.h"
#include "support/HandLedger.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace duedesk;
using namespace duedesk::test;

namespace {

ImportResult dryRun(LedgerDatabase& db, const std::string& name, Date effective, std::size_t changeLimit,
                    bool snapshot = false) {
    ImportOptions o;
    o.effectiveOn = effective;
    o.snapshot = snapshot;
    o.dryRun = true;
    o.changeLimit = changeLimit;
    return ImportService(db).importFile(testDataPath(name), genericMapping(), o, operatorActor());
}

// "3 A1 invoice INV-2 200.00 -> 0.00 updated"
std::string describe(const DocumentChange& c) {
    return std::to_string(c.line) + " " + c.account + " " + std::string(documentTypeName(c.type)) + " " + c.document +
           " " + (c.oldOpen ? c.oldOpen->toDecimalString() : "-") + " -> " + c.newOpen.toDecimalString() + " " +
           std::string(documentChangeKindName(c.kind));
}

std::vector<std::string> describeAll(const DocumentChanges& changes) {
    std::vector<std::string> out;
    for (const DocumentChange& c : changes.kept()) out.push_back(describe(c));
    return out;
}

} // namespace

TEST_CASE("A dry run lists the documents it would update with their old and new open amounts", "[import][changes]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const std::string before = dumpDatabase(db->path());
    const ImportResult r = dryRun(*db, "hand-ledger-update.csv", Date::ymd(2026, 7, 15), 100);
    REQUIRE(r.outcome == ImportOutcome::DryRun);
    // INV-1 part-paid (1,000.00 open down to 400.00), INV-2 paid in full
    // (200.00 open when the hand ledger was imported).
    CHECK(describeAll(r.changes) == std::vector<std::string>{"2 A1 invoice INV-1 1000.00 -> 400.00 updated",
                                                             "3 A1 invoice INV-2 200.00 -> 0.00 updated"});
    CHECK(r.changes.total() == 2);
    CHECK(documentChangesCsv(r.changes.kept()) == "line,account,type,document,currency,old_open,new_open,change\r\n"
                                                  "2,A1,invoice,INV-1,GBP,1000.00,400.00,updated\r\n"
                                                  "3,A1,invoice,INV-2,GBP,200.00,0.00,updated\r\n");
    CHECK(dumpDatabase(db->path()) == before);
}

TEST_CASE("A dry run lists created documents, and the documents a snapshot would close", "[import][changes]") {
    TempDir dir;
    auto db = LedgerDatabase::open(dir.file("ledger.db"));
    const std::string path = dir.file("new.csv");
    writeFile(path, "account,account_name,document,type,document_date,due_date,currency,amount,open_amount\n"
                    "B1,Beta,N-1,invoice,2026-06-01,2026-07-01,GBP,10.00,\n"
                    "B1,Beta,P-1,payment,2026-06-02,,GBP,4.00,1.50\n");
    ImportOptions o;
    o.effectiveOn = Date::ymd(2026, 6, 30);
    o.dryRun = true;
    o.changeLimit = 100;
    const ImportResult created = ImportService(*db).importFile(path, genericMapping(), o, operatorActor());
    REQUIRE(created.outcome == ImportOutcome::DryRun);
    CHECK(describeAll(created.changes) ==
          std::vector<std::string>{"2 B1 invoice N-1 - -> 10.00 created", "3 B1 payment P-1 - -> 1.50 created"});

    TempDir handDir;
    auto hand = openHandLedger(handDir.file("ledger.db"));
    // 12 documents are open; the snapshot lists INV-3 and R-102 as they
    // are, so it would close the other 10 on 2026-07-31.
    const ImportResult snapshot = dryRun(*hand, "hand-ledger-snapshot.csv", Date::ymd(2026, 7, 31), 100, true);
    REQUIRE(snapshot.outcome == ImportOutcome::DryRun);
    std::vector<std::string> closed = describeAll(snapshot.changes);
    std::ranges::sort(closed);
    CHECK(closed == std::vector<std::string>{
                        "0 A1 invoice INV-1 1000.00 -> 0.00 closed",
                        "0 A1 invoice INV-2 200.00 -> 0.00 closed",
                        "0 A1 payment PAY-1 300.00 -> 0.00 closed",
                        "0 A2 invoice R-100 2000.00 -> 0.00 closed",
                        "0 A2 invoice R-101 750.25 -> 0.00 closed",
                        "0 A3 invoice J-1 120000 -> 0 closed",
                        "0 A3 payment J-2 20000 -> 0 closed",
                        "0 A4 invoice U-1 99.99 -> 0.00 closed",
                        "0 A4 invoice U-2 10.01 -> 0.00 closed",
                        "0 A4 invoice U-3 49.50 -> 0.00 closed",
                    });
    // A closed document is on no line of the file.
    CHECK(documentChangesCsv({snapshot.changes.kept().front()}).find("\r\n,A") != std::string::npos);
}

TEST_CASE("An import keeps the first changes up to its limit and counts the rest", "[import][changes]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const ImportResult some = dryRun(*db, "hand-ledger-snapshot.csv", Date::ymd(2026, 7, 31), 4, true);
    CHECK(some.changes.kept().size() == 4);
    CHECK(some.changes.total() == 10);
    // The command line keeps none unless asked.
    const ImportResult none = dryRun(*db, "hand-ledger-snapshot.csv", Date::ymd(2026, 7, 31), 0, true);
    CHECK(none.changes.kept().empty());
    CHECK(none.changes.total() == 10);
    CHECK(none.counts.documentsClosed == 10);
}

TEST_CASE("The import check's problems are written as CSV, a formula neutralised", "[import][changes]") {
    ImportProblems problems;
    problems.add(3, "type", "\"bill\" is not one of invoice, credit_note, payment");
    problems.add(7, "account", "=HYPERLINK(\"x\") is not an account");
    CHECK(importProblemsCsv(problems.kept()) ==
          "line,column,problem\r\n"
          "3,type,\"\"\"bill\"\" is not one of invoice, credit_note, payment\"\r\n"
          "7,account,\"'=HYPERLINK(\"\"x\"\") is not an account\"\r\n");
    CHECK(importProblemsCsv(problems.kept(), '\t') == "line\tcolumn\tproblem\r\n"
                                                      "3\ttype\t\"\"\"bill\"\" is not one of invoice, credit_note, "
                                                      "payment\"\r\n"
                                                      "7\taccount\t\"'=HYPERLINK(\"\"x\"\") is not an account\"\r\n");
}
