// duedesk-cli escalate on the hand ledger: amorgan refers A1 (GBP 1,150.50
// open: 1,450.50 of invoices less PAY-1's 300.00) and asks hreid, the team
// leader, to look at A2; hreid moves the referral along and answers.
// Refusals for the roles that may not, and nothing written by them.
#include "cli/SignedInLedger.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

namespace {

std::string q(const std::string& s) { return "'" + s + "'"; }

const std::string kTeam = "DUEDESK_PASSWORD=team-password";

std::string teamLedger(const TempDir& dir) {
    const std::string db = dir.file("hand.db");
    const std::string at = "--db " + q(db) + " ";
    REQUIRE(runCli(at + "users add amorgan --full-name 'Alice Morgan'").exitCode == 0);
    REQUIRE(runCli(at + "users add bokafor --full-name 'Ben Okafor'").exitCode == 0);
    REQUIRE(runCli(at + "users add hreid --role team_leader").exitCode == 0);
    REQUIRE(runCli(at + "users add admin --role administrator").exitCode == 0);
    REQUIRE(runCli(at + "import " + q(testDataPath("hand-ledger.csv")) + " --as-of 2026-06-30").exitCode == 0);
    for (const char* name : {"amorgan", "hreid", "admin"})
        REQUIRE(runProgram(DUEDESK_CLI, at + "users set-password " + name, "", "team-password\n").exitCode == 0);
    return db;
}

} // namespace

TEST_CASE("CLI: an account is referred, leaves the worklist and its referral moves to closed", "[cli][escalations]") {
    TempDir dir;
    const std::string db = teamLedger(dir);
    const std::string at = "--db " + q(db) + " ";
    const CliRun refer = runCli(at + "escalate refer --account A1 --recommend court_claim --party 'Hale & Co "
                                     "Solicitors' --note 'No reply to final demand' --user amorgan --today 2026-07-01",
                                kTeam);
    CHECK(refer.err.empty());
    CHECK(refer.exitCode == 0);
    CHECK(refer.out == "Referral 1: A1 referred to Hale & Co Solicitors (court_claim) on 2026-07-01, GBP 1,150.50\n");

    const CliRun worklist = runCli(at + "worklist --analyst amorgan --date 2026-07-01");
    CHECK(worklist.exitCode == 0);
    CHECK(worklist.out.find(" A1 ") == std::string::npos);
    CHECK(worklist.out.find(" A2 ") != std::string::npos);

    // The analyst may not move it; the team leader may.
    const std::string before = dumpDatabase(db);
    const CliRun analyst = runCli(at + "escalate update 1 --state accepted --user amorgan --today 2026-07-02", kTeam);
    CHECK(analyst.exitCode == 1);
    CHECK(analyst.err == "duedesk-cli: amorgan (analyst) may not update referrals\n");
    const CliRun admin = runCli(
        at + "escalate refer --account A2 --recommend agency --party Northgate --user admin --today 2026-07-02", kTeam);
    CHECK(admin.exitCode == 1);
    CHECK(admin.err == "duedesk-cli: admin (administrator) may not refer accounts to an agency or a solicitor\n");
    const CliRun again = runCli(
        at + "escalate refer --account A1 --recommend agency --party Northgate --user amorgan --today 2026-07-02",
        kTeam);
    CHECK(again.exitCode == 1);
    CHECK(again.err == "duedesk-cli: account: A1 is already referred (referral 1, referred, since 2026-07-01)\n");
    const CliRun skip = runCli(at + "escalate update 1 --state judgment --user hreid --today 2026-07-02", kTeam);
    CHECK(skip.exitCode == 1);
    CHECK(skip.err == "duedesk-cli: state: judgment comes only after a claim is issued\n");
    CHECK(dumpDatabase(db) == before);

    const CliRun badState = runCli(at + "escalate update 1 --state referred --user hreid", kTeam);
    CHECK(badState.exitCode != 0);
    CHECK(badState.err == "duedesk-cli: --state \"referred\" is not one of accepted, claim_issued, judgment, "
                          "settled, closed\n");

    CHECK(runCli(at + "escalate update 1 --state accepted --note 'Letter before claim sent' --user hreid --today "
                      "2026-07-03",
                 kTeam)
              .out == "Referral 1 accepted on 2026-07-03\n");
    CHECK(runCli(at + "escalate update 1 --state claim_issued --user hreid --today 2026-07-20", kTeam).out ==
          "Referral 1 claim issued on 2026-07-20\n");
    const CliRun list = runCli(at + "escalate list --as-of 2026-07-21");
    CHECK(list.exitCode == 0);
    CHECK(list.out ==
          "Referrals\n"
          "Id  Account  State         Recommendation  Party                 Referred    By       Days        "
          "Amount\n"
          "1   A1       claim_issued  court_claim     Hale & Co Solicitors  2026-07-01  amorgan    20  "
          "GBP 1,150.50\n"
          "Attention requests\n"
          "No attention requests.\n");
    const CliRun closed =
        runCli(at + "escalate update 1 --state closed --note 'Judgment paid' --user hreid --today 2026-09-01", kTeam);
    CHECK(closed.out == "Referral 1 closed on 2026-09-01\n");
    const CliRun json = runCli(at + "escalate list --account A1 --format json --as-of 2026-09-01");
    CHECK(json.out.find("\"closed_on\": \"2026-09-01\"") != std::string::npos);
    CHECK(json.out.find("\"note\": \"Judgment paid\"") != std::string::npos);
    CHECK(json.out.find("\"by\": \"hreid\"") != std::string::npos);
    CHECK(runCli(at + "escalate list --open --as-of 2026-09-01").out ==
          "Referrals\nNo referrals.\nAttention requests\nNo attention requests.\n");
}

TEST_CASE("CLI: a request for management attention is on the team leader's worklist until answered",
          "[cli][escalations]") {
    TempDir dir;
    const std::string db = teamLedger(dir);
    const std::string at = "--db " + q(db) + " ";
    const CliRun ask = runCli(at + "escalate attention --account A2 --team-leader hreid --reason 'Asks for 120 days' "
                                   "--user amorgan --today 2026-07-01",
                              kTeam);
    CHECK(ask.err.empty());
    CHECK(ask.out == "Attention request 1: A2 for hreid on 2026-07-01\n");
    const CliRun worklist = runCli(at + "worklist --analyst hreid --date 2026-07-02 --format json");
    CHECK(worklist.out.find("\"needs management attention (amorgan, 1 Jul): Asks for 120 days\"") != std::string::npos);
    CHECK(worklist.out.find("\"action\": \"review\"") != std::string::npos);

    const CliRun notLeader = runCli(at + "escalate attention --account A1 --team-leader admin --reason 'Look' "
                                         "--user amorgan --today 2026-07-01",
                                    kTeam);
    CHECK(notLeader.exitCode == 1);
    CHECK(notLeader.err == "duedesk-cli: team leader: admin is not a team leader (administrator)\n");
    const CliRun analyst = runCli(at + "escalate resolve 1 --note 'Done' --user amorgan --today 2026-07-02", kTeam);
    CHECK(analyst.exitCode == 1);
    CHECK(analyst.err == "duedesk-cli: amorgan (analyst) may not answer requests for management attention\n");

    const CliRun answer = runCli(
        at + "escalate resolve 1 --note 'Agreed 60 days, plan to follow' --user hreid --today 2026-07-02", kTeam);
    CHECK(answer.err.empty());
    CHECK(answer.out == "Attention request 1 answered on 2026-07-02\n");
    CHECK(runCli(at + "worklist --analyst hreid --date 2026-07-02").out.find("A2") == std::string::npos);
    CHECK(runCli(at + "escalate list --as-of 2026-07-02").out ==
          "Referrals\n"
          "No referrals.\n"
          "Attention requests\n"
          "Id  Account  Team leader  Raised      By       Answered    Days  Reason\n"
          "1   A2       hreid        2026-07-01  amorgan  2026-07-02     1  Asks for 120 days\n");
}
