// Allocations: dated settlement of invoices by payments and credit notes.
#include "duedesk/reports/AgingReport.h"
#include "duedesk/services/AllocationService.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/DocumentRepository.h"
#include "support/AgingExpect.h"
#include "support/HandLedger.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

namespace {

struct Fixture {
    TempDir dir;
    std::unique_ptr<LedgerDatabase> db = openHandLedger(dir.file("ledger.db"));
    DocumentId id(const std::string& account, DocumentType type, const std::string& number) {
        const auto a = db->accounts().findByNumber(account);
        return db->documents().findByKey(a->id, type, number)->id;
    }
    std::string a1(Date asOf) {
        AgingOptions o;
        o.asOf = asOf;
        o.grouping = OpenItemGrouping::Account;
        return describeRow(computeAging(*db, o).rows.front());
    }
};

const Currency GBP = Currency::of("GBP");

} // namespace

TEST_CASE("An allocation settles both documents from its date on", "[allocation]") {
    Fixture f;
    const DocumentId pay1 = f.id("A1", DocumentType::Payment, "PAY-1");
    const DocumentId inv1 = f.id("A1", DocumentType::Invoice, "INV-1");
    AllocationService(*f.db).allocate(pay1, inv1, Money(30000, GBP), Date::ymd(2026, 7, 2), operatorActor());

    CHECK(f.db->documents().findById(inv1)->openAmount == Money(70000, GBP));
    CHECK(f.db->documents().findById(pay1)->openAmount == Money(0, GBP));
    // July 1: INV-1 is due that day (current), the payment still unapplied.
    CHECK(f.a1(Date::ymd(2026, 7, 1)) == "A1 GBP | 1000.00 0.00 200.00 0.00 250.50 0.00 | -300.00 | 1150.50");
    // July 2: 700.00 left on INV-1, one day past due; nothing unapplied.
    CHECK(f.a1(Date::ymd(2026, 7, 2)) == "A1 GBP | 0.00 700.00 200.00 0.00 250.50 0.00 | 0.00 | 1150.50");
}

TEST_CASE("An allocation that breaks a rule is refused and writes nothing", "[allocation]") {
    Fixture f;
    const std::string before = dumpDatabase(f.db->path());
    const DocumentId pay1 = f.id("A1", DocumentType::Payment, "PAY-1");
    const DocumentId inv1 = f.id("A1", DocumentType::Invoice, "INV-1");
    const DocumentId inv2 = f.id("A1", DocumentType::Invoice, "INV-2");
    const DocumentId j2 = f.id("A3", DocumentType::Payment, "J-2");
    AllocationService service(*f.db);
    const Date day = Date::ymd(2026, 7, 2);

    CHECK_THROWS_WITH(service.allocate(pay1, inv1, Money(30001, GBP), day, operatorActor()),
                      "300.01 is more than the open amount 300.00 of PAY-1");
    CHECK_THROWS_WITH(service.allocate(pay1, inv2, Money(25000, GBP), day, operatorActor()),
                      "250.00 is more than the open amount 200.00 of INV-2");
    CHECK_THROWS_WITH(service.allocate(inv1, inv2, Money(100, GBP), day, operatorActor()),
                      "INV-1 is not a payment, credit note or adjustment");
    CHECK_THROWS_WITH(service.allocate(pay1, pay1, Money(100, GBP), day, operatorActor()), "PAY-1 is not an invoice");
    CHECK_THROWS_WITH(service.allocate(j2, inv1, Money(100, GBP), day, operatorActor()),
                      "J-2 and INV-1 belong to different accounts");
    CHECK_THROWS_WITH(service.allocate(pay1, inv1, Money(0, GBP), day, operatorActor()),
                      "the amount to allocate must be positive");
    CHECK_THROWS_WITH(service.allocate(pay1, inv1, Money(100, Currency::of("EUR")), day, operatorActor()),
                      "cannot allocate EUR to an invoice in GBP");
    CHECK_THROWS_WITH(service.allocate(pay1, inv1, Money(100, GBP), Date::ymd(2026, 6, 10), operatorActor()),
                      "the allocation date 2026-06-10 is before PAY-1's date 2026-06-15");
    CHECK_THROWS_WITH(service.allocate(pay1, 999999, Money(100, GBP), day, operatorActor()),
                      "document 999999 does not exist");
    CHECK(dumpDatabase(f.db->path()) == before);
}
