// The account view's data for A1 of the hand ledger, on 2026-06-30 after
// PAY-1 was allocated 100.00 to INV-2 on 2026-06-20.
#include "duedesk/reports/AccountDetail.h"
#include "duedesk/services/AllocationService.h"
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
    // The allocation moved both documents on 06-20.
    REQUIRE(d.activity.size() == 2);
    CHECK(d.activity[0].effectiveOn.toIso() == "2026-06-20");
    CHECK(d.activity[0].cause == MovementCause::Allocation);
    CHECK(d.activity[0].change == Money(-10000, Currency::of("GBP")));
    CHECK(d.activity[0].documentNumber == "PAY-1");
    CHECK(d.activity[1].documentNumber == "INV-2");

    CHECK_THROWS_WITH(loadAccountDetail(*db, 999, Date::ymd(2026, 6, 30)), "account 999 does not exist");
}
