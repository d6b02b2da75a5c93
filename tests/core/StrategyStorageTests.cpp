// Strategies, rules, assignments and steps done as the ledger keeps them:
// saved and read back whole, steps replaced at once, rules rewritten with
// their ids kept, and an analyst's accounts read in one go.
#include "duedesk/domain/DefaultStrategies.h"
#include "duedesk/services/UserDirectory.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/StrategyRepository.h"
#include "duedesk/storage/UnitOfWork.h"
#include "storage/sqlite/SqliteLedgerDatabase.h"
#include "support/HandLedger.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

namespace {

std::string stepsText(const Strategy& s) {
    std::string text;
    for (const StrategyStep& st : s.steps)
        text += (text.empty() ? "" : ", ") + std::string("+") + std::to_string(st.daysPastDue) + " " +
                std::string(diaryActionName(st.action)) + " " + st.label;
    return text;
}

} // namespace

TEST_CASE("A strategy is saved with its steps and its steps are replaced at once", "[strategy][storage]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    StrategyRepository& repo = db->strategies();
    UnitOfWork work(*db);
    const auto defaults = defaultStrategies();
    for (const Strategy& s : defaults) repo.save(s);
    work.commit();

    const auto all = repo.strategies();
    REQUIRE(all.size() == 4);
    CHECK(all[0].name == "High risk");
    CHECK(all[1].name == "Key account");
    CHECK(all[2].name == "Standard");
    CHECK(all[3].name == "Standard, call first");
    CHECK(stepsText(all[2]) == "+3 email reminder email, +10 call first call, +20 letter first letter, "
                               "+35 letter second letter, +50 letter final demand, +65 review escalation review");
    CHECK(all[2].description == "Reminder, call, then letters of rising firmness.");
    CHECK(all[2].active);

    auto standard = repo.findByName("STANDARD");
    REQUIRE(standard);
    CHECK(standard->name == "Standard");
    CHECK(repo.find(standard->id)->name == "Standard");
    CHECK_FALSE(repo.findByName("Gentle"));
    CHECK_FALSE(repo.find(999));

    standard->description = "Shorter.";
    standard->steps = {{5, DiaryAction::Call, "call"}, {15, DiaryAction::Letter, "letter"}};
    CHECK(repo.save(*standard) == standard->id);
    CHECK(stepsText(*repo.find(standard->id)) == "+5 call call, +15 letter letter");
    CHECK(repo.find(standard->id)->description == "Shorter.");
    repo.deactivate(standard->id);
    CHECK_FALSE(repo.find(standard->id)->active);
    CHECK(repo.strategies().size() == 4);

    // Names are unique regardless of case.
    Strategy clash;
    clash.name = "standard";
    CHECK_THROWS(repo.save(clash));
}

TEST_CASE("Rules are rewritten at once, keeping their ids, in rank order", "[strategy][storage]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    StrategyRepository& repo = db->strategies();
    UnitOfWork work(*db);
    std::vector<StrategyId> ids;
    for (const Strategy& s : defaultStrategies()) ids.push_back(repo.save(s));
    StrategyRule d;
    d.rank = 1;
    d.strategyId = ids[1];
    d.riskClass = "D";
    StrategyRule rest;
    rest.rank = 2;
    rest.strategyId = ids[0];
    rest.challengerId = ids[3];
    rest.challengerPercent = 20;
    rest.minOverdue = 0;
    rest.maxOverdue = 1'000'000;
    repo.replaceRules(std::vector<StrategyRule>{rest, d});
    auto rules = repo.rules();
    REQUIRE(rules.size() == 2);
    CHECK(rules[0].riskClass == "D");
    CHECK(rules[0].strategyId == ids[1]);
    CHECK_FALSE(rules[0].challengerId);
    CHECK(rules[1].challengerId == ids[3]);
    CHECK(rules[1].challengerPercent == 20);
    CHECK(rules[1].minOverdue == 0);
    CHECK(rules[1].maxOverdue == 1'000'000);
    const std::int64_t dId = rules[0].id;
    const std::int64_t restId = rules[1].id;

    // An assignment made by the D rule.
    const AccountId a1 = db->accounts().findByNumber("A1")->id;
    StrategyAssignment a;
    a.accountId = a1;
    a.strategyId = ids[1];
    a.ruleId = dId;
    a.assignedOn = Date::ymd(2026, 6, 30);
    repo.assign(a);

    // The two trade ranks (no clash midway), and a new rule joins.
    rules[0].rank = 2;
    rules[1].rank = 1;
    StrategyRule key;
    key.rank = 3;
    key.strategyId = ids[2];
    key.customerType = "key account";
    repo.replaceRules(std::vector<StrategyRule>{rules[0], rules[1], key});
    rules = repo.rules();
    REQUIRE(rules.size() == 3);
    CHECK(rules[0].id == restId);
    CHECK(rules[1].id == dId);
    CHECK(rules[2].customerType == "key account");
    CHECK(repo.currentAssignment(a1)->ruleId == dId);

    // Leaving the D rule out deletes it; its assignment keeps its strategy.
    repo.replaceRules(std::vector<StrategyRule>{rules[0], rules[2]});
    CHECK(repo.rules().size() == 2);
    const auto kept = repo.currentAssignment(a1);
    REQUIRE(kept);
    CHECK(kept->strategyId == ids[1]);
    CHECK_FALSE(kept->ruleId);
    work.commit();
}

TEST_CASE("Assignments and steps done are read for all of an analyst's accounts at once", "[strategy][storage]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    StrategyRepository& repo = db->strategies();
    const UserId alice = UserDirectory(*db).find("amorgan")->id;
    const UserId ben = UserDirectory(*db).find("bokafor")->id;
    const auto id = [&db](const char* number) { return db->accounts().findByNumber(number)->id; };
    UnitOfWork work(*db);
    const StrategyId standard = repo.save(defaultStrategies()[0]);
    for (const char* number : {"A1", "A2", "A3", "A4"}) {
        StrategyAssignment a;
        a.accountId = id(number);
        a.strategyId = standard;
        a.challenger = std::string_view(number) == "A2";
        a.assignedOn = Date::ymd(2026, 6, 1);
        repo.assign(a);
    }
    CHECK(repo.endAssignment(id("A3"), Date::ymd(2026, 6, 20)));
    CHECK_FALSE(repo.endAssignment(id("A3"), Date::ymd(2026, 6, 21)));
    for (const auto& [number, days, on] :
         {std::tuple{"A1", 3, Date::ymd(2026, 6, 4)}, std::tuple{"A1", 10, Date::ymd(2026, 6, 11)},
          std::tuple{"A2", 3, Date::ymd(2026, 5, 20)}, std::tuple{"A4", 3, Date::ymd(2026, 6, 4)}}) {
        StrategyStepDone d;
        d.accountId = id(number);
        d.strategyId = standard;
        d.daysPastDue = days;
        d.doneOn = on;
        d.doneBy = alice;
        repo.recordStepDone(d);
    }
    work.commit();

    const auto mine = repo.currentAssignments(alice);
    REQUIRE(mine.size() == 2);
    CHECK(mine[0].accountId == id("A1"));
    CHECK_FALSE(mine[0].challenger);
    CHECK(mine[1].accountId == id("A2"));
    CHECK(mine[1].challenger);
    CHECK(mine[1].assignedOn == Date::ymd(2026, 6, 1));
    CHECK_FALSE(mine[1].endedOn);
    // A3 (Ben's) ended: only A4 is current.
    const auto bens = repo.currentAssignments(ben);
    REQUIRE(bens.size() == 1);
    CHECK(bens[0].accountId == id("A4"));
    CHECK(repo.currentAssignments(std::nullopt).size() == 3);
    CHECK_FALSE(repo.currentAssignment(id("A3")));

    const auto done = repo.stepsDone(alice, Date::ymd(2026, 6, 1));
    REQUIRE(done.size() == 2);
    CHECK(done[0].accountId == id("A1"));
    CHECK(done[0].daysPastDue == 3);
    CHECK(done[0].doneOn == Date::ymd(2026, 6, 4));
    CHECK(done[0].doneBy == alice);
    CHECK(done[1].daysPastDue == 10);
    CHECK(repo.stepsDone(alice, Date::ymd(2026, 5, 1)).size() == 3);
    CHECK(repo.stepsDone(std::nullopt, Date::ymd(2026, 5, 1)).size() == 4);
    CHECK(repo.stepsDone(ben, Date::ymd(2026, 6, 5)).empty());
}

TEST_CASE("An account has one current assignment at a time", "[strategy][storage]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    StrategyRepository& repo = db->strategies();
    UnitOfWork work(*db);
    StrategyAssignment a;
    a.accountId = db->accounts().findByNumber("A1")->id;
    a.strategyId = repo.save(defaultStrategies()[0]);
    a.assignedOn = Date::ymd(2026, 6, 1);
    repo.assign(a);
    CHECK_THROWS_AS(repo.assign(a), StorageError);
    repo.endAssignment(a.accountId, Date::ymd(2026, 6, 10));
    a.assignedOn = Date::ymd(2026, 6, 12);
    repo.assign(a);
    CHECK(repo.currentAssignment(a.accountId)->assignedOn == Date::ymd(2026, 6, 12));
    CHECK(sqliteConnection(*db).queryInt("SELECT count(*) FROM strategy_assignments") == 2);
}
