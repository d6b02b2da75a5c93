// duedesk-cli strategy: listing, showing and setting strategies, the
// rules, and assigning them, with the exact output a user sees.
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

namespace {

std::string q(const std::string& s) { return "'" + s + "'"; }

// The hand ledger, imported by the CLI, with the default strategies.
std::string ledgerWithDefaults(const TempDir& dir) {
    const std::string db = dir.file("hand.db");
    REQUIRE(runCli("--db " + q(db) + " users add amorgan").exitCode == 0);
    REQUIRE(runCli("--db " + q(db) + " users add bokafor").exitCode == 0);
    REQUIRE(runCli("--db " + q(db) + " users add hreid --role team_leader").exitCode == 0);
    REQUIRE(
        runCli("--db " + q(db) + " import " + q(testDataPath("hand-ledger.csv")) + " --as-of 2026-06-30").exitCode ==
        0);
    const CliRun defaults = runCli("--db " + q(db) + " strategy defaults --user hreid");
    REQUIRE(defaults.exitCode == 0);
    CHECK(defaults.out == "Added 4 strategies; 3 rules in force.\n");
    return db;
}

} // namespace

TEST_CASE("CLI: strategy list, show and rules print the default strategies", "[cli][strategy]") {
    TempDir dir;
    const std::string db = ledgerWithDefaults(dir);
    const CliRun list = runCli("--db " + q(db) + " strategy list");
    CHECK(list.exitCode == 0);
    CHECK(list.out == "High risk: +1 call, +7 letter, +14 call, +21 letter, +30 review\n"
                      "Key account: +5 email, +15 call, +30 call, +45 letter, +60 review\n"
                      "Standard: +3 email, +10 call, +20 letter, +35 letter, +50 letter, +65 review\n"
                      "Standard, call first: +3 call, +10 email, +20 letter, +35 letter, +50 letter, +65 review\n");

    const CliRun show = runCli("--db " + q(db) + " strategy show 'high risk'");
    CHECK(show.exitCode == 0);
    CHECK(show.out == "High risk\n"
                      "Faster and firmer, for accounts rated D.\n"
                      "  +1   call    first call\n"
                      "  +7   letter  first letter\n"
                      "  +14  call    second call\n"
                      "  +21  letter  final demand\n"
                      "  +30  review  escalation review\n");

    const CliRun rules = runCli("--db " + q(db) + " strategy rules");
    CHECK(rules.exitCode == 0);
    CHECK(rules.out == "rank 10: risk class D -> High risk\n"
                       "rank 20: customer type \"key account\" -> Key account\n"
                       "rank 30: every account -> Standard; 20% take Standard, call first\n");

    const CliRun json = runCli("--db " + q(db) + " strategy list --format json");
    CHECK(json.exitCode == 0);
    CHECK(json.out.starts_with("[\n  {\n    \"name\": \"High risk\",\n    \"description\": \"Faster and firmer, for "
                               "accounts rated D.\",\n    \"active\": true,\n    \"steps\": [\n      {\n        "
                               "\"days_past_due\": 1,\n        \"action\": \"call\",\n        \"label\": \"first "
                               "call\"\n      },\n"));

    const CliRun missing = runCli("--db " + q(db) + " strategy show Gentle");
    CHECK(missing.exitCode == 2);
    CHECK(missing.err == "duedesk-cli: no strategy named \"Gentle\"\n");
}

TEST_CASE("CLI: strategy set creates a strategy or replaces its steps, under a team leader", "[cli][strategy]") {
    TempDir dir;
    const std::string db = ledgerWithDefaults(dir);
    const CliRun created = runCli("--db " + q(db) +
                                  " strategy set Gentle --step '30:letter:first letter' --step 7:email:reminder "
                                  "--description 'For old friends' --user hreid");
    CHECK(created.exitCode == 0);
    CHECK(created.out == "Created Gentle\nFor old friends\n  +7   email   reminder\n  +30  letter  first letter\n");
    const CliRun replaced = runCli("--db " + q(db) + " strategy set gentle --step '10:call:first call: the buyer'");
    CHECK(replaced.exitCode == 0);
    CHECK(replaced.out == "Replaced the steps of Gentle\nFor old friends\n  +10  call    first call: the buyer\n");

    const std::string before = dumpDatabase(db);
    const CliRun analyst = runCli("--db " + q(db) + " strategy set Gentle --step 3:call:call --user amorgan");
    CHECK(analyst.exitCode == 1);
    CHECK(analyst.err == "duedesk-cli: amorgan (analyst) may not edit collection strategies\n");
    const CliRun bad = runCli("--db " + q(db) + " strategy set Gentle --step 400:call:late --step 10:email:");
    CHECK(bad.exitCode == 1);
    CHECK(bad.err == "duedesk-cli: Step 1: days past due are 0 to 365; 400 is not. Step 2: the label is required: "
                     "what the step is, such as \"first letter\".\n");
    const CliRun fax = runCli("--db " + q(db) + " strategy set Gentle --step 3:fax:x");
    CHECK(fax.exitCode == 2);
    CHECK(fax.err == "duedesk-cli: --step \"3:fax:x\": the action is one of call, email, letter, visit, review "
                     "(DAYS:ACTION:LABEL, e.g. 10:call:first call)\n");
    const CliRun days = runCli("--db " + q(db) + " strategy set Gentle --step ten:call:x");
    CHECK(days.exitCode == 2);
    CHECK(days.err == "duedesk-cli: --step \"ten:call:x\": the days past due are not a whole number "
                      "(DAYS:ACTION:LABEL, e.g. 10:call:first call)\n");
    CHECK(dumpDatabase(db) == before);
}

TEST_CASE("CLI: strategy assign prints what it did", "[cli][strategy]") {
    TempDir dir;
    const std::string db = ledgerWithDefaults(dir);
    const CliRun first = runCli("--db " + q(db) + " strategy assign --as-of 2026-04-01");
    CHECK(first.exitCode == 0);
    CHECK(first.out == "Strategies as of 2026-04-01: 3 assigned (1 challenger), 0 kept, 0 matched no rule, 0 ended.\n");
    // With a reporting currency and no rates, A3's yen cannot be converted.
    REQUIRE(runCli("--db " + q(db) + " settings reporting-currency GBP").exitCode == 0);
    const CliRun second = runCli("--db " + q(db) + " strategy assign --as-of 2026-05-01 --user amorgan");
    CHECK(second.exitCode == 0);
    CHECK(second.out == "Strategies as of 2026-05-01: 1 assigned (0 challengers), 3 kept, 0 matched no rule, 0 "
                        "ended.\n1 account owes in a currency without a rate: compared by its largest amount "
                        "unconverted.\n");
    const CliRun again = runCli("--db " + q(db) + " strategy assign --as-of 2026-06-30");
    CHECK(again.out == "Strategies as of 2026-06-30: 0 assigned (0 challengers), 4 kept, 0 matched no rule, 0 "
                       "ended.\n");
    const CliRun badDate = runCli("--db " + q(db) + " strategy assign --as-of 2026-13-01");
    CHECK(badDate.exitCode == 2);
    CHECK(badDate.err == "duedesk-cli: --as-of \"2026-13-01\" is not a valid date (YYYY-MM-DD)\n");
}
