// The account view's data for A1 of the hand ledger, on 2026-06-30 after
// PAY-1 was allocated 100.00 to INV-2 on 2026-06-20.
#include "duedesk/importing/ImportMapping.h"
#include "duedesk/reports/AccountDetail.h"
#include "duedesk/services/AccountContacts.h"
#include "duedesk/services/AllocationService.h"
#include "duedesk/services/ContactLogService.h"
#include "duedesk/services/ImportService.h"
#include "duedesk/services/UserDirectory.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/DocumentRepository.h"
#include "support/AgingExpect.h"
#include "support/HandLedger.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

TEST_CASE("Account detail: open items with running balance, closed items, aging, activity", "[account]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const AccountId a1 = db->accounts().findByNumber("A1")->id;
    DocumentRepository& documents = db->documents();
    AllocationService(*db).allocate(documents.findByKey(a1, DocumentType::Payment, "PAY-1")->id,
                                    documents.findByKey(a1, DocumentType::Invoice, "INV-2")->id,
                                    Money(10000, Currency::of("GBP")), Date::ymd(2026, 6, 20), operatorActor());

    const AccountDetail d = loadAccountDetail(*db, a1, Date::ymd(2026, 6, 30));
    CHECK(d.account.name == "Acme Ltd");
    CHECK(d.analystName == "amorgan");
    // Due-date order: INV-3 (03-31), INV-2 (05-31, 100.00 left), PAY-1
    // (06-15, 200.00 unapplied), INV-1 (07-01).
    std::vector<std::string> lines;
    for (const OpenItemLine& l : d.openItems)
        lines.push_back(l.document.number + " " + l.document.signedOpen().toDecimalString() + " " +
                        std::to_string(l.daysPastDue) + " " + l.runningBalance.toDecimalString());
    CHECK(lines == std::vector<std::string>{"INV-3 250.50 91 250.50", "INV-2 100.00 30 350.50",
                                            "PAY-1 -200.00 0 150.50", "INV-1 1000.00 0 1150.50"});
    REQUIRE(d.closedItems.size() == 1);
    CHECK(d.closedItems[0].number == "CN-1");
    CHECK(d.balance.in(Currency::of("GBP")) == Money(115050, Currency::of("GBP")));
    CHECK(describeRows(d.aging) ==
          std::vector<std::string>{"GBP GBP | 1000.00 100.00 0.00 0.00 250.50 0.00 | -200.00 | 1150.50"});
    // The allocation moved both documents on 06-20, but it is one event.
    REQUIRE(d.activity.size() == 6);
    CHECK(d.activity[5].kind == ActivityKind::Allocation);
    CHECK(d.activity[5].on == Date::ymd(2026, 6, 20));
    CHECK(d.activity[5].document->number == "PAY-1");
    CHECK(d.activity[5].appliedTo->number == "INV-2");
    CHECK(d.activity[5].amount == Money(10000, Currency::of("GBP")));
    CHECK_FALSE(d.activity[5].balanceChange);

    CHECK_THROWS_WITH(loadAccountDetail(*db, 999, Date::ymd(2026, 6, 30)), "account 999 does not exist");
}

namespace {

// "2026-06-01 recorded Invoice INV-1 +1000.00 = 1450.50": the date, the
// kind, the document, and the change of the balance and the balance after.
std::string describe(const ActivityEntry& e) {
    static const char* const kinds[] = {"recorded",        "open changed",    "allocation",    "contact logged",
                                        "address added",   "address changed", "address ended", "contact added",
                                        "contact changed", "contact ended"};
    std::string out = e.on.toIso() + " " + kinds[static_cast<int>(e.kind)];
    const auto name = [](const DocumentRef& r) {
        return std::string(r.type == DocumentType::Invoice   ? "Invoice"
                           : r.type == DocumentType::Payment ? "Payment"
                                                             : "Credit") +
               " " + r.number;
    };
    if (e.document) out += " " + name(*e.document);
    if (e.appliedTo) out += " to " + name(*e.appliedTo);
    if (e.kind == ActivityKind::Allocation) out += " " + e.amount->toDecimalString();
    if (e.balanceChange)
        out += std::string(" ") + (e.balanceChange->isNegative() ? "" : "+") + e.balanceChange->toDecimalString() +
               " = " + e.balanceAfter->toDecimalString();
    if (const auto* a = std::get_if<Address>(&e.record)) out += " " + a->line1;
    if (const auto* c = std::get_if<Contact>(&e.record)) out += " " + c->name;
    if (const auto* l = std::get_if<ContactLogEntry>(&e.record))
        out += " " + std::string(contactOutcomeName(l->outcome));
    if (e.recordedBy) out += " by " + std::to_string(*e.recordedBy);
    return out;
}

} // namespace

TEST_CASE("The account's activity lists its whole history once each, oldest first, with the balance after each",
          "[account][activity]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const AccountId a1 = db->accounts().findByNumber("A1")->id;
    const User amorgan = *UserDirectory(*db).find("amorgan");
    const Actor by = Actor::person(amorgan, Date::ymd(2026, 7, 2));
    DocumentRepository& documents = db->documents();

    AccountContacts book(*db);
    Address address;
    address.accountId = a1;
    address.line1 = "1 Park Row";
    address.city = "Leeds";
    address.country = "GB";
    book.changeAddress(address, Date::ymd(2026, 1, 1), by);
    address.line1 = "20 Wellington St";
    book.changeAddress(address, Date::ymd(2026, 7, 1), by);
    Contact jane;
    jane.accountId = a1;
    jane.name = "Jane Doe";
    jane.email = "jane@acme.example";
    const std::int64_t janeId = book.saveContact(jane, std::nullopt, Date::ymd(2026, 2, 1), by);
    book.endContact(a1, janeId, Date::ymd(2026, 7, 2), by);

    AllocationService(*db).allocate(documents.findByKey(a1, DocumentType::Payment, "PAY-1")->id,
                                    documents.findByKey(a1, DocumentType::Invoice, "INV-3")->id,
                                    Money(10000, Currency::of("GBP")), Date::ymd(2026, 6, 20), by);
    ContactLogEntry call;
    call.accountId = a1;
    call.contactedOn = Date::ymd(2026, 6, 25);
    call.channel = ContactChannel::Phone;
    call.outcome = ContactOutcome::PromiseToPay;
    call.note = "Promised payment";
    call.followUpOn = Date::ymd(2026, 7, 10);
    ContactLogService(*db).logContact(call, by);
    // INV-1 part-paid (1,000.00 open down to 400.00), INV-2 paid in full.
    ImportOptions options;
    options.effectiveOn = Date::ymd(2026, 7, 3);
    REQUIRE(ImportService(*db)
                .importFile(testDataPath("hand-ledger-update.csv"), genericMapping(), options, operatorActor())
                .outcome == ImportOutcome::Imported);

    const AccountDetail d = loadAccountDetail(*db, a1, Date::ymd(2026, 7, 3));
    std::vector<std::string> entries;
    for (const ActivityEntry& e : d.activity) entries.push_back(describe(e));
    const std::string me = " by " + std::to_string(amorgan.id);
    // Each document enters the balance with what was open when it was
    // recorded: INV-2 with 200.00 of its 500.00, CN-1 (used up) with
    // nothing, INV-3 and PAY-1 whole, as the allocation came after. The
    // allocation moves no balance; the import's changes do.
    CHECK(entries == std::vector<std::string>{
                         "2026-01-01 address added 1 Park Row" + me,
                         "2026-02-01 contact added Jane Doe" + me,
                         "2026-03-01 recorded Invoice INV-3 +250.50 = 250.50",
                         "2026-05-01 recorded Invoice INV-2 +200.00 = 450.50",
                         "2026-06-01 recorded Invoice INV-1 +1000.00 = 1450.50",
                         "2026-06-15 recorded Payment PAY-1 -300.00 = 1150.50",
                         "2026-06-20 recorded Credit CN-1 +0.00 = 1150.50",
                         "2026-06-20 allocation Payment PAY-1 to Invoice INV-3 100.00" + me,
                         "2026-06-25 contact logged promise_to_pay" + me,
                         "2026-07-01 address changed 20 Wellington St" + me,
                         "2026-07-02 contact ended Jane Doe",
                         "2026-07-03 open changed Invoice INV-1 -600.00 = 550.50",
                         "2026-07-03 open changed Invoice INV-2 -200.00 = 350.50",
                     });
    // The last balance is the account's: INV-3 150.50 + INV-1 400.00 - PAY-1 200.00.
    CHECK(d.balance.in(Currency::of("GBP")) == Money(35050, Currency::of("GBP")));
    CHECK(d.recordedByNames.at(amorgan.id) == "amorgan");
}
