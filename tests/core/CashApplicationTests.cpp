// Cash application on the hand ledger: proposals from the store, an
// accepted match written as dated, attributed allocations in one
// transaction, and reversal by a new entry.
//
// A1 (GBP) as imported on 2026-06-30: INV-1 1,000.00 due 07-01, INV-2
// 200.00 open of 500.00 due 05-31, INV-3 250.50 due 03-31, PAY-1 300.00
// unapplied. The tests add PAY-2 200.00 (06-25, reference "inv-2 ") and
// PAY-3 450.50 (06-26, no reference).
#include "duedesk/reports/AgingReport.h"
#include "duedesk/services/AccessPolicy.h"
#include "duedesk/services/AllocationService.h"
#include "duedesk/services/CashApplication.h"
#include "duedesk/services/LedgerCheck.h"
#include "duedesk/services/UserDirectory.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/DocumentRepository.h"
#include "storage/sqlite/Sqlite.h"
#include "storage/sqlite/SqliteLedgerDatabase.h"
#include "support/AgingExpect.h"
#include "support/HandLedger.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

namespace {

const Currency GBP = Currency::of("GBP");

struct Fixture {
    TempDir dir;
    std::unique_ptr<LedgerDatabase> db = openHandLedger(dir.file("ledger.db"));
    AccountId a1 = db->accounts().findByNumber("A1")->id;

    DocumentId id(DocumentType type, const std::string& number, const std::string& account = "A1") {
        return db->documents().findByKey(db->accounts().findByNumber(account)->id, type, number)->id;
    }
    Money open(DocumentType type, const std::string& number) {
        return db->documents().findById(id(type, number))->openAmount;
    }
    DocumentId addPayment(const std::string& number, std::int64_t amount, Date on, const std::string& reference) {
        Document d;
        d.accountId = a1;
        d.type = DocumentType::Payment;
        d.number = number;
        d.documentDate = on;
        d.dueDate = on;
        d.amount = Money(amount, GBP);
        d.openAmount = d.amount;
        d.reference = reference;
        return db->documents().add(d);
    }
    Actor actor(const std::string& name) {
        return Actor::person(*UserDirectory(*db).find(name), Date::ymd(2026, 7, 6));
    }
    std::string a1Aging(Date asOf) {
        AgingOptions o;
        o.asOf = asOf;
        o.grouping = OpenItemGrouping::Account;
        return describeRow(computeAging(*db, o).rows.front());
    }
    std::vector<std::string> rows(const std::string& sql) {
        sqlite::Statement s(sqliteConnection(*db), sql);
        std::vector<std::string> out;
        while (s.step()) {
            std::string row;
            for (int c = 0; c < s.columnCount(); ++c)
                row += (c ? " " : "") + (s.isNull(c) ? std::string("-") : s.string(c));
            out.push_back(row);
        }
        return out;
    }
};

std::string describe(const CashProposal& p) {
    std::string out = p.accountNumber + " " + p.credit.number + " ->";
    for (std::size_t i = 0; i < p.lines.size(); ++i)
        out += (i ? ", " : " ") + p.lines[i].invoice.number + " " + p.lines[i].amount.toDecimalString();
    return out + " (" + p.reason + ")";
}

OpenDocumentsScope account(AccountId id) {
    OpenDocumentsScope scope;
    scope.account = id;
    return scope;
}

} // namespace

TEST_CASE("Cash proposals come from the ledger for an account, an analyst or everyone", "[cash]") {
    Fixture f;
    CashApplication cash(*f.db);
    // The hand ledger as imported: PAY-1 300.00 matches nothing (no
    // reference, no invoice of 300.00, INV-2 + INV-3 = 450.50) nor does J-2.
    CHECK(cash.propose({}, Date::ymd(2026, 6, 30)).empty());

    f.addPayment("PAY-2", 20000, Date::ymd(2026, 6, 25), "inv-2 ");
    f.addPayment("PAY-3", 45050, Date::ymd(2026, 6, 26), "");
    const auto proposals = cash.propose(account(f.a1), Date::ymd(2026, 6, 30));
    REQUIRE(proposals.size() == 1);
    // PAY-2 names INV-2 and takes it; INV-2 + INV-3 is no longer there for PAY-3.
    CHECK(describe(proposals[0]) == "A1 PAY-2 -> INV-2 200.00 (PAY-2's reference names invoice INV-2)");
    CHECK(proposals[0].accountName == "Acme Ltd");

    // Posted by 06-25: PAY-3 is not yet there; by 06-24 neither is PAY-2.
    CHECK(cash.propose(account(f.a1), Date::ymd(2026, 6, 25)).size() == 1);
    CHECK(cash.propose(account(f.a1), Date::ymd(2026, 6, 24)).empty());

    OpenDocumentsScope amorgan;
    amorgan.analyst = UserDirectory(*f.db).find("amorgan")->id;
    CHECK(cash.propose(amorgan, Date::ymd(2026, 6, 30)).size() == 1);
    OpenDocumentsScope bokafor;
    bokafor.analyst = UserDirectory(*f.db).find("bokafor")->id;
    CHECK(cash.propose(bokafor, Date::ymd(2026, 6, 30)).empty());
}

TEST_CASE("An accepted proposal becomes dated allocations by the analyst, and past aging stays", "[cash]") {
    Fixture f;
    f.addPayment("PAY-3", 45050, Date::ymd(2026, 6, 26), "");
    CashApplication cash(*f.db);
    const auto proposals = cash.propose(account(f.a1), Date::ymd(2026, 6, 30));
    REQUIRE(proposals.size() == 1);
    CHECK(describe(proposals[0]) ==
          "A1 PAY-3 -> INV-3 250.50, INV-2 200.00 (equals the sum of 2 invoices: INV-3, INV-2)");
    // Before: as of 07-01, INV-1 current, INV-2 31 days past due, INV-3 92;
    // PAY-1 and PAY-3 unapplied.
    const std::string july1 = "A1 GBP | 1000.00 0.00 200.00 0.00 250.50 0.00 | -750.50 | 700.00";
    CHECK(f.a1Aging(Date::ymd(2026, 7, 1)) == july1);

    const auto ids = cash.apply(CashMatch::of(proposals[0]), Date::ymd(2026, 7, 2), f.actor("amorgan"));
    REQUIRE(ids.size() == 2);
    CHECK(f.open(DocumentType::Payment, "PAY-3") == Money(0, GBP));
    CHECK(f.open(DocumentType::Invoice, "INV-2") == Money(0, GBP));
    CHECK(f.open(DocumentType::Invoice, "INV-3") == Money(0, GBP));
    const std::string amorgan = std::to_string(UserDirectory(*f.db).find("amorgan")->id);
    CHECK(f.rows("SELECT c.number, i.number, a.amount, a.allocated_on, a.user_id FROM allocations a "
                 "JOIN documents c ON c.id = a.credit_document_id JOIN documents i ON i.id = a.invoice_id "
                 "ORDER BY a.id") ==
          std::vector<std::string>{
              "PAY-3 INV-3 25050 " + std::to_string(Date::ymd(2026, 7, 2).dayNumber()) + " " + amorgan,
              "PAY-3 INV-2 20000 " + std::to_string(Date::ymd(2026, 7, 2).dayNumber()) + " " + amorgan});
    // Dated movements: the day before still ages as it was.
    CHECK(f.a1Aging(Date::ymd(2026, 7, 1)) == july1);
    // 07-02: INV-1 one day past due, only INV-1 and PAY-1 left.
    CHECK(f.a1Aging(Date::ymd(2026, 7, 2)) == "A1 GBP | 0.00 1000.00 0.00 0.00 0.00 0.00 | -300.00 | 700.00");
    CHECK(checkLedger(*f.db).problems.empty());
    // Nothing left to propose.
    CHECK(cash.propose(account(f.a1), Date::ymd(2026, 7, 2)).empty());
}

TEST_CASE("An adjusted match is applied as adjusted, and one that breaks a rule writes nothing", "[cash]") {
    Fixture f;
    const DocumentId pay3 = f.addPayment("PAY-3", 45050, Date::ymd(2026, 6, 26), "");
    const DocumentId inv1 = f.id(DocumentType::Invoice, "INV-1");
    const DocumentId inv2 = f.id(DocumentType::Invoice, "INV-2");
    const DocumentId inv3 = f.id(DocumentType::Invoice, "INV-3");
    CashApplication cash(*f.db);
    const Date on = Date::ymd(2026, 7, 2);
    const std::string before = dumpDatabase(f.db->path());

    CHECK_THROWS_WITH(cash.apply({pay3, {{inv3, std::nullopt}, {inv1, Money(30000, GBP)}}}, on, operatorActor()),
                      "the amounts add up to 550.50, more than the open amount 450.50 of PAY-3");
    CHECK_THROWS_WITH(cash.apply({pay3, {{inv3, std::nullopt}, {inv3, std::nullopt}}}, on, operatorActor()),
                      "INV-3 is named twice");
    CHECK_THROWS_WITH(cash.apply({pay3, {}}, on, operatorActor()), "no invoice to allocate PAY-3 to");
    CHECK_THROWS_WITH(
        cash.apply({pay3, {{f.id(DocumentType::Invoice, "R-100", "A2"), std::nullopt}}}, on, operatorActor()),
        "PAY-3 is in GBP but R-100 is in EUR");
    // The first allocation is written, the second refused: the first is rolled back with it.
    CHECK_THROWS_WITH(
        cash.apply({pay3, {{inv3, std::nullopt}, {f.id(DocumentType::Invoice, "U-3", "A4"), std::nullopt}}}, on,
                   operatorActor()),
        "PAY-3 and U-3 belong to different accounts");
    CHECK_THROWS_WITH(cash.apply({pay3, {{inv3, std::nullopt}}}, Date::ymd(2026, 6, 20), operatorActor()),
                      "the allocation date 2026-06-20 is before PAY-3's date 2026-06-26");
    CHECK(dumpDatabase(f.db->path()) == before);

    // Adjusted: INV-1 added, INV-2 dropped, a smaller amount on INV-3;
    // without an amount INV-1 takes what is left of PAY-3.
    const auto ids = cash.apply({pay3, {{inv3, Money(10000, GBP)}, {inv1, std::nullopt}}}, on, f.actor("bokafor"));
    REQUIRE(ids.size() == 2);
    CHECK(f.open(DocumentType::Invoice, "INV-3") == Money(15050, GBP));
    CHECK(f.open(DocumentType::Invoice, "INV-1") == Money(100000 - 35050, GBP));
    CHECK(f.open(DocumentType::Invoice, "INV-2") == Money(20000, GBP));
    CHECK(f.open(DocumentType::Payment, "PAY-3") == Money(0, GBP));
    CHECK(f.db->documents().findAllocation(ids[1])->recordedBy == UserDirectory(*f.db).find("bokafor")->id);
    CHECK_THROWS_WITH(cash.apply({pay3, {{inv2, std::nullopt}}}, on, operatorActor()),
                      "nothing of PAY-3 is left for INV-2");
}

TEST_CASE("A reversal is a new dated entry: amounts come back, past aging stays, and only once", "[cash]") {
    Fixture f;
    const DocumentId pay2 = f.addPayment("PAY-2", 20000, Date::ymd(2026, 6, 25), "INV-2");
    CashApplication cash(*f.db);
    const auto proposals = cash.propose(account(f.a1), Date::ymd(2026, 6, 30));
    REQUIRE(proposals.size() == 1);
    const auto ids = cash.apply(CashMatch::of(proposals[0]), Date::ymd(2026, 7, 2), f.actor("amorgan"));
    REQUIRE(ids.size() == 1);
    const std::string allocated = "A1 GBP | 0.00 1000.00 0.00 0.00 250.50 0.00 | -300.00 | 950.50";
    CHECK(f.a1Aging(Date::ymd(2026, 7, 3)) == allocated);

    AllocationService service(*f.db);
    CHECK_THROWS_WITH(service.reverse(ids[0], Date::ymd(2026, 7, 1), f.actor("bokafor")),
                      "the reversal date 2026-07-01 is before allocation " + std::to_string(ids[0]) +
                          "'s date 2026-07-02");
    service.reverse(ids[0], Date::ymd(2026, 7, 5), f.actor("bokafor"));
    CHECK(f.db->documents().findById(pay2)->openAmount == Money(20000, GBP));
    CHECK(f.open(DocumentType::Invoice, "INV-2") == Money(20000, GBP));
    // The allocation is still there, with its reversal beside it.
    const auto record = f.db->documents().findAllocation(ids[0]);
    CHECK(record->allocation.amount == Money(20000, GBP));
    CHECK(record->reversedOn == Date::ymd(2026, 7, 5));
    CHECK(record->reversedBy == UserDirectory(*f.db).find("bokafor")->id);
    const std::string july5 = std::to_string(Date::ymd(2026, 7, 5).dayNumber());
    CHECK(f.rows("SELECT d.number, m.open_change, m.effective_on, m.cause, m.allocation_id IS NOT NULL, "
                 "m.reversal_id IS NOT NULL FROM document_movements m JOIN documents d ON d.id = m.document_id "
                 "WHERE m.cause = 'allocation_reversal' ORDER BY d.number") ==
          std::vector<std::string>{"INV-2 20000 " + july5 + " allocation_reversal 1 1",
                                   "PAY-2 20000 " + july5 + " allocation_reversal 1 1"});
    // Aging up to the day before the reversal still shows the allocation.
    CHECK(f.a1Aging(Date::ymd(2026, 7, 4)) == allocated);
    // 07-05: INV-2 35 days past due again, PAY-2 unapplied again.
    CHECK(f.a1Aging(Date::ymd(2026, 7, 5)) == "A1 GBP | 0.00 1000.00 200.00 0.00 250.50 0.00 | -500.00 | 950.50");
    CHECK(checkLedger(*f.db).problems.empty());

    const std::string before = dumpDatabase(f.db->path());
    CHECK_THROWS_WITH(service.reverse(ids[0], Date::ymd(2026, 7, 6), f.actor("amorgan")),
                      "allocation " + std::to_string(ids[0]) + " was already reversed on 2026-07-05");
    CHECK_THROWS_WITH(service.reverse(999, Date::ymd(2026, 7, 6), f.actor("amorgan")), "allocation 999 does not exist");
    CHECK(dumpDatabase(f.db->path()) == before);
    // The cash is there to be matched again.
    CHECK(cash.propose(account(f.a1), Date::ymd(2026, 7, 5)).size() == 1);
}

TEST_CASE("Documents are found by number for the command line, with what is wrong named", "[cash]") {
    Fixture f;
    CashApplication cash(*f.db);
    CHECK(cash.findCredit(f.a1, "PAY-1").type == DocumentType::Payment);
    CHECK(cash.findCredit(f.a1, "CN-1").type == DocumentType::CreditNote);
    CHECK(cash.findInvoice(f.a1, "INV-2").number == "INV-2");
    CHECK_THROWS_WITH(cash.findCredit(f.a1, "PAY-9"), "account A1 has no payment, credit note or adjustment PAY-9");
    CHECK_THROWS_WITH(cash.findCredit(f.a1, "INV-1"), "INV-1 is an invoice, not a payment, credit note or adjustment");
    CHECK_THROWS_WITH(cash.findInvoice(f.a1, "R-100"), "account A1 has no invoice R-100");
}
