// Opening databases: a new file gets the current schema, an older schema
// is migrated step by step, and a newer or foreign file is refused
// without being touched.
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/ContactLogRepository.h"
#include "duedesk/storage/DiaryRepository.h"
#include "duedesk/storage/LedgerDatabase.h"
#include "duedesk/storage/UserRepository.h"
#include "storage/sqlite/SqliteLedgerDatabase.h"
#include "support/TestSupport.h"

#include <sqlite3.h>

#include <catch2/catch.hpp>

#include <filesystem>

using namespace duedesk;
using namespace duedesk::test;

namespace {

void rawExec(const std::string& path, const std::string& sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
}

std::string refusal(const std::string& path) {
    try {
        LedgerDatabase::open(path);
    } catch (const SchemaRefused& e) {
        return e.what();
    }
    return "(opened)";
}

} // namespace

TEST_CASE("A new database gets the current schema and settings", "[storage]") {
    TempDir dir;
    auto db = LedgerDatabase::open(dir.file("new.db"));
    CHECK(db->schemaVersion() == LedgerDatabase::currentSchemaVersion());
    CHECK(sqliteConnection(*db).queryInt("PRAGMA foreign_keys") == 1);
    CHECK(sqliteConnection(*db).queryInt("PRAGMA application_id") == 0x44554544);
    sqlite::Statement mode(sqliteConnection(*db), "PRAGMA journal_mode");
    REQUIRE(mode.step());
    CHECK(mode.string(0) == "wal");
    CHECK(sqliteConnection(*db).queryInt("PRAGMA busy_timeout") == 5000);
}

TEST_CASE("ExistingOnly does not create a database", "[storage]") {
    TempDir dir;
    CHECK_THROWS_WITH(LedgerDatabase::open(dir.file("none.db"), LedgerDatabase::OpenMode::ExistingOnly),
                      "no database at " + dir.file("none.db"));
    CHECK_FALSE(std::filesystem::exists(dir.file("none.db")));
}

TEST_CASE("An older schema is migrated forward and keeps its data", "[storage]") {
    TempDir dir;
    const std::string path = dir.file("old.db");
    // The shipped steps plus a later one, as a future version would add.
    std::vector<Migration> steps(SqliteLedgerDatabase::migrations().begin(), SqliteLedgerDatabase::migrations().end());
    const int older = steps.back().version;
    steps.push_back({older + 1, [](sqlite::Connection& c) {
                         c.exec("ALTER TABLE users ADD COLUMN email TEXT NOT NULL DEFAULT ''");
                     }});
    {
        auto db =
            SqliteLedgerDatabase::openWithMigrations(path, LedgerDatabase::OpenMode::CreateIfMissing, steps, older);
        CHECK(db->schemaVersion() == older);
        db->users().add({0, "amorgan", "Alice Morgan", Role::Analyst, true, std::nullopt, false});
    }
    auto db = SqliteLedgerDatabase::openWithMigrations(path, LedgerDatabase::OpenMode::ExistingOnly, steps, older + 1);
    CHECK(db->schemaVersion() == older + 1);
    CHECK(db->users().findByName("amorgan")->fullName == "Alice Morgan");
    CHECK(sqliteConnection(*db).queryInt("SELECT count(*) FROM pragma_table_info('users') WHERE name = 'email'") == 1);
}

TEST_CASE("A failing migration step leaves the older schema in place", "[storage]") {
    TempDir dir;
    const std::string path = dir.file("old.db");
    std::vector<Migration> steps(SqliteLedgerDatabase::migrations().begin(), SqliteLedgerDatabase::migrations().end());
    const int older = steps.back().version;
    SqliteLedgerDatabase::openWithMigrations(path, LedgerDatabase::OpenMode::CreateIfMissing, steps, older);
    steps.push_back({older + 1, [](sqlite::Connection& c) {
                         c.exec("ALTER TABLE users ADD COLUMN email TEXT");
                         c.exec("THIS IS NOT SQL");
                     }});
    CHECK_THROWS_AS(
        SqliteLedgerDatabase::openWithMigrations(path, LedgerDatabase::OpenMode::ExistingOnly, steps, older + 1),
        StorageError);
    auto db = LedgerDatabase::open(path);
    CHECK(db->schemaVersion() == older);
    CHECK(sqliteConnection(*db).queryInt("SELECT count(*) FROM pragma_table_info('users') WHERE name = 'email'") == 0);
}

TEST_CASE("A database from a newer version is refused and not modified", "[storage]") {
    TempDir dir;
    const std::string path = dir.file("newer.db");
    LedgerDatabase::open(path);
    rawExec(path, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99");
    const std::string bytes = readFile(path);
    CHECK(refusal(path) == path + " was written by a newer version of Duedesk (schema 99, this version reads up to " +
                               std::to_string(LedgerDatabase::currentSchemaVersion()) + "); it was not opened");
    CHECK(readFile(path) == bytes);
    CHECK_FALSE(std::filesystem::exists(path + "-wal"));
}

TEST_CASE("A file that is not a Duedesk database is refused and not modified", "[storage]") {
    TempDir dir;
    const std::string text = dir.file("notes.txt");
    writeFile(text, "This is a text file, not a ledger.\n");
    CHECK(refusal(text) == text + " is not a Duedesk database (not an SQLite file)");
    CHECK(readFile(text) == "This is a text file, not a ledger.\n");

    const std::string other = dir.file("other.sqlite");
    rawExec(other, "CREATE TABLE recipes (name TEXT)");
    const std::string bytes = readFile(other);
    CHECK(refusal(other) == other + " is not a Duedesk database; it was not opened");
    CHECK(readFile(other) == bytes);
}

TEST_CASE("A version 2 ledger keeps its addresses and contacts when it learns who changed them", "[storage]") {
    TempDir dir;
    const std::string path = dir.file("v2.db");
    {
        auto db = SqliteLedgerDatabase::openWithMigrations(path, LedgerDatabase::OpenMode::CreateIfMissing,
                                                           SqliteLedgerDatabase::migrations(), 2);
        sqliteConnection(*db).exec(
            "INSERT INTO accounts (id, number, name) VALUES (1, 'A1', 'Acme');"
            "INSERT INTO addresses (account_id, kind, line1, city, country, valid_from) VALUES (1, 'billing', "
            "'1 Park Row', 'Leeds', 'GB', 20000);"
            "INSERT INTO contacts (account_id, name, email, is_primary, valid_from) VALUES (1, 'Sam', 's@a.example', "
            "1, "
            "20000);");
    }
    auto db = LedgerDatabase::open(path, LedgerDatabase::OpenMode::ExistingOnly);
    CHECK(db->schemaVersion() == LedgerDatabase::currentSchemaVersion());
    AccountRepository& accounts = db->accounts();
    const auto addresses = accounts.addresses(1);
    REQUIRE(addresses.size() == 1);
    CHECK(addresses[0].line1 == "1 Park Row");
    CHECK_FALSE(addresses[0].recordedBy);
    const auto contacts = accounts.contacts(1);
    REQUIRE(contacts.size() == 1);
    CHECK((contacts[0].name == "Sam" && contacts[0].primary && !contacts[0].recordedOn));
}

TEST_CASE("A version 6 contact log keeps every outcome and follow-up: outcomes as notes, follow-ups as diary entries",
          "[storage][diary]") {
    TempDir dir;
    const std::string path = dir.file("v6.db");
    {
        auto db = SqliteLedgerDatabase::openWithMigrations(path, LedgerDatabase::OpenMode::CreateIfMissing,
                                                           SqliteLedgerDatabase::migrations(), 6);
        // Days 20600.. are 2026-05-27..; account 1 had three calls, the
        // second without a follow-up; account 2 one call.
        sqliteConnection(*db).exec(
            "INSERT INTO users (id, name, role) VALUES (1, 'amorgan', 'analyst'), (2, 'bokafor', 'analyst');"
            "INSERT INTO accounts (id, number, name, analyst_id) VALUES (1, 'A1', 'Acme', 1), (2, 'A2', 'Bravo', 2);"
            "INSERT INTO contact_log (id, account_id, contacted_on, channel, outcome, note, follow_up_on, "
            "recorded_by, recorded_on) VALUES "
            "(1, 1, 20600, 'phone', 'Promised payment by Friday', '', 20604, 1, 20600),"
            "(2, 1, 20603, 'email', 'Sent copy invoices', 'PO missing', NULL, 1, 20603),"
            "(3, 1, 20605, 'phone', 'No answer', '', 20610, 2, 20605),"
            "(4, 2, 20601, 'letter', 'First reminder', '', 20615, 2, 20601);");
    }
    auto db = LedgerDatabase::open(path, LedgerDatabase::OpenMode::ExistingOnly);
    CHECK(db->schemaVersion() == LedgerDatabase::currentSchemaVersion());
    const auto logged = db->contactLog().forAccount(1);
    REQUIRE(logged.size() == 3);
    CHECK(logged[0].outcome == ContactOutcome::Other);
    CHECK(logged[0].note == "No answer");
    CHECK(logged[1].note == "Sent copy invoices\nPO missing");
    CHECK(logged[2].note == "Promised payment by Friday");
    CHECK(logged[2].followUpOn == Date::fromDayNumber(20604));

    // Each follow-up is a diary entry, done by the account's next contact.
    const auto a1 = db->diary().forAccount(1);
    REQUIRE(a1.size() == 2);
    CHECK(a1[0].dueOn == Date::fromDayNumber(20610));
    CHECK(a1[0].isOpen());
    CHECK(a1[0].ownerId == 1);
    CHECK(a1[0].fromContactId == 3);
    CHECK(a1[0].createdBy == 2);
    CHECK(a1[1].dueOn == Date::fromDayNumber(20604));
    CHECK(a1[1].doneOn == Date::fromDayNumber(20603));
    CHECK(a1[1].doneByContactId == 2);
    const auto a2 = db->diary().forAccount(2);
    REQUIRE(a2.size() == 1);
    CHECK((a2[0].isOpen() && a2[0].ownerId == 2 && a2[0].dueOn == Date::fromDayNumber(20615)));
}
