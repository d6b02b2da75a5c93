// import --create-analysts: the analysts a file names who are not users
// yet become users without a password, recorded as created by the run;
// a name that cannot be a user name is still a problem; only team leaders,
// administrators and the command line's operator may ask for it.
#include "duedesk/importing/ImportMapping.h"
#include "duedesk/services/AccessPolicy.h"
#include "duedesk/services/ImportService.h"
#include "duedesk/services/SignIn.h"
#include "duedesk/services/UserDirectory.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/UserRepository.h"
#include "storage/sqlite/SqliteLedgerDatabase.h"
#include "support/HandLedger.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

namespace {

const char* kHeader = "account,account_name,document,type,document_date,due_date,currency,amount,analyst\n";

// Three accounts of ZWRIGHT (as ERP systems print user codes), one of
// kjones, one of amorgan, who is a user already.
std::string fileNamingNewAnalysts() {
    return std::string(kHeader) + "B1,Beta 1,N-1,invoice,2026-06-01,2026-07-01,GBP,10.00,ZWRIGHT\n" +
           "B2,Beta 2,N-2,invoice,2026-06-01,2026-07-01,GBP,20.00,kjones\n" +
           "B3,Beta 3,N-3,invoice,2026-06-01,2026-07-01,GBP,30.00,ZWRIGHT\n" +
           "B4,Beta 4,N-4,invoice,2026-06-01,2026-07-01,GBP,40.00,amorgan\n" +
           "B5,Beta 5,N-5,invoice,2026-06-01,2026-07-01,GBP,50.00,zwright\n";
}

ImportResult importCreating(LedgerDatabase& db, const std::string& text, const Actor& by, bool dryRun = false) {
    ImportOptions options;
    options.effectiveOn = Date::ymd(2026, 6, 30);
    options.createAnalysts = true;
    options.dryRun = dryRun;
    return ImportService(db).importText(text, "team.csv", genericMapping(), options, by);
}

std::vector<std::string> described(const ImportResult& r) {
    std::vector<std::string> out;
    for (const ImportProblem& p : r.problems.kept()) out.push_back(p.describe("team.csv"));
    return out;
}

} // namespace

TEST_CASE("An import creates the analysts its file names, without a password", "[import][users]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const ImportResult r = importCreating(*db, fileNamingNewAnalysts(), operatorActor());
    REQUIRE(r.outcome == ImportOutcome::Imported);
    CHECK(r.counts.usersCreated == 2);
    CHECK(r.counts.accountsCreated == 5);
    CHECK(describeImportCounts(r.counts) == "5 rows; accounts: 5 created, 0 updated; documents: 5 created, 0 updated, "
                                            "0 unchanged, 0 closed; analysts created: 2 (no password yet)");

    const auto zwright = db->users().findByName("zwright");
    REQUIRE(zwright);
    CHECK(zwright->name == "zwright"); // named in lower case, as every user
    CHECK(zwright->role == Role::Analyst);
    CHECK_FALSE(zwright->hasPassword);
    CHECK(zwright->createdByImportRun == 2); // run 1 imported the hand ledger
    CHECK(db->users().findByName("kjones")->createdByImportRun == 2);
    CHECK_FALSE(db->users().findByName("amorgan")->createdByImportRun);
    CHECK(sqliteConnection(*db).queryInt("SELECT users_created FROM import_runs WHERE id = 2") == 2);

    // Every account is theirs, whatever case the file wrote the name in.
    CHECK(db->accounts().findByNumber("B1")->analystId == zwright->id);
    CHECK(db->accounts().findByNumber("B5")->analystId == zwright->id);
    CHECK(db->accounts().findByNumber("B2")->analystId == db->users().findByName("kjones")->id);

    // They cannot sign in until an administrator sets a password.
    CHECK_FALSE(SignIn(*db).attempt("zwright", ""));
    UserDirectory(*db).setPassword("zwright", "zoe-password", operatorActor());
    CHECK(SignIn(*db).attempt("zwright", "zoe-password"));

    // The same file again creates no one and changes nothing.
    const ImportResult again = importCreating(*db, fileNamingNewAnalysts(), operatorActor());
    CHECK(again.outcome == ImportOutcome::Unchanged);
    CHECK(again.counts.usersCreated == 0);
}

TEST_CASE("A dry run or a rejected file creates no analyst", "[import][users]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const std::string before = dumpDatabase(db->path());

    const ImportResult dry = importCreating(*db, fileNamingNewAnalysts(), operatorActor(), true);
    CHECK(dry.outcome == ImportOutcome::DryRun);
    CHECK(dry.counts.usersCreated == 2);
    CHECK(dumpDatabase(db->path()) == before);

    // A name that cannot be a user name is reported once; nothing is kept.
    const std::string text = fileNamingNewAnalysts() +
                             "B6,Beta 6,N-6,invoice,2026-06-01,2026-07-01,GBP,60.00,Z. Wright\n" +
                             "B7,Beta 7,N-7,invoice,2026-06-01,2026-07-01,GBP,70.00,Z. Wright\n";
    const ImportResult r = importCreating(*db, text, operatorActor());
    CHECK(r.outcome == ImportOutcome::Rejected);
    CHECK(described(r) == std::vector<std::string>{
                              "team.csv:7: analyst: \"Z. Wright\" on 2 rows (lines 7, 8) cannot be made a user: a user "
                              "name is 2 to 32 of a-z, 0-9, '.', '_', '-', starting with a letter; correct the name in "
                              "the file"});
    CHECK(dumpDatabase(db->path()) == before);
}

TEST_CASE("Team leaders and administrators may create analysts from an import, analysts may not",
          "[import][users][access]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const std::string before = dumpDatabase(db->path());
    const Date day = Date::ymd(2026, 6, 30);
    const Actor analyst = Actor::person(*db->users().findByName("amorgan"), day);
    CHECK_THROWS_WITH(importCreating(*db, fileNamingNewAnalysts(), analyst),
                      "amorgan (analyst) may not create analysts from an import");
    CHECK(dumpDatabase(db->path()) == before);
    CHECK(allows(analyst, Permission::ImportLedger));

    UserDirectory(*db).add({0, "hreid", "Hannah Reid", Role::TeamLeader, true, std::nullopt, false}, operatorActor());
    const Actor leader = Actor::person(*db->users().findByName("hreid"), day);
    CHECK(importCreating(*db, fileNamingNewAnalysts(), leader).counts.usersCreated == 2);
    // A team leader still may not add users or set passwords directly.
    CHECK_THROWS_WITH(UserDirectory(*db).setPassword("zwright", "zoe-password", leader),
                      "hreid (team_leader) may not manage users");
}

TEST_CASE("Setting a password needs a known user and eight characters", "[users]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    CHECK_THROWS_WITH(UserDirectory(*db).setPassword("nobody", "long-enough", operatorActor()),
                      "no user named \"nobody\"");
    CHECK_THROWS_WITH(UserDirectory(*db).setPassword("amorgan", "short", operatorActor()),
                      "a password needs at least 8 characters");
    CHECK_FALSE(db->users().findByName("amorgan")->hasPassword);
}
