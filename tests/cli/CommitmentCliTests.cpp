// duedesk-cli promise, plan and payment return on the hand ledger, signed
// in as amorgan: exact output, refusals that write nothing, states on the
// days around a promise's date and grace.
#include "cli/SignedInLedger.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

namespace {

std::string q(const std::string& s) { return "'" + s + "'"; }

// A1's payment PAY-2 of GBP 1,000.00 on 2026-07-08, as the next import brings it.
void importPayment(const TempDir& dir, const std::string& db) {
    const std::string file = dir.file("payment.csv");
    writeFile(file, "account,account_name,document,type,document_date,due_date,currency,amount,open_amount,"
                    "reference,analyst\n"
                    "A1,Acme Ltd,PAY-2,payment,2026-07-08,,GBP,1000.00,,,amorgan\n");
    REQUIRE(runCli("--db " + q(db) + " import " + q(file) + " --as-of 2026-07-08").exitCode == 0);
}

} // namespace

TEST_CASE("CLI: a promise is recorded, judged day by day, reopened by a returned payment and withdrawn",
          "[cli][promises]") {
    TempDir dir;
    const std::string db = handLedgerWithPassword(dir);
    const std::string at = "--db " + q(db) + " ";
    const CliRun add = runCli(at + "promise add --account A1 --amount 1000.00 --currency GBP --date 2026-07-10 "
                                   "--invoice INV-1 --note 'Paying on Friday' --on 2026-07-01 --user amorgan",
                              kSignedIn);
    CHECK(add.exitCode == 0);
    CHECK(add.err.empty());
    CHECK(add.out == "Promise 1 recorded: A1 GBP 1,000.00 by 2026-07-10, taken 2026-07-01 by amorgan\n");

    const auto stateOn = [&](const std::string& day) {
        return runCli(at + "promise list --account A1 --as-of " + day).out;
    };
    const std::string head = "Promises of A1 Acme Ltd as of ";
    CHECK(stateOn("2026-07-13") == head + "2026-07-13 (grace 3 days, tolerance 0 minor units):\n" +
                                       "ID  PROMISED    DEADLINE          AMOUNT  PAID  STATE  TAKEN       BY       "
                                       "INVOICES\n"
                                       "1   2026-07-10  2026-07-13  GBP 1,000.00  0.00  open   2026-07-01  amorgan  "
                                       "INV-1\n");
    CHECK(stateOn("2026-07-14") == head + "2026-07-14 (grace 3 days, tolerance 0 minor units):\n" +
                                       "ID  PROMISED    DEADLINE          AMOUNT  PAID  STATE   TAKEN       BY       "
                                       "INVOICES\n"
                                       "1   2026-07-10  2026-07-13  GBP 1,000.00  0.00  broken  2026-07-01  amorgan  "
                                       "INV-1\n");

    // PAY-2 of 2026-07-08 keeps it from that day.
    importPayment(dir, db);
    CHECK(stateOn("2026-07-08") ==
          head + "2026-07-08 (grace 3 days, tolerance 0 minor units):\n" +
              "ID  PROMISED    DEADLINE          AMOUNT      PAID  STATE  TAKEN       BY       "
              "INVOICES\n"
              "1   2026-07-10  2026-07-13  GBP 1,000.00  1,000.00  kept   2026-07-01  amorgan  "
              "INV-1\n");
    CHECK(stateOn("2026-07-07").find("  0.00  open ") != std::string::npos);

    const CliRun returned = runCli(
        at + "payment return --account A1 --document PAY-2 --on 2026-07-12 --reason 'cheque bounced' --user amorgan",
        kSignedIn);
    CHECK(returned.exitCode == 0);
    CHECK(returned.out == "Payment PAY-2 of A1 (GBP 1,000.00 of 2026-07-08) returned on 2026-07-12\n");
    CHECK(stateOn("2026-07-11").find("  1,000.00  kept ") != std::string::npos);
    CHECK(stateOn("2026-07-12").find("  0.00  open ") != std::string::npos);

    const CliRun json = runCli(at + "promise list --account A1 --as-of 2026-07-14 --format json");
    CHECK(json.exitCode == 0);
    CHECK(json.out == R"({
  "account": "A1",
  "as_of": "2026-07-14",
  "grace_days": 3,
  "tolerance_minor": 0,
  "promises": [
    {
      "id": 1,
      "promised_for": "2026-07-10",
      "deadline": "2026-07-13",
      "currency": "GBP",
      "amount": "1000.00",
      "paid": "0.00",
      "state": "broken",
      "taken_on": "2026-07-01",
      "taken_by": "amorgan",
      "withdrawn_on": null,
      "invoices": [
        "INV-1"
      ],
      "note": "Paying on Friday"
    }
  ]
}
)");

    const CliRun again =
        runCli(at + "payment return --account A1 --document PAY-2 --on 2026-07-13 --user amorgan", kSignedIn);
    CHECK(again.exitCode == 1);
    CHECK(again.err == "duedesk-cli: document: PAY-2 was already returned on 2026-07-12\n");

    const CliRun withdrawn = runCli(at + "promise withdraw 1 --on 2026-07-15 --user amorgan", kSignedIn);
    CHECK(withdrawn.exitCode == 0);
    CHECK(withdrawn.out == "Promise 1 withdrawn on 2026-07-15\n");
    CHECK(stateOn("2026-07-15").find("  withdrawn 2026-07-15  ") != std::string::npos);
}

TEST_CASE("CLI: a promise is refused for a wrong password, a bad field or without a user, writing nothing",
          "[cli][promises]") {
    TempDir dir;
    const std::string db = handLedgerWithPassword(dir);
    const std::string at = "--db " + q(db) + " ";
    const std::string before = dumpDatabase(db);
    const std::string promise = at + "promise add --account A1 --amount 100.00 --date 2026-07-10 --on 2026-07-01 ";

    const CliRun wrong = runCli(promise + "--currency GBP --user amorgan", "DUEDESK_PASSWORD=not-her-password");
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err == "duedesk-cli: --user amorgan: sign-in failed\n");
    const CliRun euros = runCli(promise + "--currency EUR --user amorgan", kSignedIn);
    CHECK(euros.exitCode == 1);
    CHECK(euros.err == "duedesk-cli: currency: the account has no open invoices in EUR\n");
    const CliRun unknownInvoice = runCli(promise + "--currency GBP --invoice INV-9 --user amorgan", kSignedIn);
    CHECK(unknownInvoice.exitCode == 2);
    CHECK(unknownInvoice.err == "duedesk-cli: --invoice: A1 has no invoice numbered \"INV-9\"\n");
    const CliRun badAmount = runCli(at + "promise add --account A1 --amount 12,50 --currency GBP --date 2026-07-10 "
                                         "--user amorgan",
                                    kSignedIn);
    CHECK(badAmount.exitCode == 2);
    CHECK(badAmount.err == "duedesk-cli: --amount: \"12,50\" is not a decimal number\n");
    CHECK(runCli(promise + "--currency GBP", kSignedIn).exitCode == 2);
    CHECK(dumpDatabase(db) == before);
}

TEST_CASE("CLI: a payment plan is agreed, listed with its standing and cancelled", "[cli][plans]") {
    TempDir dir;
    const std::string db = handLedgerWithPassword(dir);
    const std::string at = "--db " + q(db) + " ";
    const CliRun add = runCli(at + "plan add --account A1 --currency GBP --instalment 2026-07-15:200.00 "
                                   "--instalment 2026-08-15:250.50 --invoice INV-2 --invoice INV-3 --on 2026-07-01 "
                                   "--user amorgan",
                              kSignedIn);
    CHECK(add.exitCode == 0);
    CHECK(add.err.empty());
    CHECK(add.out == "Plan 1 agreed: A1 GBP 450.50 in 2 instalments from 2026-07-15 to 2026-08-15, agreed "
                     "2026-07-01 by amorgan\n");

    CHECK(runCli(at + "plan list --account A1 --as-of 2026-07-18").out ==
          "Payment plans of A1 Acme Ltd as of 2026-07-18 (grace 3 days, tolerance 0 minor units):\n"
          "Plan 1: GBP 450.50 in 2 instalments, agreed 2026-07-01 by amorgan, for INV-2, INV-3: in good standing\n"
          "  #  DUE         DEADLINE    AMOUNT  PAID  STATE\n"
          "  1  2026-07-15  2026-07-18  200.00  0.00  open\n"
          "  2  2026-08-15  2026-08-18  250.50  0.00  open\n");
    CHECK(runCli(at + "plan list --account A1 --as-of 2026-07-19").out ==
          "Payment plans of A1 Acme Ltd as of 2026-07-19 (grace 3 days, tolerance 0 minor units):\n"
          "Plan 1: GBP 450.50 in 2 instalments, agreed 2026-07-01 by amorgan, for INV-2, INV-3: in arrears since "
          "2026-07-15\n"
          "  #  DUE         DEADLINE    AMOUNT  PAID  STATE\n"
          "  1  2026-07-15  2026-07-18  200.00  0.00  broken\n"
          "  2  2026-08-15  2026-08-18  250.50  0.00  open\n");

    const std::string before = dumpDatabase(db);
    const CliRun mismatch = runCli(at + "plan add --account A1 --currency GBP --instalment 2026-07-15:100.00 "
                                        "--invoice INV-1 --on 2026-07-01 --user amorgan",
                                   kSignedIn);
    CHECK(mismatch.exitCode == 1);
    CHECK(mismatch.err == "duedesk-cli: instalments: they add up to 100.00, but 1000.00 GBP is open on the invoices "
                          "the plan covers\n");
    const CliRun malformed =
        runCli(at + "plan add --account A1 --currency GBP --instalment 2026-07-15 --user amorgan", kSignedIn);
    CHECK(malformed.exitCode == 2);
    CHECK(malformed.err == "duedesk-cli: --instalment \"2026-07-15\" is not DATE:AMOUNT, e.g. 2026-07-15:200.00\n");
    CHECK(dumpDatabase(db) == before);

    const CliRun cancelled = runCli(at + "plan cancel 1 --on 2026-07-20 --user amorgan", kSignedIn);
    CHECK(cancelled.exitCode == 0);
    CHECK(cancelled.out == "Plan 1 cancelled on 2026-07-20\n");
    const CliRun json = runCli(at + "plan list --account A1 --as-of 2026-07-20 --format json");
    CHECK(json.out == R"({
  "account": "A1",
  "as_of": "2026-07-20",
  "grace_days": 3,
  "tolerance_minor": 0,
  "plans": [
    {
      "id": 1,
      "currency": "GBP",
      "total": "450.50",
      "agreed_on": "2026-07-01",
      "agreed_by": "amorgan",
      "invoices": [
        "INV-2",
        "INV-3"
      ],
      "cancelled_on": "2026-07-20",
      "in_good_standing": false,
      "completed": false,
      "first_missed_on": null,
      "instalments": [
        {
          "seq": 1,
          "due_on": "2026-07-15",
          "deadline": "2026-07-18",
          "amount": "200.00",
          "paid": "0.00",
          "state": "cancelled"
        },
        {
          "seq": 2,
          "due_on": "2026-08-15",
          "deadline": "2026-08-18",
          "amount": "250.50",
          "paid": "0.00",
          "state": "cancelled"
        }
      ],
      "note": ""
    }
  ]
}
)");
}

TEST_CASE("CLI: the diary settings are shown, changed and judged with", "[cli][settings]") {
    TempDir dir;
    const std::string db = handLedgerWithPassword(dir);
    const std::string at = "--db " + q(db) + " ";
    CHECK(runCli(at + "settings diary").out ==
          "promise-grace-days 3\npromise-tolerance-minor 0\nminimum-contact-interval-days 3\n");
    const std::string before = dumpDatabase(db);
    const CliRun refused = runCli(at + "settings diary --grace-days 61");
    CHECK(refused.exitCode == 1);
    CHECK(refused.err == "duedesk-cli: The promise grace days must be 0 to 60; 61 is not.\n");
    const CliRun analyst = runCli(at + "settings diary --grace-days 5 --user amorgan");
    CHECK(analyst.exitCode == 1);
    CHECK(analyst.err == "duedesk-cli: amorgan (analyst) may not change the team's settings\n");
    CHECK(dumpDatabase(db) == before);

    const CliRun changed = runCli(at + "settings diary --grace-days 5 --tolerance-minor 100");
    CHECK(changed.exitCode == 0);
    CHECK(changed.out == "promise-grace-days 5\npromise-tolerance-minor 100\nminimum-contact-interval-days 3\n");
    // A promise for 2026-07-10 is judged on 2026-07-16 now, not 2026-07-14.
    REQUIRE(runCli(at + "promise add --account A1 --amount 10.00 --currency GBP --date 2026-07-10 --on 2026-07-01 "
                        "--user amorgan",
                   kSignedIn)
                .exitCode == 0);
    CHECK(runCli(at + "promise list --account A1 --as-of 2026-07-15").out ==
          "Promises of A1 Acme Ltd as of 2026-07-15 (grace 5 days, tolerance 100 minor units):\n"
          "ID  PROMISED    DEADLINE       AMOUNT  PAID  STATE  TAKEN       BY       INVOICES\n"
          "1   2026-07-10  2026-07-15  GBP 10.00  0.00  open   2026-07-01  amorgan\n");
}
