// duedesk-cli as a user runs it: outputs, messages and exit statuses.
#include "duedesk/storage/LedgerDatabase.h"
#include "support/TestSupport.h"

#include <sqlite3.h>

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

namespace {

std::string q(const std::string& s) { return "'" + s + "'"; }

// A database with the two analysts of the hand ledger, imported by the CLI.
std::string handLedgerViaCli(const TempDir& dir) {
    const std::string db = dir.file("hand.db");
    REQUIRE(runCli("--db " + q(db) + " users add amorgan --full-name 'Alice Morgan'").exitCode == 0);
    REQUIRE(runCli("--db " + q(db) + " users add bokafor --full-name 'Ben Okafor'").exitCode == 0);
    const CliRun r = runCli("--db " + q(db) + " import " + q(testDataPath("hand-ledger.csv")) + " --as-of 2026-06-30");
    REQUIRE(r.exitCode == 0);
    CHECK(r.out == "Imported " + testDataPath("hand-ledger.csv") +
                       " (generic): 13 rows; accounts: 4 created, 0 updated; documents: 13 created, 0 updated, "
                       "0 unchanged, 0 closed.\n");
    return db;
}

} // namespace

TEST_CASE("CLI: a user's role decides what they may do, with the same refusal as everywhere", "[cli][access]") {
    TempDir dir;
    const std::string db = dir.file("ledger.db");
    REQUIRE(runCli("--db " + q(db) + " users add amorgan --full-name 'Alice Morgan'").exitCode == 0);
    REQUIRE(runCli("--db " + q(db) + " users add admin --role administrator").exitCode == 0);
    const std::string before = dumpDatabase(db);
    const CliRun refused = runCli("--db " + q(db) + " users add mallory --role administrator --user amorgan");
    CHECK(refused.exitCode == 1);
    CHECK(refused.err == "duedesk-cli: amorgan (analyst) may not manage users\n");
    CHECK(dumpDatabase(db) == before);
    const CliRun allowed = runCli("--db " + q(db) + " users add eve --user admin");
    CHECK(allowed.exitCode == 0);
    CHECK(allowed.out == "Added eve (analyst)\n");
    const CliRun unknown = runCli("--db " + q(db) + " users add zed --user nobody");
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err == "duedesk-cli: --user: no user named \"nobody\"\n");
}

TEST_CASE("CLI: aging of the hand ledger matches the golden table", "[cli]") {
    TempDir dir;
    const std::string db = handLedgerViaCli(dir);
    const CliRun r = runCli("--db " + q(db) + " aging --as-of 2026-06-30");
    CHECK(r.exitCode == 0);
    CHECK(r.err.empty());
    CHECK(r.out == readFile(goldenPath("hand-aging-by-analyst.txt")));

    const CliRun csv = runCli("--db " + q(db) + " aging --as-of 2026-06-30 --by account --format csv --buckets 15,45");
    CHECK(csv.exitCode == 0);
    CHECK(csv.out == readFile(goldenPath("hand-aging-by-account.csv")));
}

TEST_CASE("CLI: the demo portfolio ages the same for the same seed", "[cli]") {
    TempDir dir;
    const std::string db = dir.file("demo.db");
    const CliRun demo = runCli("--db " + q(db) + " demo --accounts 20 --invoices 300 --seed 7 --as-of 2026-11-23");
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.out.starts_with("Demo portfolio as of 2026-11-23 in " + db + ": 7 users, 20 accounts, 300 invoices, "));
    const CliRun json = runCli("--db " + q(db) + " aging --as-of 2026-11-23 --by risk --format json");
    CHECK(json.exitCode == 0);
    CHECK(json.out == readFile(goldenPath("demo-aging-by-risk.json")));
    // The summary is followed by the book's shape.
    CHECK(demo.out.find("\n\nBook as of 2026-11-23: 20 accounts, 0 on hold\n") != std::string::npos);
}

TEST_CASE("CLI: demo --describe prints the shape of any ledger and changes nothing", "[cli]") {
    TempDir dir;
    const std::string db = handLedgerViaCli(dir);
    const std::string before = dumpDatabase(db);
    const CliRun r = runCli("--db " + q(db) + " demo --describe --as-of 2026-06-30");
    CHECK(r.exitCode == 0);
    CHECK(r.err.empty());
    CHECK(r.out.starts_with("Book as of 2026-06-30: 4 accounts, 0 on hold\n\n"));
    CHECK(r.out.find(
              "\nGBP            1,500.00    66.7%  16.6%   0.0%    0.0%   16.7%  0.0%     -20.0%        72.0      2"
              "         0\n") != std::string::npos);
    CHECK(r.out.ends_with("Credit limits: 0 accounts with a limit; using under 20%: 0, 20-90%: 0, 90-100%: 0, over "
                          "the limit: 0\n"));
    CHECK(dumpDatabase(db) == before);

    const CliRun missing = runCli("--db " + q(dir.file("none.db")) + " demo --describe");
    CHECK(missing.exitCode != 0);
    CHECK_FALSE(std::filesystem::exists(dir.file("none.db")));
}

TEST_CASE("CLI: a rejected import prints every problem and exits 1", "[cli]") {
    TempDir dir;
    const std::string db = handLedgerViaCli(dir);
    const std::string file = testDataPath("bad-rows.csv");
    const CliRun r = runCli("--db " + q(db) + " import " + q(file) + " --as-of 2026-06-30");
    CHECK(r.exitCode == 1);
    CHECK(r.out.empty());
    CHECK(r.err.starts_with(file + ":3: type: \"bill\" is not one of invoice, credit_note, payment\n" + file +
                            ":4: document_date: \"2026-02-30\" is not a valid date (YYYY-MM-DD)\n"));
    CHECK(r.err.ends_with(file +
                          ":22: document_date: \"June 1st\" is not a valid date (YYYY-MM-DD)\n"
                          "Import refused: 19 problems in " +
                          file + "; nothing was written.\n"));
}

TEST_CASE("CLI: dry run and re-import say what they did", "[cli]") {
    TempDir dir;
    const std::string db = handLedgerViaCli(dir);
    const std::string file = testDataPath("hand-ledger-snapshot.csv");
    const CliRun dry = runCli("--db " + q(db) + " import " + q(file) + " --snapshot --as-of 2026-07-31 --dry-run");
    CHECK(dry.exitCode == 0);
    CHECK(dry.out == "Dry run of " + file +
                         " (generic): 2 rows; accounts: 0 created, 0 updated; documents: 0 created, 0 updated, "
                         "2 unchanged, 10 closed. Nothing was written.\n");
    const CliRun again =
        runCli("--db " + q(db) + " import " + q(testDataPath("hand-ledger.csv")) + " --as-of 2026-07-01");
    CHECK(again.exitCode == 0);
    CHECK(again.out == "Nothing to change from " + testDataPath("hand-ledger.csv") +
                           " (generic): 13 rows; accounts: 0 created, 0 updated; documents: 0 created, 0 updated, "
                           "13 unchanged, 0 closed.\n");
}

TEST_CASE("CLI: a dry run with --show-changes lists each document it would change", "[cli]") {
    TempDir dir;
    const std::string db = handLedgerViaCli(dir);
    const std::string update = testDataPath("hand-ledger-update.csv");
    const CliRun dry =
        runCli("--db " + q(db) + " import " + q(update) + " --as-of 2026-07-15 --dry-run --show-changes");
    CHECK(dry.exitCode == 0);
    CHECK(dry.out == "Dry run of " + update +
                         " (generic): 2 rows; accounts: 0 created, 0 updated; documents: 0 created, 2 updated, "
                         "0 unchanged, 0 closed. Nothing was written.\n" +
                         update + ":2: A1 invoice INV-1: updated, open 1000.00 -> 400.00 GBP\n" + update +
                         ":3: A1 invoice INV-2: updated, open 200.00 -> 0.00 GBP\n");
    const std::string snapshot = testDataPath("hand-ledger-snapshot.csv");
    const CliRun closing =
        runCli("--db " + q(db) + " import " + q(snapshot) + " --snapshot --as-of 2026-07-31 --dry-run --show-changes");
    CHECK(closing.exitCode == 0);
    CHECK(closing.out.find(snapshot + ": not listed: A3 invoice J-1: closed, open 120000 -> 0 JPY\n") !=
          std::string::npos);
}

TEST_CASE("CLI: usage errors exit 2 with one clear sentence", "[cli]") {
    TempDir dir;
    const std::string db = dir.file("x.db");
    const CliRun profile = runCli("--db " + q(db) + " import x.csv --profile nosuch");
    CHECK(profile.exitCode == 2);
    CHECK(profile.err == "duedesk-cli: unknown profile \"nosuch\"; known profiles: sap-fbl5n, netsuite, oracle-ar, "
                         "generic, auto, or a mapping file (.toml)\n");
    const CliRun snapshot = runCli("--db " + q(db) + " import x.csv --snapshot");
    CHECK(snapshot.exitCode == 2);
    CHECK(snapshot.err == "duedesk-cli: --snapshot needs --as-of: the date the file lists\n");
    const CliRun date = runCli("--db " + q(db) + " aging --as-of 2026-13-01");
    CHECK(date.exitCode == 2);
    CHECK(date.err == "duedesk-cli: --as-of \"2026-13-01\" is not a valid date (YYYY-MM-DD)\n");
    const CliRun buckets = runCli("--db " + q(db) + " aging --buckets 60,30");
    CHECK(buckets.exitCode == 2);
    CHECK(buckets.err == "duedesk-cli: --buckets: bucket bounds must be positive and increasing\n");
    CHECK(runCli("frobnicate").exitCode == 2);
    CHECK(runCli("aging --by colour").exitCode == 2);
}

TEST_CASE("CLI: database and file failures exit 3 and 4", "[cli]") {
    TempDir dir;
    const CliRun missing = runCli("--db " + q(dir.file("none.db")) + " aging");
    CHECK(missing.exitCode == 3);
    CHECK(missing.err == "duedesk-cli: no database at " + dir.file("none.db") + "\n");

    const std::string newer = dir.file("newer.db");
    LedgerDatabase::open(newer);
    sqlite3* raw = nullptr;
    sqlite3_open(newer.c_str(), &raw);
    sqlite3_exec(raw, "PRAGMA user_version = 42", nullptr, nullptr, nullptr);
    sqlite3_close(raw);
    const CliRun refused = runCli("--db " + q(newer) + " aging");
    CHECK(refused.exitCode == 3);
    CHECK(refused.err == "duedesk-cli: " + newer +
                             " was written by a newer version of Duedesk (schema 42, this "
                             "version reads up to 10); it was not opened\n");

    const CliRun nofile = runCli("--db " + q(dir.file("x.db")) + " import " + q(dir.file("absent.csv")));
    CHECK(nofile.exitCode == 4);
    CHECK(nofile.err == "duedesk-cli: cannot read " + dir.file("absent.csv") + ": No such file or directory\n");
}

TEST_CASE("CLI: DUEDESK_DB names the database when --db is absent", "[cli]") {
    TempDir dir;
    const std::string db = dir.file("env.db");
    const CliRun init = runCli("init", "DUEDESK_DB=" + q(db));
    CHECK(init.exitCode == 0);
    CHECK(init.out == db + ": Duedesk database, schema version 10\n");
    const CliRun users = runCli("users add zoe --role team_leader --full-name 'Zoe Lane'", "DUEDESK_DB=" + q(db));
    CHECK(users.exitCode == 0);
    const CliRun list = runCli("--db " + q(db) + " users list");
    CHECK(list.out == "zoe         team_leader         Zoe Lane (no password: cannot sign in)\n");
    const CliRun dup = runCli("--db " + q(db) + " users add zoe");
    CHECK(dup.exitCode == 1);
    CHECK(dup.err == "duedesk-cli: a user named \"zoe\" already exists\n");
}

TEST_CASE("CLI: --profile auto says which profile it recognised", "[cli][erp]") {
    TempDir dir;
    const std::string db = dir.file("erp.db");
    const std::string file = testDataPath("erp/sap-fbl5n-en-unconverted.txt");
    const CliRun r = runCli("--db " + q(db) + " import " + q(file) + " --profile auto --as-of 2026-06-30");
    CHECK(r.exitCode == 0);
    CHECK(r.out == "Recognised the sap-fbl5n profile from the header on line 7.\nImported " + file +
                       " (sap-fbl5n): 5 rows; accounts: 2 created, 0 updated; documents: 5 created, 0 updated, "
                       "0 unchanged, 0 closed.\n");
    const CliRun none =
        runCli("--db " + q(db) + " import " + q(testDataPath("erp/custom-export.txt")) + " --profile auto");
    CHECK(none.exitCode == 1);
    CHECK(none.err == "duedesk-cli: no built-in profile recognises the header of " +
                          testDataPath("erp/custom-export.txt") + "; name the profile with --profile\n");
}

TEST_CASE("CLI: a mapping file is a profile", "[cli][erp]") {
    TempDir dir;
    const std::string db = dir.file("erp.db");
    const CliRun r = runCli("--db " + q(db) + " import " + q(testDataPath("erp/custom-export.txt")) + " --profile " +
                            q(testDataPath("erp/custom-mapping.toml")) + " --as-of 2026-06-30");
    CHECK(r.exitCode == 0);
    CHECK(
        r.out.ends_with("(sage-audit-trail): 2 rows; accounts: 1 created, 0 updated; documents: 2 created, 0 updated, "
                        "0 unchanged, 0 closed.\n"));
    writeFile(dir.file("bad.toml"), "name = \"x\"\n[file]\nseparator = \"ab\"\n");
    const CliRun bad = runCli("--db " + q(db) + " import " + q(testDataPath("erp/custom-export.txt")) + " --profile " +
                              q(dir.file("bad.toml")));
    CHECK(bad.exitCode == 1);
    CHECK(bad.err ==
          "duedesk-cli: " + dir.file("bad.toml") + ":3: file.separator: must be one character, \"tab\" or \"auto\"\n");
}

TEST_CASE("CLI: --version prints the project's version", "[cli]") {
    // DUEDESK_EXPECTED_VERSION comes from project(VERSION ...), as the program's does.
    const CliRun r = runCli("--version");
    CHECK(r.exitCode == 0);
    CHECK(r.out == std::string("duedesk-cli ") + DUEDESK_EXPECTED_VERSION + "\n");
    CHECK(r.err.empty());
}

TEST_CASE("CLI: import --create-analysts, then an administrator sets their passwords", "[cli][users]") {
    TempDir dir;
    const std::string db = handLedgerViaCli(dir);
    const std::string file = dir.file("team.csv");
    writeFile(file, "account,account_name,document,type,document_date,due_date,currency,amount,analyst\n"
                    "B1,Beta 1,N-1,invoice,2026-06-01,2026-07-01,GBP,10.00,zwright\n"
                    "B2,Beta 2,N-2,invoice,2026-06-01,2026-07-01,GBP,20.00,zwright\n");

    const CliRun refused = runCli("--db " + q(db) + " import " + q(file) + " --as-of 2026-06-30");
    CHECK(refused.exitCode == 1);
    CHECK(refused.err == file +
                             ":2: analyst: no user named \"zwright\" on 2 rows (lines 2, 3); add the user with "
                             "\"duedesk-cli users add zwright\", or import with --create-analysts\n"
                             "Import refused: 1 problem in " +
                             file + "; nothing was written.\n");

    const CliRun r = runCli("--db " + q(db) + " import " + q(file) + " --as-of 2026-06-30 --create-analysts");
    CHECK(r.exitCode == 0);
    CHECK(r.out == "Imported " + file +
                       " (generic): 2 rows; accounts: 2 created, 0 updated; documents: 2 created, 0 updated, 0 "
                       "unchanged, 0 closed; analysts created: 1 (no password yet).\n");
    CHECK(runCli("--db " + q(db) + " users list").out ==
          "amorgan     analyst             Alice Morgan (no password: cannot sign in)\n"
          "bokafor     analyst             Ben Okafor (no password: cannot sign in)\n"
          "zwright     analyst              (no password: cannot sign in) (created by import run 2)\n");

    // The password comes from standard input when it is not a terminal.
    const CliRun set = runProgram(DUEDESK_CLI, "--db " + q(db) + " users set-password zwright", "", "zoe-password\n");
    CHECK(set.exitCode == 0);
    CHECK(set.out == "Password set for zwright\n");
    CHECK(runCli("--db " + q(db) + " users list")
              .out.ends_with("zwright     analyst              (created by import run 2)\n"));

    const CliRun shortPassword =
        runProgram(DUEDESK_CLI, "--db " + q(db) + " users set-password amorgan", "", "short\n");
    CHECK(shortPassword.exitCode == 1);
    CHECK(shortPassword.err == "duedesk-cli: a password needs at least 8 characters\n");
    const CliRun asAnalyst =
        runProgram(DUEDESK_CLI, "--db " + q(db) + " users set-password amorgan --user zwright", "", "long-enough\n");
    CHECK(asAnalyst.exitCode == 1);
    CHECK(asAnalyst.err == "duedesk-cli: zwright (analyst) may not manage users\n");
}

TEST_CASE("CLI: rates import, add and list, and the reporting currency", "[cli][rates]") {
    TempDir dir;
    const std::string db = handLedgerViaCli(dir);
    const std::string bad = dir.file("bad-rates.csv");
    writeFile(bad, "from,to,valid_from,rate\n"
                   "EUR,GBP,2026-06-01,0.85\n"
                   "EUX,GBP,2026-06-01,0.85\n"
                   "USD,USD,2026-13-01,-1\n");
    const std::string before = dumpDatabase(db);
    const CliRun refused = runCli("--db " + q(db) + " rates import " + q(bad));
    CHECK(refused.exitCode == 1);
    CHECK(refused.err == bad + ":3: from: \"EUX\" is not a known ISO 4217 currency code\n" + bad +
                             ":4: to: is the same currency as from\n" + bad +
                             ":4: valid_from: \"2026-13-01\" is not a valid date (YYYY-MM-DD)\n" + bad +
                             ":4: rate: \"-1\" is not a rate (a number above zero, such as 0.8612, with up to 12 "
                             "decimals)\n"
                             "Rates refused: 4 problems in " +
                             bad + "; nothing was written.\n");
    CHECK(dumpDatabase(db) == before);

    const std::string good = dir.file("rates.csv");
    writeFile(good, "valid_from,from,to,rate,source\n"
                    "2026-06-01,EUR,GBP,0.85,ECB\n"
                    "2026-06-01,USD,GBP,0.80,ECB\n");
    const CliRun imported = runCli("--db " + q(db) + " rates import " + q(good));
    CHECK(imported.exitCode == 0);
    CHECK(imported.out == "Imported " + good + ": 2 rates, 2 new or corrected.\n");
    CHECK(runCli("--db " + q(db) + " rates import " + q(good)).out ==
          "Imported " + good + ": 2 rates, 0 new or corrected.\n");
    CHECK(runCli("--db " + q(db) + " rates add GBP JPY 2026-06-01 200").out ==
          "Recorded: 1 GBP = 200 JPY from 2026-06-01\n");
    CHECK(runCli("--db " + q(db) + " rates list").out == "EUR GBP 2026-06-01 0.85\n"
                                                         "GBP JPY 2026-06-01 200\n"
                                                         "USD GBP 2026-06-01 0.8\n");
    const CliRun analyst = runCli("--db " + q(db) + " rates add EUR GBP 2026-07-01 0.9 --user amorgan");
    CHECK(analyst.exitCode == 1);
    CHECK(analyst.err == "duedesk-cli: amorgan (analyst) may not maintain exchange rates\n");

    CHECK(runCli("--db " + q(db) + " settings show").out ==
          "reporting-currency (not set: the currency most accounts owe in)\n");
    CHECK(runCli("--db " + q(db) + " settings reporting-currency EUR").out == "Reporting currency: EUR\n");
    CHECK(runCli("--db " + q(db) + " settings show").out == "reporting-currency EUR\n");
    const CliRun unknown = runCli("--db " + q(db) + " settings reporting-currency XYZ");
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err == "duedesk-cli: CODE \"XYZ\" is not a known ISO 4217 currency code\n");
}

TEST_CASE("CLI: cash suggest, apply and reverse, with what is wrong named", "[cli][cash]") {
    TempDir dir;
    const std::string db = handLedgerViaCli(dir);
    REQUIRE(runCli("--db " + q(db) + " import " + q(testDataPath("hand-ledger-cash.csv")) + " --as-of 2026-06-30")
                .exitCode == 0);

    const CliRun suggest = runCli("--db " + q(db) + " cash suggest --as-of 2026-06-30");
    CHECK(suggest.exitCode == 0);
    CHECK(suggest.err.empty());
    CHECK(suggest.out == "1. A1 Acme Ltd: payment PAY-2 of 2026-06-25, GBP 200.00 unapplied\n"
                         "   INV-2  due 2026-05-31  open 200.00  apply 200.00\n"
                         "   Reason: PAY-2's reference names invoice INV-2\n"
                         "2. A2 Bravo Maschinenbau GmbH: payment R-PAY of 2026-06-28, EUR 2,750.25 unapplied\n"
                         "   R-101  due 2026-02-04  open   750.25  apply   750.25\n"
                         "   R-100  due 2026-05-10  open 2,000.00  apply 2,000.00\n"
                         "   Reason: equals the sum of 2 invoices: R-101, R-100\n"
                         "2 proposals\n");
    const CliRun csv = runCli("--db " + q(db) + " cash suggest --account A1 --as-of 2026-06-30 --format csv");
    CHECK(csv.out == "proposal,account,account_name,credit,credit_type,credit_date,currency,credit_open,invoice,"
                     "invoice_due,invoice_open,amount,basis,reason\r\n"
                     "1,A1,Acme Ltd,PAY-2,payment,2026-06-25,GBP,200.00,INV-2,2026-05-31,200.00,200.00,reference,"
                     "PAY-2's reference names invoice INV-2\r\n");
    CHECK(runCli("--db " + q(db) + " cash suggest --analyst bokafor --as-of 2026-06-30").out ==
          "No proposals: no unapplied credit matches an open invoice.\n");
    const CliRun nobody = runCli("--db " + q(db) + " cash suggest --analyst nobody");
    CHECK(nobody.exitCode == 2);
    CHECK(nobody.err == "duedesk-cli: --analyst: no user named \"nobody\"\n");

    const std::string apply =
        "--db " + q(db) + " cash apply --account A2 --credit R-PAY --on 2026-07-01 --user amorgan ";
    const CliRun unknown = runCli(apply + "--invoice R-999");
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err == "duedesk-cli: account A2 has no invoice R-999\n");
    const CliRun tooMuch = runCli(apply + "--invoice R-101:750.26");
    CHECK(tooMuch.exitCode == 1);
    CHECK(tooMuch.err == "duedesk-cli: 750.26 is more than the open amount 750.25 of R-101\n");
    // U-PAY (USD) names U-3, which is in GBP: never proposed, and refused.
    const CliRun currency = runCli("--db " + q(db) + " cash apply --account A4 --credit U-PAY --invoice U-3");
    CHECK(currency.exitCode == 1);
    CHECK(currency.err == "duedesk-cli: U-PAY is in USD but U-3 is in GBP\n");
    const CliRun notCredit = runCli("--db " + q(db) + " cash apply --account A4 --credit U-1 --invoice U-3");
    CHECK(notCredit.err == "duedesk-cli: U-1 is an invoice, not a payment, credit note or adjustment\n");
    const CliRun badAmount = runCli(apply + "--invoice R-100:lots");
    CHECK(badAmount.exitCode == 2);

    const CliRun applied = runCli(apply + "--invoice R-101 --invoice R-100:1500.00");
    CHECK(applied.exitCode == 0);
    CHECK(applied.err.empty());
    CHECK(applied.out == "allocation 1: R-PAY to R-101, EUR 750.25 on 2026-07-01\n"
                         "allocation 2: R-PAY to R-100, EUR 1500.00 on 2026-07-01\n"
                         "R-PAY has 500.00 unapplied\n");

    const CliRun reversed = runCli("--db " + q(db) + " cash reverse 2 --on 2026-07-03 --user bokafor");
    CHECK(reversed.exitCode == 0);
    CHECK(reversed.out == "allocation 2 reversed on 2026-07-03: EUR 1500.00 of R-PAY unapplied again, R-100 has "
                          "2000.00 open\n");
    const CliRun again = runCli("--db " + q(db) + " cash reverse 2 --on 2026-07-04");
    CHECK(again.exitCode == 1);
    CHECK(again.err == "duedesk-cli: allocation 2 was already reversed on 2026-07-03\n");
    CHECK(runCli("--db " + q(db) + " check").exitCode == 0);
}
