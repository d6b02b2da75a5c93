// duedesk-cli credit-memo on the hand ledger: amorgan raises dispute 1
// (300.00 of INV-1, all 250.50 of INV-3) and requests a credit of 120.00
// and 250.50; hreid (team leader) approves; the ERP's credit note CN-80,
// whose reference carries CMR-000001, is imported and settles it. A second
// ledger records the credit note by hand. Refusals write nothing.
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

namespace {

std::string q(const std::string& s) { return "'" + s + "'"; }

const std::string kSignedIn = "DUEDESK_PASSWORD=team-password";

std::string disputedLedger(const TempDir& dir) {
    const std::string db = dir.file("hand.db");
    const std::string at = "--db " + q(db) + " ";
    REQUIRE(runCli(at + "users add amorgan --full-name 'Alice Morgan'").exitCode == 0);
    REQUIRE(runCli(at + "users add bokafor --full-name 'Ben Okafor'").exitCode == 0);
    REQUIRE(runCli(at + "users add hreid --role team_leader").exitCode == 0);
    REQUIRE(runCli(at + "users add admin --role administrator").exitCode == 0);
    REQUIRE(runCli(at + "import " + q(testDataPath("hand-ledger.csv")) + " --as-of 2026-06-30").exitCode == 0);
    for (const char* name : {"amorgan", "hreid", "admin"})
        REQUIRE(runProgram(DUEDESK_CLI, at + "users set-password " + name, "", "team-password\n").exitCode == 0);
    const CliRun open = runCli(at + "dispute open --account A1 --invoice INV-1=300 --invoice INV-3 --reason pricing "
                                    "--owner 'Pricing desk' --user amorgan --today 2026-07-01",
                               kSignedIn);
    REQUIRE(open.exitCode == 0);
    const CliRun request =
        runCli(at + "credit-memo request --dispute 1 --invoice INV-1=120 --invoice INV-3 "
                    "--justification 'Contract price 10% below the invoiced price' --user amorgan --today 2026-07-02",
               kSignedIn);
    CHECK(request.err.empty());
    CHECK(request.out == "CMR-000001 requested on dispute 1: INV-1 GBP 120.00 INV-3 GBP 250.50\n");
    return db;
}

const std::string kHeader =
    "account,account_name,document,type,document_date,due_date,currency,amount,open_amount,reference,analyst\n";

} // namespace

TEST_CASE("CLI: a credit memo is requested, approved and settled by the imported credit note", "[cli][creditmemos]") {
    TempDir dir;
    const std::string db = disputedLedger(dir);
    const std::string at = "--db " + q(db) + " ";

    const std::string before = dumpDatabase(db);
    const CliRun own = runCli(at + "credit-memo approve CMR-000001 --user amorgan --today 2026-07-03", kSignedIn);
    CHECK(own.exitCode == 1);
    CHECK(own.err == "duedesk-cli: amorgan (analyst) may not approve credit memos\n");
    const CliRun admin = runCli(at + "credit-memo request --dispute 1 --invoice INV-1 --justification 'Again' "
                                     "--user admin --today 2026-07-03",
                                kSignedIn);
    CHECK(admin.exitCode == 1);
    CHECK(admin.err == "duedesk-cli: admin (administrator) may not request credit memos\n");
    const CliRun twice = runCli(at + "credit-memo request --dispute 1 --invoice INV-1=1 --justification 'Again' "
                                     "--user amorgan --today 2026-07-03",
                                kSignedIn);
    CHECK(twice.exitCode == 1);
    CHECK(twice.err == "duedesk-cli: dispute: dispute 1 already has CMR-000001, still pending\n");
    CHECK(dumpDatabase(db) == before);

    const CliRun approve = runCli(at + "credit-memo approve 1 --user hreid --today 2026-07-03", kSignedIn);
    CHECK(approve.err.empty());
    CHECK(approve.out == "CMR-000001 approved by hreid on 2026-07-03\n");

    const std::string erp = dir.file("erp.csv");
    writeFile(erp, kHeader + "A1,Acme Ltd,CN-80,credit_note,2026-07-05,,GBP,370.50,,Credit CMR-000001,amorgan\n");
    const CliRun imported = runCli(at + "import " + q(erp) + " --profile generic --as-of 2026-07-06");
    CHECK(imported.err.empty());
    CHECK(imported.out.find("\nCredit note CN-80 credited CMR-000001; dispute 1 resolved as credited\n") !=
          std::string::npos);

    const CliRun list = runCli(at + "credit-memo list --account A1");
    CHECK(list.err.empty());
    CHECK(list.out == "Request\tDispute\tAccount\tState\tRequested\tBy\tDecided\tBy\tCredit note\tInvoices\n"
                      "CMR-000001\t1\tA1\tcredited\t2026-07-02\tamorgan\t2026-07-03\threid\tCN-80\t"
                      "INV-1 GBP 120.00, INV-3 GBP 250.50\n");
    const CliRun match = runCli(at + "credit-memo match --today 2026-07-06");
    CHECK(match.out == "No credit note names an approved request.\n");
}

TEST_CASE("CLI: a credit note named by hand settles an approved credit memo", "[cli][creditmemos]") {
    TempDir dir;
    const std::string db = disputedLedger(dir);
    const std::string at = "--db " + q(db) + " ";
    const std::string erp = dir.file("erp.csv");
    // The ERP raised the credit note without the request number.
    writeFile(erp, kHeader + "A1,Acme Ltd,CN-90,credit_note,2026-07-05,,GBP,400.00,,Pricing,amorgan\n");
    REQUIRE(runCli(at + "import " + q(erp) + " --profile generic --as-of 2026-07-05").exitCode == 0);

    const CliRun early =
        runCli(at + "credit-memo credited CMR-000001 --document CN-90 --user amorgan --today 2026-07-06", kSignedIn);
    CHECK(early.exitCode == 1);
    CHECK(early.err == "duedesk-cli: state: CMR-000001: only an approved credit memo is credited; it is requested\n");
    REQUIRE(runCli(at + "credit-memo approve 1 --user hreid --today 2026-07-03", kSignedIn).exitCode == 0);
    const CliRun unknown =
        runCli(at + "credit-memo credited 1 --document CN-99 --user amorgan --today 2026-07-06", kSignedIn);
    CHECK(unknown.exitCode != 0);
    CHECK(unknown.err == "duedesk-cli: --document: the dispute's account has no credit note numbered \"CN-99\"\n");

    const CliRun credited =
        runCli(at + "credit-memo credited 1 --document CN-90 --user amorgan --today 2026-07-06", kSignedIn);
    CHECK(credited.err.empty());
    CHECK(credited.out == "CMR-000001 credited by CN-90 on 2026-07-06; dispute 1 resolved as credited\n");
    const CliRun list = runCli(at + "credit-memo list --state credited");
    CHECK(list.out.find("CMR-000001\t1\tA1\tcredited\t2026-07-02\tamorgan\t2026-07-03\threid\tCN-90\t") !=
          std::string::npos);
    const CliRun none = runCli(at + "credit-memo list --state requested");
    CHECK(none.out == "Request\tDispute\tAccount\tState\tRequested\tBy\tDecided\tBy\tCredit note\tInvoices\n");
}

TEST_CASE("CLI: a credit memo is rejected or cancelled with a reason", "[cli][creditmemos]") {
    TempDir dir;
    const std::string db = disputedLedger(dir);
    const std::string at = "--db " + q(db) + " ";
    const CliRun reject =
        runCli(at + "credit-memo reject 1 --reason 'The price applies from August' --user hreid --today 2026-07-03",
               kSignedIn);
    CHECK(reject.err.empty());
    CHECK(reject.out == "CMR-000001 rejected by hreid on 2026-07-03\n");
    REQUIRE(runCli(at + "credit-memo request --dispute 1 --invoice INV-1=50 --justification 'Partial' --user amorgan "
                        "--today 2026-07-04",
                   kSignedIn)
                .exitCode == 0);
    const CliRun cancel = runCli(
        at + "credit-memo cancel CMR-000002 --reason 'Customer paid' --user amorgan --today 2026-07-04", kSignedIn);
    CHECK(cancel.err.empty());
    CHECK(cancel.out == "CMR-000002 cancelled by amorgan on 2026-07-04\n");
    const CliRun bad = runCli(at + "credit-memo approve XYZ --user hreid", kSignedIn);
    CHECK(bad.exitCode != 0);
    CHECK(bad.err == "duedesk-cli: ID \"XYZ\" is not a credit memo request (CMR-000012 or 12)\n");
}
