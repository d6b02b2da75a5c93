// Repositories: address and contact history, and open amounts on past dates.
#include "duedesk/services/AllocationService.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/DocumentRepository.h"
#include "duedesk/storage/UnitOfWork.h"
#include "support/HandLedger.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

namespace {
AccountId addAcme(AccountRepository& accounts) {
    Account a;
    a.number = "C1";
    a.name = "Acme Ltd";
    return accounts.add(a);
}
} // namespace

TEST_CASE("A change of address closes the old one and keeps it in history", "[storage]") {
    TempDir dir;
    auto db = LedgerDatabase::open(dir.file("ledger.db"));
    AccountRepository& accounts = db->accounts();
    const AccountId id = addAcme(accounts);

    Address first;
    first.accountId = id;
    first.line1 = "1 High Street";
    first.city = "Leeds";
    first.postcode = "LS1 1AA";
    first.country = "GB";
    first.validFrom = Date::ymd(2020, 1, 1);
    accounts.addAddress(first);

    Address moved = first;
    moved.line1 = "22 Station Road";
    moved.postcode = "LS2 2BB";
    accounts.replaceAddress(moved, Date::ymd(2026, 5, 1));

    const auto history = accounts.addresses(id);
    REQUIRE(history.size() == 2);
    CHECK(history[0].line1 == "22 Station Road");
    CHECK(history[0].validFrom.toIso() == "2026-05-01");
    CHECK_FALSE(history[0].validTo.has_value());
    CHECK(history[1].line1 == "1 High Street");
    CHECK(history[1].validFrom.toIso() == "2020-01-01");
    REQUIRE(history[1].validTo.has_value());
    CHECK(history[1].validTo->toIso() == "2026-04-30");
}

TEST_CASE("Contacts list the primary contact first", "[storage]") {
    TempDir dir;
    auto db = LedgerDatabase::open(dir.file("ledger.db"));
    AccountRepository& accounts = db->accounts();
    const AccountId id = addAcme(accounts);
    accounts.addContact({0, id, "Sam Clerk", "Payments Officer", "+44 20 1", "sam@acme.example", false,
                         Date::ymd(2025, 1, 1), std::nullopt, std::nullopt, std::nullopt});
    accounts.addContact({0, id, "Jo Boss", "Financial Controller", "+44 20 2", "jo@acme.example", true,
                         Date::ymd(2025, 1, 1), std::nullopt, std::nullopt, std::nullopt});
    const auto contacts = accounts.contacts(id);
    REQUIRE(contacts.size() == 2);
    CHECK(contacts[0].name == "Jo Boss");
    CHECK(contacts[0].primary);
    CHECK(contacts[1].email == "sam@acme.example");
}

TEST_CASE("A document's open amount can be read on any past date", "[storage]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const AccountId a1 = db->accounts().findByNumber("A1")->id;
    DocumentRepository& documents = db->documents();
    const DocumentId inv1 = documents.findByKey(a1, DocumentType::Invoice, "INV-1")->id;
    const DocumentId pay1 = documents.findByKey(a1, DocumentType::Payment, "PAY-1")->id;
    AllocationService(*db).allocate(pay1, inv1, Money(10000, Currency::of("GBP")), Date::ymd(2026, 7, 2),
                                    operatorActor());
    AllocationService(*db).allocate(pay1, inv1, Money(5000, Currency::of("GBP")), Date::ymd(2026, 7, 9),
                                    operatorActor());

    CHECK(documents.openAmountOn(inv1, Date::ymd(2026, 5, 31)) == 0); // before its date
    CHECK(documents.openAmountOn(inv1, Date::ymd(2026, 7, 1)) == 100000); // before any allocation
    CHECK(documents.openAmountOn(inv1, Date::ymd(2026, 7, 2)) == 90000); // after the first
    CHECK(documents.openAmountOn(inv1, Date::ymd(2026, 7, 9)) == 85000); // after both
    CHECK(documents.openAmountOn(pay1, Date::ymd(2026, 7, 5)) == 20000);
    CHECK(documents.findById(pay1)->openAmount.minorUnits() == 15000);
}

TEST_CASE("A unit of work that is not committed leaves nothing behind", "[storage]") {
    TempDir dir;
    auto db = LedgerDatabase::open(dir.file("ledger.db"));
    const std::string before = dumpDatabase(db->path());
    {
        UnitOfWork work(*db);
        Account a;
        a.number = "C1";
        a.name = "Temporary";
        db->accounts().add(a);
        CHECK(db->accounts().count() == 1);
    }
    CHECK(db->accounts().count() == 0);
    CHECK(dumpDatabase(db->path()) == before);
}
