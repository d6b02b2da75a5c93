// Strategies in use: team leaders edit them, each overdue account is given
// one by the segment rules at the start of its spell of arrears, the
// assignment ends when the account is paid up, and steps done are
// recorded against the strategy the account follows.
#include "duedesk/importing/ImportMapping.h"
#include "duedesk/services/AccessPolicy.h"
#include "duedesk/services/CollectionStrategies.h"
#include "duedesk/services/ExchangeRates.h"
#include "duedesk/services/ImportService.h"
#include "duedesk/services/StrategyAssignments.h"
#include "duedesk/services/TeamSettings.h"
#include "duedesk/services/UserDirectory.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/StrategyRepository.h"
#include "storage/sqlite/SqliteLedgerDatabase.h"
#include "support/HandLedger.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <map>

using namespace duedesk;
using namespace duedesk::test;

namespace {

// "Standard", "Standard, call first (challenger)" or "" for none.
std::string followed(LedgerDatabase& db, const char* number) {
    StrategyRepository& repo = db.strategies();
    const auto a = repo.currentAssignment(db.accounts().findByNumber(number)->id);
    if (!a) return "";
    return repo.find(a->strategyId)->name + (a->challenger ? " (challenger)" : "");
}

bool sameCounts(const StrategyAssignmentCounts& c, int assigned, int challengers, int kept, int unmatched, int ended,
                int withoutRate) {
    return c.assigned == assigned && c.challengers == challengers && c.kept == kept && c.unmatched == unmatched &&
           c.ended == ended && c.withoutRate == withoutRate;
}

void importLines(LedgerDatabase& db, const std::string& lines, Date on) {
    ImportOptions o;
    o.effectiveOn = on;
    const std::string csv =
        "account,account_name,document,type,document_date,due_date,currency,amount,open_amount\n" + lines;
    REQUIRE(ImportService(db).importText(csv, "change.csv", genericMapping(), o, operatorActor()).outcome ==
            ImportOutcome::Imported);
}

Actor teamLeader(LedgerDatabase& db) {
    UserDirectory users(db);
    users.add({0, "hreid", "Helen Reid", Role::TeamLeader, true, std::nullopt, false}, operatorActor());
    return Actor::person(*users.find("hreid"), Date::ymd(2026, 6, 30));
}

} // namespace

TEST_CASE("Overdue accounts are given a strategy by risk class, customer type and the challenger's share",
          "[strategy]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    sqliteConnection(*db).exec("UPDATE accounts SET risk_class = 'D' WHERE number = 'A3'");
    sqliteConnection(*db).exec("UPDATE accounts SET customer_type = 'Key Account' WHERE number = 'A2'");
    const Actor leader = teamLeader(*db);
    CHECK(CollectionStrategies(*db).installDefaults(leader) == 4);
    CHECK(CollectionStrategies(*db).installDefaults(leader) == 0);
    REQUIRE(CollectionStrategies(*db).rules().size() == 3);

    StrategyAssignments assignments(*db);
    const auto counts = assignments.assign(Date::ymd(2026, 6, 30), operatorActor());
    CHECK(sameCounts(counts, 4, 1, 0, 0, 0, 0));
    CHECK(followed(*db, "A1") == "Standard"); // bucket 77 of the Standard rule (id 3)
    CHECK(followed(*db, "A2") == "Key account");
    CHECK(followed(*db, "A3") == "High risk");
    CHECK(followed(*db, "A4") == "Standard, call first (challenger)"); // bucket 18, below 20
    const auto a4 = db->strategies().currentAssignment(db->accounts().findByNumber("A4")->id);
    CHECK(a4->ruleId == CollectionStrategies(*db).rules()[2].id);
    CHECK(a4->assignedOn == Date::ymd(2026, 6, 30));

    // Run again, nothing changes: the assignment holds for the spell, even
    // when the account's segment changes meanwhile.
    sqliteConnection(*db).exec("UPDATE accounts SET risk_class = 'D' WHERE number = 'A1'");
    CHECK(sameCounts(assignments.assign(Date::ymd(2026, 7, 1), operatorActor()), 0, 0, 4, 0, 0, 0));
    CHECK(followed(*db, "A1") == "Standard");
}

TEST_CASE("Balance bounds compare the overdue amount in the reporting currency", "[strategy]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const Actor leader = teamLeader(*db);
    CollectionStrategies strategies(*db);
    strategies.installDefaults(leader);
    StrategyRule large;
    large.rank = 1;
    large.strategyId = strategies.findByName("High risk")->id;
    large.minOverdue = 100'000; // 1,000.00 GBP and above
    StrategyRule rest;
    rest.rank = 2;
    rest.strategyId = strategies.findByName("Standard")->id;
    strategies.saveRules({large, rest}, leader);
    TeamSettings(*db).setReportingCurrency(Currency::of("GBP"), leader);
    ExchangeRates(*db).put(
        {Currency::of("EUR"), Currency::of("GBP"), Date::ymd(2026, 6, 1), *DecimalRate::parse("0.8612")}, leader);

    // A1 owes 450.50 GBP overdue; A2 2,750.25 EUR, 2,368.52 GBP; A3
    // 120,000 JPY and A4 10.01 USD and 49.50 GBP have no rate, so their
    // largest amount is compared unconverted: 120000 and 4950.
    const auto counts = StrategyAssignments(*db).assign(Date::ymd(2026, 6, 30), operatorActor());
    CHECK(sameCounts(counts, 4, 0, 0, 0, 0, 2));
    CHECK(followed(*db, "A1") == "Standard");
    CHECK(followed(*db, "A2") == "High risk");
    CHECK(followed(*db, "A3") == "High risk");
    CHECK(followed(*db, "A4") == "Standard");
}

TEST_CASE("An account paid up ends its assignment, and its next spell is assigned afresh", "[strategy]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    CollectionStrategies(*db).installDefaults(teamLeader(*db));
    StrategyAssignments assignments(*db);
    // On 1 April A3's only invoice (due 30 April) is not yet overdue.
    CHECK(sameCounts(assignments.assign(Date::ymd(2026, 4, 1), operatorActor()), 3, 1, 0, 0, 0, 0));
    CHECK(followed(*db, "A3") == "");
    CHECK(sameCounts(assignments.assign(Date::ymd(2026, 5, 1), operatorActor()), 1, 0, 3, 0, 0, 0));
    CHECK(followed(*db, "A3") == "Standard");

    importLines(*db, "A3,Chiyoda KK,J-1,invoice,2026-04-01,2026-04-30,JPY,120000,0\n", Date::ymd(2026, 7, 2));
    CHECK(sameCounts(assignments.assign(Date::ymd(2026, 7, 3), operatorActor()), 0, 0, 3, 0, 1, 0));
    CHECK(followed(*db, "A3") == "");
    CHECK(sqliteConnection(*db).queryInt("SELECT ended_on FROM strategy_assignments WHERE account_id = "
                                         "(SELECT id FROM accounts WHERE number = 'A3')") ==
          Date::ymd(2026, 7, 3).dayNumber());

    importLines(*db, "A3,Chiyoda KK,J-3,invoice,2026-06-05,2026-07-05,JPY,5000,\n", Date::ymd(2026, 7, 6));
    CHECK(sameCounts(assignments.assign(Date::ymd(2026, 7, 10), operatorActor()), 1, 0, 3, 0, 0, 0));
    const auto a3 = db->strategies().currentAssignment(db->accounts().findByNumber("A3")->id);
    REQUIRE(a3);
    CHECK(a3->assignedOn == Date::ymd(2026, 7, 10));
    CHECK(sqliteConnection(*db).queryInt("SELECT count(*) FROM strategy_assignments WHERE account_id = "
                                         "(SELECT id FROM accounts WHERE number = 'A3')") == 2);
}

TEST_CASE("Accounts no rule matches, and rules of inactive strategies, choose nothing", "[strategy]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const Actor leader = teamLeader(*db);
    CollectionStrategies strategies(*db);
    strategies.installDefaults(leader);
    StrategyRule onlyGbp;
    onlyGbp.rank = 1;
    onlyGbp.strategyId = strategies.findByName("Standard")->id;
    onlyGbp.challengerId = strategies.findByName("Standard, call first")->id;
    onlyGbp.challengerPercent = 100;
    onlyGbp.maxOverdue = 50'000; // A1 (45050) and A4 (largest 4950)
    strategies.saveRules({onlyGbp}, leader);
    strategies.deactivate(*onlyGbp.challengerId, leader);
    CHECK(sameCounts(StrategyAssignments(*db).assign(Date::ymd(2026, 6, 30), operatorActor()), 2, 0, 0, 2, 0, 0));
    CHECK(followed(*db, "A1") == "Standard");
    CHECK(followed(*db, "A2") == "");
}

TEST_CASE("A step done is recorded against the account's strategy by the person who did it", "[strategy]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    CollectionStrategies(*db).installDefaults(teamLeader(*db));
    StrategyAssignments assignments(*db);
    assignments.assign(Date::ymd(2026, 4, 1), operatorActor());
    const User alice = *UserDirectory(*db).find("amorgan");
    const Actor analyst = Actor::person(alice, Date::ymd(2026, 4, 12));
    const AccountId a1 = db->accounts().findByNumber("A1")->id;
    const std::string before = dumpDatabase(db->path());
    CHECK_THROWS_WITH(assignments.recordStepDone(a1, 11, std::nullopt, analyst),
                      "The strategy \"Standard\" has no step at 11 days past due.");
    CHECK_THROWS_WITH(assignments.recordStepDone(db->accounts().findByNumber("A3")->id, 10, std::nullopt, analyst),
                      "The account follows no strategy.");
    CHECK_THROWS_WITH(assignments.recordStepDone(a1, 10, std::nullopt, operatorActor()),
                      "command line (administrator) may not log contacts");
    CHECK(dumpDatabase(db->path()) == before);

    assignments.recordStepDone(a1, 10, std::nullopt, analyst);
    const auto done = db->strategies().stepsDone(alice.id, Date::ymd(2026, 3, 31));
    REQUIRE(done.size() == 1);
    CHECK(done[0].accountId == a1);
    CHECK(done[0].strategyId == CollectionStrategies(*db).findByName("Standard")->id);
    CHECK(done[0].daysPastDue == 10);
    CHECK(done[0].doneOn == Date::ymd(2026, 4, 12));
    CHECK(done[0].doneBy == alice.id);
}

TEST_CASE("A strategy or rules with problems are refused, and nothing is written", "[strategy]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const Actor leader = teamLeader(*db);
    CollectionStrategies strategies(*db);
    strategies.installDefaults(leader);
    const std::string before = dumpDatabase(db->path());
    const Actor analyst = Actor::person(*UserDirectory(*db).find("amorgan"), Date::ymd(2026, 6, 30));

    Strategy gentle;
    gentle.name = "Gentle";
    gentle.steps = {{30, DiaryAction::Letter, "letter"}, {7, DiaryAction::Email, "reminder"}};
    CHECK_THROWS_WITH(strategies.save(gentle, analyst), "amorgan (analyst) may not edit collection strategies");
    Strategy copy = gentle;
    copy.name = " standard ";
    CHECK_THROWS_WITH(strategies.save(copy, leader), "A strategy named \"Standard\" exists already.");
    Strategy empty;
    CHECK_THROWS_WITH(strategies.save(empty, leader),
                      "Name is required. A strategy needs at least one step: what to do how many days past due.");
    StrategyRule rule;
    rule.rank = 1;
    rule.strategyId = 999;
    CHECK_THROWS_WITH(strategies.saveRules({rule}, leader),
                      "Rule 1: the strategy is not an active strategy of this ledger.");
    CHECK(dumpDatabase(db->path()) == before);

    // Saved with its steps in order of days, under the name as trimmed.
    gentle.name = " Gentle ";
    const StrategyId id = strategies.save(gentle, leader);
    const auto saved = strategies.findByName("gentle");
    REQUIRE(saved);
    CHECK(saved->id == id);
    CHECK(saved->name == "Gentle");
    REQUIRE(saved->steps.size() == 2);
    CHECK(saved->steps[0].label == "reminder");
    CHECK(saved->steps[1].daysPastDue == 30);
}

TEST_CASE("The editor's changes are saved together, a new strategy named by the rules saved with it", "[strategy]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const Actor leader = teamLeader(*db);
    CollectionStrategies strategies(*db);
    strategies.installDefaults(leader);
    StrategyAssignments(*db).assign(Date::ymd(2026, 6, 30), operatorActor());
    const StrategyId standard = strategies.findByName("Standard")->id;
    const StrategyId challenger = strategies.findByName("Standard, call first")->id;
    const std::map<StrategyId, int> following = strategies.accountsFollowing();
    CHECK(following == std::map<StrategyId, int>{{standard, 3}, {challenger, 1}});

    Strategy gentle;
    gentle.name = "Gentle";
    gentle.steps = {{10, DiaryAction::Email, "reminder"}};
    Strategy changed = *strategies.findByName("Standard");
    changed.description = "Letters sooner.";
    StrategyChanges changes;
    changes.strategies = {changed, gentle};
    std::vector<StrategyRule> rules = strategies.rules();
    rules[2].challengerId = -2; // Gentle
    rules[2].challengerPercent = 35;
    changes.rules = rules;

    // One strategy wrong: nothing at all is written.
    const std::string before = dumpDatabase(db->path());
    StrategyChanges wrong = changes;
    wrong.strategies[1].steps.push_back({10, DiaryAction::Call, ""});
    CHECK_THROWS_WITH(strategies.saveChanges(wrong, leader),
                      "Gentle: Step 2: step 1 is already at 10 days past due; each step needs a day of its own. "
                      "Gentle: Step 2: the label is required: what the step is, such as \"first letter\".");
    // The rules wrong once the strategies are written: those are undone.
    wrong = changes;
    wrong.rules->at(0).challengerId = wrong.rules->at(0).strategyId;
    wrong.rules->at(0).challengerPercent = 10;
    CHECK_THROWS_WITH(strategies.saveChanges(wrong, leader),
                      "Rule 1: the challenger must differ from the rule's strategy.");
    CHECK(dumpDatabase(db->path()) == before);

    const std::vector<StrategyId> ids = strategies.saveChanges(changes, leader);
    REQUIRE(ids.size() == 2);
    CHECK(ids[0] == standard);
    CHECK(strategies.findByName("Standard")->description == "Letters sooner.");
    CHECK(strategies.findByName("Gentle")->id == ids[1]);
    const std::vector<StrategyRule> saved = strategies.rules();
    REQUIRE(saved.size() == 3);
    CHECK(saved[2].strategyId == standard);
    CHECK(saved[2].challengerId == ids[1]);
    CHECK(saved[2].challengerPercent == 35);
}
