// duedesk-cli writeoff on the hand ledger: amorgan requests, fnaylor
// (limit GBP 250.50) is refused a larger total that hreid (limit GBP
// 1,000.00) approves, admin exports the journal and confirms the posting,
// which closes the amounts; refusals write nothing.
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

namespace {

std::string q(const std::string& s) { return "'" + s + "'"; }

const std::string kSignedIn = "DUEDESK_PASSWORD=team-password";

std::string teamLedger(const TempDir& dir) {
    const std::string db = dir.file("hand.db");
    const std::string at = "--db " + q(db) + " ";
    REQUIRE(runCli(at + "users add amorgan --full-name 'Alice Morgan'").exitCode == 0);
    REQUIRE(runCli(at + "users add bokafor --full-name 'Ben Okafor'").exitCode == 0);
    REQUIRE(runCli(at + "users add fnaylor --role write_off_approver").exitCode == 0);
    REQUIRE(runCli(at + "users add hreid --role team_leader").exitCode == 0);
    REQUIRE(runCli(at + "users add admin --role administrator").exitCode == 0);
    REQUIRE(runCli(at + "import " + q(testDataPath("hand-ledger.csv")) + " --as-of 2026-06-30").exitCode == 0);
    for (const char* name : {"amorgan", "fnaylor", "hreid", "admin"})
        REQUIRE(runProgram(DUEDESK_CLI, at + "users set-password " + name, "", "team-password\n").exitCode == 0);
    return db;
}

} // namespace

TEST_CASE("CLI: a write-off is requested, approved within a limit, exported and posted", "[cli][writeoffs]") {
    TempDir dir;
    const std::string db = teamLedger(dir);
    const std::string at = "--db " + q(db) + " ";
    const CliRun limit = runCli(at + "users set-limit fnaylor 250.50 --currency GBP");
    CHECK(limit.err.empty());
    CHECK(limit.out == "Write-off limit of fnaylor: GBP 250.50\n");
    REQUIRE(runCli(at + "users set-limit hreid 1000 --currency GBP").exitCode == 0);

    const CliRun request =
        runCli(at + "writeoff request --account A1 --document INV-2 --document INV-3=250.50 --reason small_balance "
                    "--note 'Residual balances' --user amorgan --today 2026-07-01",
               kSignedIn);
    CHECK(request.err.empty());
    CHECK(request.out == "Write-off 1 requested on A1 (small_balance): INV-2 GBP 200.00 INV-3 GBP 250.50\n");

    const std::string before = dumpDatabase(db);
    const CliRun above = runCli(at + "writeoff approve 1 --user fnaylor --today 2026-07-02", kSignedIn);
    CHECK(above.exitCode == 1);
    CHECK(above.err == "duedesk-cli: approval: fnaylor's write-off limit 250.50 GBP is below the total 450.50 GBP; "
                       "it needs an approver with a limit of at least 450.50 GBP\n");
    const CliRun analyst = runCli(at + "writeoff approve 1 --user amorgan --today 2026-07-02", kSignedIn);
    CHECK(analyst.exitCode == 1);
    CHECK(analyst.err == "duedesk-cli: amorgan (analyst) may not approve write-offs\n");
    const CliRun early = runCli(at + "writeoff posted 1 --user admin --today 2026-07-02", kSignedIn);
    CHECK(early.exitCode == 1);
    CHECK(early.err == "duedesk-cli: state: write-off 1: only an approved write-off is posted; it is requested\n");
    CHECK(dumpDatabase(db) == before);

    const CliRun approve = runCli(at + "writeoff approve 1 --user hreid --today 2026-07-02", kSignedIn);
    CHECK(approve.err.empty());
    CHECK(approve.out == "Write-off 1 approved by hreid on 2026-07-02\n");

    const std::string journal = dir.file("journal.csv");
    const CliRun exported = runCli(
        at + "writeoff export --format csv --output " + q(journal) + " --user admin --today 2026-07-03", kSignedIn);
    CHECK(exported.err.empty());
    CHECK(exported.out == "Wrote 2 lines to " + journal + "\n");
    CHECK(readFile(journal) == "write_off,account,account_name,document,amount,currency,reason,requester,"
                               "requested_on,approver,approved_on\r\n"
                               "1,A1,Acme Ltd,INV-2,200.00,GBP,Small balance,amorgan,2026-07-01,hreid,2026-07-02\r\n"
                               "1,A1,Acme Ltd,INV-3,250.50,GBP,Small balance,amorgan,2026-07-01,hreid,2026-07-02\r\n");

    const CliRun posted = runCli(at + "writeoff posted 1 --user admin --today 2026-07-03", kSignedIn);
    CHECK(posted.err.empty());
    CHECK(posted.out == "Write-off 1 posted on 2026-07-03\n");
    const CliRun aging = runCli(at + "aging --by account --as-of 2026-07-03 --format csv");
    // INV-2 (200.00) and INV-3 (250.50) closed: 1,150.50 - 450.50 = 700.00.
    CHECK(aging.out.find("2026-07-03,A1,Acme Ltd,GBP,0.00,1000.00,0.00,0.00,0.00,0.00,-300.00,700.00,0.00") !=
          std::string::npos);
    const CliRun check = runCli(at + "check");
    CHECK(check.exitCode == 0);
    CHECK(check.out == db + ": ok (13 documents, 10 open)\n");
    const CliRun list = runCli(at + "writeoff list --state posted");
    CHECK(list.out == "Id\tAccount\tReason\tState\tRequested\tBy\tDecided\tBy\tPosted\tDocuments\n"
                      "1\tA1\tsmall_balance\tposted\t2026-07-01\tamorgan\t2026-07-02\threid\t2026-07-03\tINV-2 GBP "
                      "200.00, INV-3 GBP 250.50\n");
}

TEST_CASE("CLI: a write-off is rejected with a reason, and not by its requester", "[cli][writeoffs]") {
    TempDir dir;
    const std::string db = teamLedger(dir);
    const std::string at = "--db " + q(db) + " ";
    REQUIRE(runCli(at + "users set-limit hreid 1000 --currency GBP").exitCode == 0);
    REQUIRE(runCli(at + "writeoff request --account A1 --document INV-3 --reason insolvent --note 'Liquidator letter' "
                        "--user hreid --today 2026-07-01",
                   kSignedIn)
                .exitCode == 0);
    const CliRun own = runCli(at + "writeoff reject 1 --reason 'Not yet' --user hreid --today 2026-07-02", kSignedIn);
    CHECK(own.exitCode == 1);
    CHECK(own.err == "duedesk-cli: approval: hreid requested write-off 1 and may not decide it; another approver "
                     "must\n");
    const CliRun reject =
        runCli(at + "writeoff reject 1 --reason 'Customer still trading' --user fnaylor --today 2026-07-02", kSignedIn);
    CHECK(reject.err.empty());
    CHECK(reject.out == "Write-off 1 rejected by fnaylor on 2026-07-02\n");
    const CliRun badReason = runCli(at + "writeoff request --account A1 --document INV-3 --reason bad_luck --note x "
                                         "--user amorgan --today 2026-07-01",
                                    kSignedIn);
    CHECK(badReason.exitCode == 2);
    CHECK(badReason.err == "duedesk-cli: --reason \"bad_luck\" is not one of insolvent, uneconomic, small_balance, "
                           "settlement_agreed, dispute_lost, other\n");
    const CliRun analystLimit = runCli(at + "users set-limit amorgan 10 --currency GBP");
    CHECK(analystLimit.exitCode == 1);
    CHECK(analystLimit.err ==
          "duedesk-cli: user: amorgan is an analyst; analysts request write-offs and do not approve them\n");
}
