// One actor, one policy: every service that changes the ledger takes the
// actor, refuses what its role may not do before writing anything, and
// records who acted the same way.
#include "duedesk/importing/ImportMapping.h"
#include "duedesk/services/AccessPolicy.h"
#include "duedesk/services/AllocationService.h"
#include "duedesk/services/ContactLogService.h"
#include "duedesk/services/ImportService.h"
#include "duedesk/services/UserDirectory.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/DocumentRepository.h"
#include "storage/sqlite/SqliteLedgerDatabase.h"
#include "support/HandLedger.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

TEST_CASE("The access policy: collections work for every role, users for administrators", "[access]") {
    const Date day = Date::ymd(2026, 7, 1);
    const Actor analyst = Actor::person({7, "amorgan", "Alice Morgan", Role::Analyst, true, std::nullopt, false}, day);
    const Actor leader = Actor::person({8, "hreid", "Helen Reid", Role::TeamLeader, true, std::nullopt, false}, day);
    const Actor admin = Actor::person({9, "admin", "Sam Adebayo", Role::Administrator, true, std::nullopt, false}, day);
    const Actor cli = Actor::commandLineOperator(day);
    for (const Actor* a : {&analyst, &leader, &admin}) {
        CHECK(allows(*a, Permission::ImportLedger));
        CHECK(allows(*a, Permission::EditContacts));
        CHECK(allows(*a, Permission::LogContacts));
        CHECK(allows(*a, Permission::TakePromises));
        CHECK(allows(*a, Permission::AllocateCash));
    }
    CHECK_FALSE(allows(analyst, Permission::ManageUsers));
    CHECK_FALSE(allows(leader, Permission::ManageUsers));
    CHECK(allows(admin, Permission::ManageUsers));
    // Sharing out the accounts is the team leader's; it records who did it.
    CHECK_FALSE(allows(analyst, Permission::ReassignAccounts));
    CHECK(allows(leader, Permission::ReassignAccounts));
    CHECK(allows(admin, Permission::ReassignAccounts));
    CHECK_FALSE(allows(cli, Permission::ReassignAccounts));
    CHECK_THROWS_WITH(requirePermission(analyst, Permission::ReassignAccounts),
                      "amorgan (analyst) may not reassign accounts");
    // The command line's operator administers the file but is no person:
    // nothing that records a person can be done as it.
    CHECK(allows(cli, Permission::ManageUsers));
    CHECK(allows(cli, Permission::ImportLedger));
    CHECK_FALSE(allows(cli, Permission::LogContacts));
    CHECK_FALSE(allows(cli, Permission::EditContacts));
    CHECK_FALSE(allows(cli, Permission::TakePromises));
    CHECK_THROWS_WITH(requirePermission(analyst, Permission::ManageUsers), "amorgan (analyst) may not manage users");
    CHECK_THROWS_WITH(requirePermission(cli, Permission::LogContacts),
                      "command line (administrator) may not log contacts");
}

TEST_CASE("Services refuse an actor the policy refuses, and write nothing", "[access]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const User alice = *UserDirectory(*db).find("amorgan");
    const Actor analyst = Actor::person(alice, Date::ymd(2026, 7, 1));
    const std::string before = dumpDatabase(dir.file("ledger.db"));

    CHECK_THROWS_WITH(
        UserDirectory(*db).add({0, "mallory", "Mallory", Role::Administrator, true, std::nullopt, false}, analyst),
        "amorgan (analyst) may not manage users");
    ContactLogEntry e;
    e.accountId = db->accounts().findByNumber("A1")->id;
    e.contactedOn = Date::ymd(2026, 6, 30);
    e.outcome = ContactOutcome::NoAnswer;
    CHECK_THROWS_WITH(ContactLogService(*db).logContact(e, Actor::commandLineOperator(Date::ymd(2026, 7, 1))),
                      "command line (administrator) may not log contacts");
    CHECK(dumpDatabase(dir.file("ledger.db")) == before);
}

TEST_CASE("Who acted is recorded the same way by every service", "[access]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const User alice = *UserDirectory(*db).find("amorgan");
    const Actor analyst = Actor::person(alice, Date::ymd(2026, 7, 3));
    const AccountId a1 = db->accounts().findByNumber("A1")->id;
    DocumentRepository& documents = db->documents();
    const DocumentId pay = documents.findByKey(a1, DocumentType::Payment, "PAY-1")->id;
    const DocumentId inv = documents.findByKey(a1, DocumentType::Invoice, "INV-1")->id;

    // An allocation as of the day the cash arrived, made by the analyst.
    const std::int64_t allocation =
        AllocationService(*db).allocate(pay, inv, Money(10000, Currency::of("GBP")), Date::ymd(2026, 7, 2), analyst);
    CHECK(sqliteConnection(*db).queryInt("SELECT user_id FROM allocations WHERE id = " + std::to_string(allocation)) ==
          alice.id);

    // An import by a person records them; by the command line, no one.
    ImportOptions o;
    o.effectiveOn = Date::ymd(2026, 7, 3);
    const std::string csv = "account,account_name,document,type,document_date,due_date,currency,amount\n"
                            "A9,Nine Ltd,INV-90,invoice,2026-07-01,2026-07-31,GBP,90.00\n";
    REQUIRE(ImportService(*db).importText(csv, "a.csv", genericMapping(), o, analyst).outcome ==
            ImportOutcome::Imported);
    const std::string csv2 = "account,account_name,document,type,document_date,due_date,currency,amount\n"
                             "A9,Nine Ltd,INV-91,invoice,2026-07-01,2026-07-31,GBP,91.00\n";
    REQUIRE(ImportService(*db).importText(csv2, "b.csv", genericMapping(), o, operatorActor()).outcome ==
            ImportOutcome::Imported);
    CHECK(sqliteConnection(*db).queryInt("SELECT user_id FROM import_runs WHERE file_name = 'a.csv'") == alice.id);
    CHECK(sqliteConnection(*db).queryInt(
              "SELECT count(*) FROM import_runs WHERE file_name = 'b.csv' AND user_id IS NULL") == 1);
}

TEST_CASE("Collection strategies are edited by team leaders and administrators", "[access][strategy]") {
    const Date day = Date::ymd(2026, 7, 1);
    const Actor analyst = Actor::person({7, "amorgan", "Alice Morgan", Role::Analyst, true, std::nullopt, false}, day);
    const Actor leader = Actor::person({8, "hreid", "Helen Reid", Role::TeamLeader, true, std::nullopt, false}, day);
    const Actor admin = Actor::person({9, "admin", "Sam Adebayo", Role::Administrator, true, std::nullopt, false}, day);
    CHECK_FALSE(allows(analyst, Permission::EditStrategies));
    CHECK(allows(leader, Permission::EditStrategies));
    CHECK(allows(admin, Permission::EditStrategies));
    CHECK(allows(Actor::commandLineOperator(day), Permission::EditStrategies));
    CHECK_THROWS_WITH(requirePermission(analyst, Permission::EditStrategies),
                      "amorgan (analyst) may not edit collection strategies");
}
