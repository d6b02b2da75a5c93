// Changing addresses and contacts: history kept, the user and day recorded,
// bad input named by field and refused without a trace.
#include "duedesk/services/AccountContacts.h"
#include "duedesk/services/UserDirectory.h"
#include "duedesk/storage/AccountRepository.h"
#include "storage/sqlite/SqliteLedgerDatabase.h"
#include "support/HandLedger.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

namespace {
struct Fixture {
    TempDir dir;
    std::unique_ptr<LedgerDatabase> db = openHandLedger(dir.file("ledger.db"));
    AccountId a1 = db->accounts().findByNumber("A1")->id;
    Actor by = Actor::person(*UserDirectory(*db).find("amorgan"), Date::ymd(2026, 7, 2));

    Address billing(std::string line1) {
        Address a;
        a.accountId = a1;
        a.kind = "billing";
        a.line1 = std::move(line1);
        a.city = "Leeds";
        a.postcode = "LS1 4AP";
        a.country = "GB";
        return a;
    }
    Contact contact(std::string name, bool primary) {
        Contact c;
        c.accountId = a1;
        c.name = std::move(name);
        c.email = "payables@acme.example";
        c.primary = primary;
        return c;
    }
};
} // namespace

TEST_CASE("A changed address keeps the old one in history, with who changed it", "[contacts]") {
    Fixture f;
    AccountContacts book(*f.db);
    book.changeAddress(f.billing("1 Park Row"), Date::ymd(2026, 1, 1), f.by);
    book.changeAddress(f.billing("20 Wellington St"), Date::ymd(2026, 7, 1), f.by);
    const auto addresses = f.db->accounts().addresses(f.a1);
    REQUIRE(addresses.size() == 2);
    CHECK(addresses[0].line1 == "20 Wellington St");
    CHECK(addresses[0].validFrom == Date::ymd(2026, 7, 1));
    CHECK_FALSE(addresses[0].validTo);
    CHECK(addresses[0].recordedBy == *f.by.user);
    CHECK(addresses[0].recordedOn == Date::ymd(2026, 7, 2));
    CHECK(addresses[1].line1 == "1 Park Row");
    CHECK(addresses[1].validTo == Date::ymd(2026, 6, 30));
}

TEST_CASE("An address change is refused, naming the field, and nothing is written", "[contacts]") {
    Fixture f;
    AccountContacts book(*f.db);
    book.changeAddress(f.billing("1 Park Row"), Date::ymd(2026, 1, 1), f.by);
    const std::string before = dumpDatabase(f.db->path());
    Address noCity = f.billing("2 Park Row");
    noCity.city = " ";
    CHECK_THROWS_WITH(book.changeAddress(noCity, Date::ymd(2026, 7, 1), f.by), "City is required.");
    Address country = f.billing("2 Park Row");
    country.country = "U.K. ";
    CHECK_THROWS_WITH(book.changeAddress(country, Date::ymd(2026, 7, 1), f.by),
                      "The country code is two letters, such as GB, DE or US; \"U.K.\" is not.");
    Address kind = f.billing("2 Park Row");
    kind.kind = "home";
    CHECK_THROWS_WITH(book.changeAddress(kind, Date::ymd(2026, 7, 1), f.by),
                      "The kind \"home\" is not one of billing, delivery, registered.");
    CHECK_THROWS_WITH(book.changeAddress(f.billing("2 Park Row"), Date::ymd(2026, 1, 1), f.by),
                      "effective date: 2026-01-01 is not after the current billing address began (2026-01-01)");
    CHECK(dumpDatabase(f.db->path()) == before);
}

TEST_CASE("Contacts are added, replaced and ended with their history", "[contacts]") {
    Fixture f;
    AccountContacts book(*f.db);
    const auto sam = book.saveContact(f.contact("Sam Clerk", true), std::nullopt, Date::ymd(2026, 1, 1), f.by);
    // Jo becomes the primary contact: Sam stays on as an ordinary contact.
    const auto jo = book.saveContact(f.contact("Jo Boss", true), std::nullopt, Date::ymd(2026, 3, 1), f.by);
    auto contacts = f.db->accounts().contacts(f.a1);
    REQUIRE(contacts.size() == 3);
    CHECK((contacts[0].id == jo && contacts[0].primary && !contacts[0].validTo));
    CHECK((contacts[1].name == "Sam Clerk" && !contacts[1].primary && contacts[1].validFrom == Date::ymd(2026, 3, 1)));
    CHECK((contacts[2].id == sam && contacts[2].validTo == Date::ymd(2026, 2, 28)));

    // Jo's e-mail changes: the old record ends the day before.
    Contact newJo = f.contact("Jo Boss", true);
    newJo.email = "jo.boss@acme.example";
    const auto jo2 = book.saveContact(newJo, jo, Date::ymd(2026, 6, 1), f.by);
    book.endContact(f.a1, contacts[1].id, Date::ymd(2026, 6, 15), f.by);
    contacts = f.db->accounts().contacts(f.a1);
    REQUIRE(contacts.size() == 4);
    CHECK((contacts[0].id == jo2 && contacts[0].email == "jo.boss@acme.example" && !contacts[0].validTo));
    int current = 0;
    for (const Contact& c : contacts) current += c.validTo ? 0 : 1;
    CHECK(current == 1);
    CHECK(sqliteConnection(*f.db).queryInt("SELECT count(*) FROM contacts WHERE ended_by = " +
                                           std::to_string(*f.by.user)) == 3);
}

TEST_CASE("A contact needs a name and a way to reach them", "[contacts]") {
    Fixture f;
    AccountContacts book(*f.db);
    const std::string before = dumpDatabase(f.db->path());
    Contact c = f.contact("", false);
    CHECK_THROWS_WITH(book.saveContact(c, std::nullopt, Date::ymd(2026, 1, 1), f.by), "Name is required.");
    c = f.contact("Sam", false);
    c.email.clear();
    CHECK_THROWS_WITH(book.saveContact(c, std::nullopt, Date::ymd(2026, 1, 1), f.by),
                      "A phone number or an e-mail address is required.");
    c.email = "sam at acme";
    CHECK_THROWS_WITH(book.saveContact(c, std::nullopt, Date::ymd(2026, 1, 1), f.by),
                      "\"sam at acme\" is not an e-mail address (name@example.com).");
    CHECK_THROWS_WITH(book.saveContact(f.contact("Sam", false), 999, Date::ymd(2026, 1, 1), f.by),
                      "contact: not a current contact of this account");
    CHECK(dumpDatabase(f.db->path()) == before);
}
