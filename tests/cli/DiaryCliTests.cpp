// duedesk-cli contact, diary, hold and accounts reassign, as a signed-in
// user runs them: exact outputs, refusals and exit statuses.
#include "duedesk/services/AccountContacts.h"
#include "duedesk/services/UserDirectory.h"
#include "duedesk/storage/AccountRepository.h"
#include "support/HandLedger.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

namespace {

std::string q(const std::string& s) { return "'" + s + "'"; }

const std::string kSignIn = "DUEDESK_PASSWORD='correct horse'";

// The hand ledger with a team leader, everyone's password "correct horse",
// and Jo Bloggs as A1's contact.
std::string diaryLedger(const TempDir& dir) {
    const std::string path = dir.file("diary.db");
    auto db = openHandLedger(path);
    UserDirectory users(*db);
    users.add({0, "hreid", "Helen Reid", Role::TeamLeader, true, std::nullopt, false}, operatorActor());
    for (const char* name : {"amorgan", "bokafor", "hreid"}) users.setPassword(name, "correct horse", operatorActor());
    Contact jo;
    jo.accountId = db->accounts().findByNumber("A1")->id;
    jo.name = "Jo Bloggs";
    jo.phone = "+44 20 7946 0000";
    AccountContacts(*db).saveContact(jo, std::nullopt, Date::ymd(2026, 6, 1),
                                     Actor::person(*users.find("amorgan"), Date::ymd(2026, 6, 1)));
    return path;
}

CliRun signedIn(const std::string& db, const std::string& arguments) {
    return runCli("--db " + q(db) + " " + arguments, kSignIn);
}

} // namespace

TEST_CASE("CLI: contact log records a contact and its follow-up, contact list shows the log", "[cli][diary]") {
    TempDir dir;
    const std::string db = diaryLedger(dir);
    const CliRun logged = signedIn(db, "contact log --account A1 --channel phone --outcome left_message --with "
                                       "'Jo Bloggs' --note 'Asked for a call back' --on 2026-06-29 --follow-up "
                                       "2026-07-03 --next email --user amorgan --today 2026-06-30");
    CHECK(logged.err.empty());
    CHECK(logged.exitCode == 0);
    CHECK(logged.out == "Logged contact 1 for A1; follow-up: email on 2026-07-03\n");
    // The password from standard input, as a script without the variable.
    const CliRun correction = runProgram(DUEDESK_CLI,
                                         "--db " + q(db) +
                                             " contact log --account A1 --channel phone --outcome no_answer --note "
                                             "'It was the voicemail' --on 2026-06-29 --follow-up 2026-07-02 "
                                             "--corrects 1 --user bokafor --today 2026-06-30",
                                         "DUEDESK_PASSWORD=", "correct horse\n");
    CHECK(correction.err.empty());
    CHECK(correction.out == "Logged contact 2 for A1; follow-up: call on 2026-07-02\n");

    const CliRun list = runCli("--db " + q(db) + " contact list --account A1");
    CHECK(list.exitCode == 0);
    CHECK(list.out == "ID   DATE        CHANNEL  OUTCOME               BY        FOLLOW-UP   NOTE\n"
                      "2    2026-06-29  phone    no_answer             bokafor   2026-07-02  (corrects 1) It was the "
                      "voicemail\n"
                      "1    2026-06-29  phone    left_message          amorgan   2026-07-03  (with Jo Bloggs) Asked "
                      "for a call back\n");
    const CliRun json = runCli("--db " + q(db) + " contact list --account A1 --format json");
    CHECK(json.out.starts_with(R"({
  "account": "A1",
  "contacts": [
    {
      "id": 2,
      "contacted_on": "2026-06-29",
      "channel": "phone",
      "outcome": "no_answer",
      "with": null,
      "note": "It was the voicemail",
      "follow_up_on": "2026-07-02",
      "corrects": 1,
      "recorded_by": "bokafor",
      "recorded_on": "2026-06-30"
    },
    {
      "id": 1,)"));
    CHECK(json.out.find(R"("with": "Jo Bloggs",)") != std::string::npos);
    CHECK(runCli("--db " + q(db) + " contact list --account A2").out == "No contacts logged for A2.\n");
}

TEST_CASE("CLI: contact log takes a promise with the contact, or writes neither", "[cli][diary][promises]") {
    TempDir dir;
    const std::string db = diaryLedger(dir);
    const std::string before = dumpDatabase(db);
    const std::string base = "contact log --account A1 --channel phone --on 2026-06-30 --follow-up 2026-07-14 "
                             "--user amorgan --today 2026-06-30 --promise-currency GBP --promise-date 2026-07-10 ";
    // A1 owes GBP 1,450.50 on its invoices.
    const CliRun tooMuch = signedIn(db, base + "--outcome promise_to_pay --promise-amount 1450.51");
    CHECK(tooMuch.exitCode == 1);
    CHECK(tooMuch.err == "duedesk-cli: amount: 1450.51 is more than the 1450.50 GBP open on the account's invoices\n");
    const CliRun notAPromise = signedIn(db, base + "--outcome no_answer --promise-amount 100.00");
    CHECK(notAPromise.exitCode == 1);
    CHECK(notAPromise.err == "duedesk-cli: outcome: only a contact with the outcome Promise to pay takes a promise\n");
    const CliRun noDate = signedIn(db, "contact log --account A1 --channel phone --outcome promise_to_pay --follow-up "
                                       "2026-07-14 --user amorgan --today 2026-06-30 --promise-amount 100.00 "
                                       "--promise-currency GBP");
    CHECK(noDate.exitCode == 2);
    CHECK(dumpDatabase(db) == before);

    const CliRun taken =
        signedIn(db, base + "--outcome promise_to_pay --promise-amount 1000.00 --promise-invoice INV-1");
    CHECK(taken.err.empty());
    CHECK(taken.exitCode == 0);
    CHECK(taken.out == "Logged contact 1 for A1 with a promise of GBP 1,000.00 by 2026-07-10; follow-up: call on "
                       "2026-07-14\n");
    const CliRun promises = runCli("--db " + q(db) + " promise list --account A1 --as-of 2026-06-30");
    CHECK(promises.out == "Promises of A1 Acme Ltd as of 2026-06-30 (grace 3 days, tolerance 0 minor units):\n"
                          "ID  PROMISED    DEADLINE          AMOUNT  PAID  STATE  TAKEN       BY       INVOICES\n"
                          "1   2026-07-10  2026-07-13  GBP 1,000.00  0.00  open   2026-06-30  amorgan  INV-1\n");
}

TEST_CASE("CLI: contact log refuses bad input, naming the option or the rule, and writes nothing", "[cli][diary]") {
    TempDir dir;
    const std::string db = diaryLedger(dir);
    const std::string before = dumpDatabase(db);
    const std::string base = "contact log --account A1 --user amorgan --today 2026-06-30 ";

    const CliRun other = signedIn(db, base + "--channel phone --outcome other --follow-up 2026-07-03");
    CHECK(other.exitCode == 1);
    CHECK(other.err == "duedesk-cli: A note is required when the outcome is Other: say what came of the contact.\n");
    const CliRun noFollowUp = signedIn(db, base + "--channel phone --outcome no_answer");
    CHECK(noFollowUp.exitCode == 1);
    CHECK(noFollowUp.err ==
          "duedesk-cli: A follow-up date is required while the account is overdue: when is the next step?\n");
    const CliRun fax = signedIn(db, base + "--channel fax --outcome no_answer --follow-up 2026-07-03");
    CHECK(fax.exitCode == 2);
    CHECK(fax.err == "duedesk-cli: --channel \"fax\" is not one of phone, email, letter, meeting, note\n");
    const CliRun outcome = signedIn(db, base + "--channel phone --outcome promised --follow-up 2026-07-03");
    CHECK(outcome.exitCode == 2);
    CHECK(outcome.err == "duedesk-cli: --outcome \"promised\" is not one of no_answer, left_message, "
                         "promise_to_pay, dispute_raised, paid_already, remittance_requested, refused, "
                         "wrong_contact, other\n");
    const CliRun stranger =
        signedIn(db, base + "--channel phone --outcome no_answer --follow-up 2026-07-03 --with Sam");
    CHECK(stranger.exitCode == 2);
    CHECK(stranger.err == "duedesk-cli: --with: A1 has no current contact named \"Sam\"\n");
    const CliRun badDate = signedIn(db, base + "--channel phone --outcome no_answer --follow-up 2026-07-32");
    CHECK(badDate.exitCode == 2);
    CHECK(badDate.err == "duedesk-cli: --follow-up \"2026-07-32\" is not a valid date (YYYY-MM-DD)\n");
    const CliRun nextAlone = signedIn(db, base + "--channel phone --outcome no_answer --next email");
    CHECK(nextAlone.exitCode == 2);

    // Signed in or not at all.
    const CliRun wrongPassword =
        runCli("--db " + q(db) + " " + base + "--channel phone --outcome no_answer --follow-up 2026-07-03",
               "DUEDESK_PASSWORD=wrong");
    CHECK(wrongPassword.exitCode == 1);
    CHECK(wrongPassword.err == "duedesk-cli: --user amorgan: sign-in failed\n");
    const CliRun noUser = signedIn(db, "contact log --account A1 --channel phone --outcome no_answer --follow-up "
                                       "2026-07-03 --today 2026-06-30");
    CHECK(noUser.exitCode == 2);
    CHECK(noUser.err.find("--user is required") != std::string::npos);
    CHECK(dumpDatabase(db) == before);
}

TEST_CASE("CLI: diary add, list and done", "[cli][diary]") {
    TempDir dir;
    const std::string db = diaryLedger(dir);
    REQUIRE(signedIn(db, "contact log --account A1 --channel email --outcome remittance_requested --on 2026-06-30 "
                         "--follow-up 2026-07-03 --user amorgan --today 2026-06-30")
                .exitCode == 0);
    const CliRun review = signedIn(db, "diary add --account A1 --on 2026-07-15 --action review --note 'Check the "
                                       "credit limit' --user bokafor --today 2026-06-30");
    CHECK(review.err.empty());
    CHECK(review.out == "Diary entry 2 for A1: review on 2026-07-15, owner amorgan\n");
    const CliRun visit =
        signedIn(db, "diary add --account A1 --on 2026-07-01 --action visit --owner hreid --user bokafor --today "
                     "2026-06-30");
    CHECK(visit.out == "Diary entry 3 for A1: visit on 2026-07-01, owner hreid\n");
    const CliRun done = signedIn(db, "diary done 3 --user hreid --today 2026-07-01");
    CHECK(done.exitCode == 0);
    CHECK(done.out == "Diary entry 3 done on 2026-07-01\n");

    const CliRun list = runCli("--db " + q(db) + " diary list --account A1");
    CHECK(list.out == "ID   DUE         ACTION  OWNER     STATUS           NOTE\n"
                      "1    2026-07-03  call    amorgan   open             (from contact 1)\n"
                      "2    2026-07-15  review  amorgan   open             Check the credit limit\n"
                      "3    2026-07-01  visit   hreid     done 2026-07-01\n");
    const CliRun json = runCli("--db " + q(db) + " diary list --account A1 --format json");
    CHECK(json.out.ends_with(R"(    {
      "id": 3,
      "due_on": "2026-07-01",
      "action": "visit",
      "owner": "hreid",
      "note": "",
      "from_contact": null,
      "created_by": "bokafor",
      "created_on": "2026-06-30",
      "done_on": "2026-07-01",
      "done_by": "hreid",
      "done_by_contact": null
    }
  ]
}
)"));
    CHECK(runCli("--db " + q(db) + " diary list --account A2").out == "No diary entries for A2.\n");

    const std::string before = dumpDatabase(db);
    const CliRun again = signedIn(db, "diary done 3 --user hreid --today 2026-07-02");
    CHECK(again.exitCode == 1);
    CHECK(again.err == "duedesk-cli: diary entry 3 was already done on 2026-07-01\n");
    const CliRun unknown = signedIn(db, "diary done 99 --user hreid --today 2026-07-02");
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err == "duedesk-cli: diary: no entry 99\n");
    const CliRun far =
        signedIn(db, "diary add --account A1 --on 2027-07-01 --action call --user amorgan --today 2026-06-30");
    CHECK(far.exitCode == 1);
    CHECK(far.err == "duedesk-cli: 2027-07-01 is after the latest follow-up allowed, 2027-06-30.\n");
    const CliRun action =
        signedIn(db, "diary add --account A1 --on 2026-07-01 --action phone --user amorgan --today 2026-06-30");
    CHECK(action.exitCode == 2);
    CHECK(action.err == "duedesk-cli: --action \"phone\" is not one of call, email, letter, visit, review\n");
    const CliRun account =
        signedIn(db, "diary add --account A9 --on 2026-07-01 --action call --user amorgan --today 2026-06-30");
    CHECK(account.exitCode == 2);
    CHECK(account.err == "duedesk-cli: --account: no account numbered \"A9\"\n");
    CHECK(dumpDatabase(db) == before);
}

TEST_CASE("CLI: hold add, list and release, on exact days", "[cli][diary][hold]") {
    TempDir dir;
    const std::string db = diaryLedger(dir);
    const CliRun first = signedIn(
        db,
        "hold add --account A1 --until 2026-07-10 --reason 'customer on holiday' --user amorgan --today 2026-06-30");
    CHECK(first.err.empty());
    CHECK(first.out == "Hold 1 on A1: chasing paused 2026-06-30 to 2026-07-09, resumes 2026-07-10 (customer on "
                       "holiday)\n");
    const CliRun second = signedIn(
        db, "hold add --account A1 --until 2026-07-20 --reason ' still on holiday ' --user amorgan --today 2026-07-06");
    CHECK(second.out == "Hold 2 on A1: chasing paused 2026-07-06 to 2026-07-19, resumes 2026-07-20 (still on "
                        "holiday)\n"
                        "Hold 1 released on 2026-07-06: hold 2 takes over\n");
    const CliRun list = runCli("--db " + q(db) + " hold list --account A1 --as-of 2026-07-08");
    CHECK(list.out == "ID   PLACED      UNTIL       STATUS               BY        REASON\n"
                      "2    2026-07-06  2026-07-20  pausing              amorgan   still on holiday\n"
                      "1    2026-06-30  2026-07-10  released 2026-07-06  amorgan   customer on holiday\n");
    const CliRun release = signedIn(db, "hold release 2 --user bokafor --today 2026-07-08");
    CHECK(release.exitCode == 0);
    CHECK(release.out == "Hold 2 released on 2026-07-08: chasing resumes\n");
    const CliRun json = runCli("--db " + q(db) + " hold list --account A1 --as-of 2026-07-08 --format json");
    CHECK(json.out.starts_with(R"({
  "account": "A1",
  "as_of": "2026-07-08",
  "holds": [
    {
      "id": 2,
      "placed_on": "2026-07-06",
      "until_on": "2026-07-20",
      "reason": "still on holiday",
      "placed_by": "amorgan",
      "released_on": "2026-07-08",
      "released_by": "bokafor",
      "pausing": false
    },
)"));
    CHECK(runCli("--db " + q(db) + " hold list --account A2").out == "No holds on A2.\n");

    const std::string before = dumpDatabase(db);
    const CliRun again = signedIn(db, "hold release 2 --user bokafor --today 2026-07-09");
    CHECK(again.exitCode == 1);
    CHECK(again.err == "duedesk-cli: hold 2 was already released on 2026-07-08\n");
    const CliRun tooLong = signedIn(
        db, "hold add --account A2 --until 2026-10-07 --reason 'query with sales' --user amorgan --today 2026-07-08");
    CHECK(tooLong.exitCode == 1);
    CHECK(tooLong.err == "duedesk-cli: A hold lasts at most 90 days: 2026-10-07 is after 2026-10-06.\n");
    const CliRun blank =
        signedIn(db, "hold add --account A2 --until 2026-07-10 --reason '  ' --user amorgan --today 2026-07-08");
    CHECK(blank.exitCode == 1);
    CHECK(blank.err == "duedesk-cli: A reason is required: why does chasing pause (customer on holiday, awaiting "
                       "remittance, query with sales)?\n");
    CHECK(dumpDatabase(db) == before);
}

TEST_CASE("CLI: accounts reassign moves accounts and their diaries, for team leaders only", "[cli][diary]") {
    TempDir dir;
    const std::string db = diaryLedger(dir);
    REQUIRE(signedIn(db, "diary add --account A1 --on 2026-07-03 --action call --user amorgan --today 2026-06-30")
                .exitCode == 0);
    const std::string before = dumpDatabase(db);
    const CliRun analyst = signedIn(db, "accounts reassign --to bokafor A1 --user amorgan --today 2026-07-01");
    CHECK(analyst.exitCode == 1);
    CHECK(analyst.err == "duedesk-cli: amorgan (analyst) may not reassign accounts\n");
    const CliRun unknown = signedIn(db, "accounts reassign --to bokafor A1 A9 --user hreid --today 2026-07-01");
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err == "duedesk-cli: NUMBER: no account numbered \"A9\"\n");
    const CliRun nothing = signedIn(db, "accounts reassign --to bokafor --user hreid --today 2026-07-01");
    CHECK(nothing.exitCode == 2);
    CHECK(nothing.err == "duedesk-cli: give the accounts' numbers or --from NAME\n");
    CHECK(dumpDatabase(db) == before);

    const CliRun some = signedIn(db, "accounts reassign --to bokafor A1 A3 --user hreid --today 2026-07-01");
    CHECK(some.err.empty());
    CHECK(some.out == "Reassigned 1 account to bokafor; 1 already bokafor's\n");
    CHECK(runCli("--db " + q(db) + " diary list --account A1").out ==
          "ID   DUE         ACTION  OWNER     STATUS           NOTE\n"
          "1    2026-07-03  call    bokafor   open\n");
    const CliRun leaving = signedIn(db, "accounts reassign --from amorgan --to hreid --user hreid --today 2026-07-01");
    CHECK(leaving.out == "Reassigned 1 account from amorgan to hreid\n");
    const CliRun check = runCli("--db " + q(db) + " check");
    CHECK(check.exitCode == 0);
    CHECK(check.out == db + ": ok (13 documents, 12 open)\n");
}
