// The storage seam: a ledger opens from a location, hands out one set of
// repositories per connection, and a change that cannot get the ledger in
// time fails cleanly.
#include "duedesk/services/ContactLogService.h"
#include "duedesk/services/UserDirectory.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/LedgerConnector.h"
#include "duedesk/storage/UnitOfWork.h"
#include "storage/sqlite/SqliteLedgerDatabase.h"
#include "support/HandLedger.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace duedesk;
using namespace duedesk::test;
using namespace std::chrono_literals;

TEST_CASE("A location is a file path or a server URI, shown without its password", "[storage][seam]") {
    const LedgerLocation file("/home/amorgan/ledger.db");
    CHECK(file.kind() == LedgerLocation::Kind::SqliteFile);
    CHECK(file.displayName() == "/home/amorgan/ledger.db");
    const LedgerLocation server("postgresql://duedesk:s3cret@db.example.com:5432/collections");
    CHECK(server.kind() == LedgerLocation::Kind::PostgreSql);
    CHECK(server.displayName() == "postgresql://duedesk@db.example.com:5432/collections");
    CHECK(LedgerLocation("postgres://db.example.com/collections").kind() == LedgerLocation::Kind::PostgreSql);
    CHECK(LedgerLocation("postgres://db.example.com/collections").displayName() ==
          "postgres://db.example.com/collections");
}

TEST_CASE("A server ledger is refused by this version with a clear message", "[storage][seam]") {
    CHECK_THROWS_WITH(LedgerDatabase::open(LedgerLocation("postgresql://duedesk:s3cret@db.example.com/collections")),
                      "postgresql://duedesk@db.example.com/collections: this version of Duedesk opens ledger files "
                      "only; a PostgreSQL ledger cannot be opened");
}

TEST_CASE("A connection makes each repository once and keeps it", "[storage][seam]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    CHECK(&db->accounts() == &db->accounts());
    CHECK(&db->documents() == &db->documents());
    LedgerConnector connector(dir.file("ledger.db"));
    auto other = connector.connect();
    CHECK(&other->accounts() != &db->accounts());
    CHECK(other->accounts().findByNumber("A1")->name == "Acme Ltd");
    CHECK(other->location() == LedgerLocation(dir.file("ledger.db")));
}

TEST_CASE("The connector opens only a ledger that exists", "[storage][seam]") {
    TempDir dir;
    LedgerConnector connector(dir.file("missing.db"));
    CHECK_THROWS_AS(connector.connect(), StorageError);
    CHECK_FALSE(std::filesystem::exists(dir.file("missing.db")));
}

TEST_CASE("A change that cannot get the ledger in time fails as busy and writes nothing", "[storage][seam]") {
    TempDir dir;
    auto importing = openHandLedger(dir.file("ledger.db"));
    const User alice = *UserDirectory(*importing).find("amorgan");
    const AccountId a1 = importing->accounts().findByNumber("A1")->id;
    const std::string before = dumpDatabase(dir.file("ledger.db"));

    auto window = LedgerConnector(dir.file("ledger.db")).connect(100ms);
    UnitOfWork held(*importing); // an import holding the ledger
    ContactLogEntry e;
    e.accountId = a1;
    e.contactedOn = Date::ymd(2026, 6, 30);
    e.outcome = ContactOutcome::NoAnswer;
    e.followUpOn = Date::ymd(2026, 7, 3);
    CHECK_THROWS_AS(ContactLogService(*window).logContact(e, Actor::person(alice, Date::ymd(2026, 7, 1))), LedgerBusy);
    held.rollback();
    CHECK(dumpDatabase(dir.file("ledger.db")) == before);
    // Once the ledger is free the same change goes through.
    CHECK(ContactLogService(*window).logContact(e, Actor::person(alice, Date::ymd(2026, 7, 1))) > 0);
}
