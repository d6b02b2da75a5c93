// Generic import: every kind of bad input is reported with its file, line
// and column, and a rejected file leaves the database exactly as it was.
#include "duedesk/importing/ImportMapping.h"
#include "duedesk/services/ImportService.h"
#include "support/HandLedger.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

namespace {

std::vector<std::string> described(const ImportResult& r) {
    std::vector<std::string> out;
    for (const ImportProblem& p : r.problems.kept()) out.push_back(p.describe("bad.csv"));
    return out;
}

ImportResult importText(LedgerDatabase& db, const std::string& text, bool snapshot = false) {
    ImportOptions options;
    options.effectiveOn = Date::ymd(2026, 6, 30);
    options.snapshot = snapshot;
    return ImportService(db).importText(text, "bad.csv", genericMapping(), options, operatorActor());
}

} // namespace

TEST_CASE("Every kind of bad row is reported and nothing is written", "[import]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const std::string before = dumpDatabase(db->path());

    // Line 2 repeats a document the ledger already has, unchanged: valid.
    const ImportResult r = importText(*db, readFile(testDataPath("bad-rows.csv")));
    CHECK(r.outcome == ImportOutcome::Rejected);
    CHECK(r.problems.total() == 19);
    CHECK(described(r) ==
          std::vector<std::string>{
              "bad.csv:3: type: \"bill\" is not one of invoice, credit_note, payment",
              "bad.csv:4: document_date: \"2026-02-30\" is not a valid date (YYYY-MM-DD)",
              "bad.csv:5: due_date: is required for invoices",
              "bad.csv:6: currency: \"GBX\" is not an ISO 4217 currency code",
              "bad.csv:7: amount: \"12.345\" has more decimal places than GBP allows (2)",
              "bad.csv:8: amount: \"1,000.00\" is not a decimal number",
              "bad.csv:9: amount: must be positive: \"-5.00\"",
              "bad.csv:10: open_amount: \"6.00\" is more than the amount \"5.00\"",
              "bad.csv:11: document: \"INV-1\" is listed twice for this account and type (also on line 2)",
              "bad.csv:12: account_name: is required for the new account \"A9\"",
              "bad.csv:13: account: is empty",
              "bad.csv:14: due_date: 2026-05-01 is before the document date 2026-06-01",
              "bad.csv:15: row: has 7 fields, the header has 9",
              "bad.csv:16: amount: \"5.5\" has more decimal places than JPY allows (0)",
              "bad.csv:17: amount: must be positive: \"0\"",
              "bad.csv:18: account_name: \"Other Name\" differs from \"Acme Ltd\" on line 2",
              "bad.csv:19: open_amount: must not be negative: \"-1.00\"",
              "bad.csv:20: open_amount: \"x\" is not a decimal number", // a record spanning lines 20-21
              "bad.csv:22: document_date: \"June 1st\" is not a valid date (YYYY-MM-DD)",
          });
    CHECK(dumpDatabase(db->path()) == before);
}

TEST_CASE("One bad row among good ones rejects the whole file", "[import]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const std::string before = dumpDatabase(db->path());
    const ImportResult r = importText(*db, "account,account_name,document,type,document_date,due_date,currency,amount\n"
                                           "B1,New Customer Ltd,N-1,invoice,2026-06-01,2026-07-01,GBP,10.00\n"
                                           "A1,,INV-1,invoice,2026-06-01,2026-07-01,GBP,999.00\n"
                                           "B1,,N-2,invoice,2026-06-01,2026-07-01,GBP,10.0.0\n");
    CHECK(r.outcome == ImportOutcome::Rejected);
    CHECK(described(r) == std::vector<std::string>{"bad.csv:4: amount: \"10.0.0\" is not a decimal number"});
    // Line 2 created an account and line 3 changed an invoice inside the
    // transaction; both are gone.
    CHECK(dumpDatabase(db->path()) == before);
}

TEST_CASE("Header problems are reported on line 1", "[import]") {
    TempDir dir;
    auto db = LedgerDatabase::open(dir.file("ledger.db"));
    const ImportResult r = importText(*db, "Account,document,TYPE,amount,amount,notes\nA1,D1,invoice,1.00,1.00,x\n");
    CHECK(described(r) == std::vector<std::string>{
                              "bad.csv:1: amount: column appears more than once",
                              "bad.csv:1: document_date: required column is missing",
                              "bad.csv:1: currency: required column is missing",
                          });
    CHECK(r.counts.rowsRead == 0);
}

TEST_CASE("An unknown analyst is refused by name", "[import]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const ImportResult r =
        importText(*db, "account,account_name,document,type,document_date,due_date,currency,amount,analyst\n"
                        "B1,Beta Ltd,N-1,invoice,2026-06-01,2026-07-01,GBP,10.00,zwright\n");
    CHECK(described(r) == std::vector<std::string>{
                              "bad.csv:2: analyst: no user named \"zwright\" on 1 row (line 2); "
                              "add the user with \"duedesk-cli users add zwright\", or import with --create-analysts"});
}

TEST_CASE("Each unknown analyst is one problem, however many rows name them", "[import]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    std::string text = "account,account_name,document,type,document_date,due_date,currency,amount,analyst\n";
    for (int i = 1; i <= 18; ++i)
        text += "B" + std::to_string(i) + ",Beta " + std::to_string(i) + ",N-" + std::to_string(i) +
                ",invoice,2026-06-01,2026-07-01,GBP,10.00," + (i == 4 || i == 9 ? "kjones" : "zwright") + "\n";
    text += "B99,Gamma,N-99,invoice,2026-06-01,2026-07-01,GBP,10.00,amorgan\n";
    const std::string before = dumpDatabase(dir.file("ledger.db"));
    const ImportResult r = importText(*db, text);
    CHECK(r.outcome == ImportOutcome::Rejected);
    CHECK(r.problems.total() == 2);
    CHECK(described(r) == std::vector<std::string>{
                              "bad.csv:2: analyst: no user named \"zwright\" on 16 rows (lines 2, 3, 4, 6, 7, ...); "
                              "add the user with \"duedesk-cli users add zwright\", or import with --create-analysts",
                              "bad.csv:5: analyst: no user named \"kjones\" on 2 rows (lines 5, 10); "
                              "add the user with \"duedesk-cli users add kjones\", or import with --create-analysts"});
    CHECK(dumpDatabase(dir.file("ledger.db")) == before);
}

TEST_CASE("A document may not change its currency", "[import]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const ImportResult r = importText(*db, "account,document,type,document_date,due_date,currency,amount\n"
                                           "A1,INV-1,invoice,2026-06-01,2026-07-01,EUR,1000.00\n");
    CHECK(described(r) ==
          std::vector<std::string>{"bad.csv:2: currency: EUR differs from the recorded document's GBP"});
}

TEST_CASE("Files that are empty, not UTF-8 or badly quoted are refused", "[import]") {
    TempDir dir;
    auto db = LedgerDatabase::open(dir.file("ledger.db"));
    CHECK(described(importText(*db, "")) == std::vector<std::string>{"bad.csv:1: header: the file is empty"});
    CHECK(described(importText(*db, "account,account_name\nA1,M\xFCller GmbH\n")) ==
          std::vector<std::string>{
              "bad.csv:2: file: is not valid UTF-8 text (check the file's encoding or the profile)"});
    CHECK(described(importText(*db, "account,account_name,document,type,document_date,due_date,currency,amount\n"
                                    "A1,\"Acme,INV-1,invoice,2026-06-01,2026-07-01,GBP,1.00\n")) ==
          std::vector<std::string>{"bad.csv:2: file: a quoted field is not closed before the end of the file"});
    CHECK(dumpDatabase(db->path()).find("[accounts]\n[") != std::string::npos); // still no account rows
}

TEST_CASE("Problems are listed up to 100 and all are counted", "[import]") {
    TempDir dir;
    auto db = LedgerDatabase::open(dir.file("ledger.db"));
    std::string text = "account,account_name,document,type,document_date,due_date,currency,amount\n";
    for (int i = 0; i < 150; ++i) text += "A1,Acme,D" + std::to_string(i) + ",invoice,2026-06-01,2026-07-01,GBP,-1\n";
    const ImportResult r = importText(*db, text);
    CHECK(r.problems.total() == 150);
    CHECK(r.problems.kept().size() == 100);
    CHECK(r.problems.kept().back().describe("bad.csv") == "bad.csv:101: amount: must be positive: \"-1\"");
}

TEST_CASE("A snapshot may not list items dated after its date", "[import]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const ImportResult r = importText(*db,
                                      "account,document,type,document_date,due_date,currency,amount\n"
                                      "A1,INV-9,invoice,2026-07-01,2026-07-31,GBP,10.00\n",
                                      true);
    CHECK(described(r) ==
          std::vector<std::string>{"bad.csv:2: document_date: 2026-07-01 is after the snapshot date 2026-06-30"});
}
