// Disputes on the hand ledger, computed by hand. As of 2026-06-30 A1 (amorgan)
// owes GBP on INV-1 1,000.00 (due 2026-07-01), INV-2 200.00 open of 500.00
// (due 2026-05-31) and INV-3 250.50 (due 2026-03-31); A2 (amorgan) owes EUR
// on R-100 2,000.00 and R-101 750.25, both overdue.
#include "duedesk/domain/DisputeRules.h"
#include "duedesk/reports/AgingReport.h"
#include "duedesk/reports/DisputeReport.h"
#include "duedesk/reports/Worklist.h"
#include "duedesk/services/AccessPolicy.h"
#include "duedesk/services/DisputeService.h"
#include "duedesk/services/TeamSettings.h"
#include "duedesk/services/UserDirectory.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/DisputeRepository.h"
#include "duedesk/storage/DocumentRepository.h"
#include "duedesk/storage/UserRepository.h"
#include "duedesk/storage/WorklistQuery.h"
#include "storage/sqlite/SqliteLedgerDatabase.h"
#include "support/HandLedger.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>

using namespace duedesk;
using namespace duedesk::test;

namespace {
const Currency kGbp = Currency::of("GBP");

struct Hand {
    TempDir dir;
    std::unique_ptr<LedgerDatabase> db = openHandLedger(dir.file("ledger.db"));
    AccountId a1 = db->accounts().findByNumber("A1")->id;
    User alice = *UserDirectory(*db).find("amorgan");
    DocumentId inv(const std::string& number) {
        return db->documents().findByKey(a1, DocumentType::Invoice, number)->id;
    }
    Actor on(Date day) const { return Actor::person(alice, day); }
    Dispute dispute(DisputeReason reason, std::vector<std::pair<std::string, std::int64_t>> invoices) {
        Dispute d;
        d.accountId = a1;
        d.reason = reason;
        d.owner = "Pricing desk";
        d.note = "Contract price not applied";
        for (const auto& [number, minor] : invoices) d.invoices.push_back({inv(number), "", Money(minor, kGbp)});
        return d;
    }
};

std::string refusal(const std::function<void()>& action) {
    try {
        action();
    } catch (const std::exception& e) {
        return e.what();
    }
    return "(accepted)";
}

const WorklistAccountFacts& factsOf(const std::vector<WorklistAccountFacts>& all, const std::string& number) {
    const auto it = std::ranges::find(all, number, &WorklistAccountFacts::number);
    REQUIRE(it != all.end());
    return *it;
}

const AgingRow& rowOf(const AgingTable& t, const std::string& key, const std::string& currency) {
    const auto it =
        std::ranges::find_if(t.rows, [&](const AgingRow& r) { return r.key == key && r.currency.code() == currency; });
    REQUIRE(it != t.rows.end());
    return *it;
}

} // namespace

TEST_CASE("Dispute reasons and states have stored names and labels", "[disputes]") {
    CHECK(disputeReasons().size() == 8);
    for (const DisputeReason r : disputeReasons()) CHECK(disputeReasonFromName(disputeReasonName(r)) == r);
    CHECK(disputeReasonName(DisputeReason::MissingPurchaseOrder) == "missing_po");
    CHECK(disputeReasonLabel(DisputeReason::NotReceived) == "Goods or service not received");
    for (const DisputeState s : disputeStates()) CHECK(disputeStateFromName(disputeStateName(s)) == s);
    CHECK_FALSE(disputeReasonFromName("price"));
    CHECK(isActive(DisputeState::Investigating));
    CHECK_FALSE(isActive(DisputeState::Rejected));
}

TEST_CASE("Dispute transitions: open, investigating, then credited or rejected; withdrawn before that", "[disputes]") {
    using S = DisputeState;
    CHECK_FALSE(disputeTransitionProblem(S::Open, S::Investigating));
    CHECK_FALSE(disputeTransitionProblem(S::Open, S::Withdrawn));
    CHECK_FALSE(disputeTransitionProblem(S::Investigating, S::Credited));
    CHECK_FALSE(disputeTransitionProblem(S::Investigating, S::Rejected));
    CHECK_FALSE(disputeTransitionProblem(S::Investigating, S::Withdrawn));
    CHECK(disputeTransitionProblem(S::Open, S::Credited) ==
          "an open dispute is investigated before it is resolved as credited");
    CHECK(disputeTransitionProblem(S::Open, S::Rejected) ==
          "an open dispute is investigated before it is resolved as rejected");
    CHECK(disputeTransitionProblem(S::Investigating, S::Open) == "an investigated dispute cannot be reopened");
    CHECK(disputeTransitionProblem(S::Investigating, S::Investigating) == "the dispute is already investigating");
    CHECK(disputeTransitionProblem(S::Credited, S::Investigating) ==
          "the dispute is closed (resolved as credited) and cannot change");
    CHECK(disputeTransitionProblem(S::Withdrawn, S::Open) == "the dispute is closed (withdrawn) and cannot change");
}

TEST_CASE("A dispute's service level: due on raised + the reason's days, late only the day after", "[disputes]") {
    const DisputeServiceLevels defaults;
    CHECK(defaults.daysFor(DisputeReason::Pricing) == 10);
    CHECK(defaults.daysFor(DisputeReason::NotReceived) == 15);
    CHECK(defaults.daysFor(DisputeReason::DuplicateBilling) == 5);
    CHECK(defaults.daysFor(DisputeReason::MissingPurchaseOrder) == 5);
    CHECK(defaults.daysFor(DisputeReason::Quality) == 20);
    CHECK(defaults.daysFor(DisputeReason::Deduction) == 20);
    CHECK(defaults.daysFor(DisputeReason::Other) == 15);
    Dispute d;
    d.reason = DisputeReason::Pricing;
    d.raisedOn = Date::ymd(2026, 7, 1);
    d.dueOn = disputeDueDate(d.raisedOn, d.reason, defaults);
    CHECK(d.dueOn == Date::ymd(2026, 7, 11));
    CHECK_FALSE(pastServiceLevel(d, Date::ymd(2026, 7, 10)));
    CHECK_FALSE(pastServiceLevel(d, Date::ymd(2026, 7, 11)));
    CHECK(pastServiceLevel(d, Date::ymd(2026, 7, 12)));
    // Closed on the 12th: not late that day or after.
    d.state = DisputeState::Rejected;
    d.closedOn = Date::ymd(2026, 7, 12);
    CHECK_FALSE(pastServiceLevel(d, Date::ymd(2026, 7, 12)));
    CHECK(pastServiceLevel(d, Date::ymd(2026, 7, 11)) == false);
    CHECK(disputeAgeDays(d, Date::ymd(2026, 7, 12)) == 11);
}

TEST_CASE("A partial dispute on one of two invoices is stored with its history and due date", "[disputes]") {
    Hand h;
    DisputeService service(*h.db);
    const DisputeId id = service.open(h.dispute(DisputeReason::Pricing, {{"INV-2", 15000}, {"INV-3", 25050}}),
                                      h.on(Date::ymd(2026, 7, 1)));
    const Dispute d = *h.db->disputes().findById(id);
    CHECK(d.state == DisputeState::Open);
    CHECK(d.raisedOn == Date::ymd(2026, 7, 1));
    CHECK(d.dueOn == Date::ymd(2026, 7, 11));
    CHECK(d.raisedBy == h.alice.id);
    REQUIRE(d.invoices.size() == 2);
    CHECK(d.invoices[0].number == "INV-2");
    CHECK(d.invoices[0].amount == Money(15000, kGbp));
    CHECK(d.invoices[1].number == "INV-3");
    CHECK(d.invoices[1].amount == Money(25050, kGbp));
    REQUIRE(d.events.size() == 1);
    CHECK(d.events[0].state == DisputeState::Open);
    CHECK(d.events[0].recordedBy == h.alice.id);
    CHECK(d.events[0].note == "Contract price not applied");

    // Only 50.00 of INV-2 is left undisputed.
    CHECK(refusal([&] {
              service.open(h.dispute(DisputeReason::Quantity, {{"INV-2", 5001}}), h.on(Date::ymd(2026, 7, 2)));
          }) == "invoices: 50.01 GBP is more than the 50.00 GBP of INV-2 not yet disputed (200.00 GBP open, "
                "150.00 GBP disputed)");
    CHECK_NOTHROW(service.open(h.dispute(DisputeReason::Quantity, {{"INV-2", 5000}}), h.on(Date::ymd(2026, 7, 2))));

    // Investigated on the 3rd with a new owner, rejected on the 8th.
    service.update(id, {DisputeState::Investigating, std::string("Sales operations"), "Asked sales for the contract"},
                   h.on(Date::ymd(2026, 7, 3)));
    service.resolve(id, DisputeState::Rejected, "Price list confirmed", h.on(Date::ymd(2026, 7, 8)));
    const Dispute closed = *h.db->disputes().findById(id);
    CHECK(closed.state == DisputeState::Rejected);
    CHECK(closed.owner == "Sales operations");
    CHECK(closed.closedOn == Date::ymd(2026, 7, 8));
    REQUIRE(closed.events.size() == 3);
    CHECK(closed.events[1].state == DisputeState::Investigating);
    CHECK(closed.events[1].owner == "Sales operations");
    CHECK(closed.events[1].recordedOn == Date::ymd(2026, 7, 3));
    CHECK(closed.events[2].state == DisputeState::Rejected);
    CHECK(closed.events[2].note == "Price list confirmed");
    CHECK(closed.events[2].recordedOn == Date::ymd(2026, 7, 8));
    // The rejected dispute no longer holds INV-2's money: 150.00 is free again.
    CHECK_NOTHROW(service.open(h.dispute(DisputeReason::Other, {{"INV-2", 15000}}), h.on(Date::ymd(2026, 7, 9))));
}

TEST_CASE("Dispute refusals name the field and leave the ledger unchanged", "[disputes]") {
    Hand h;
    DisputeService service(*h.db);
    const DisputeId id =
        service.open(h.dispute(DisputeReason::Pricing, {{"INV-3", 10000}}), h.on(Date::ymd(2026, 7, 1)));
    const std::string before = dumpDatabase(h.db->path());
    const Actor day = h.on(Date::ymd(2026, 7, 2));

    CHECK(refusal([&] {
              service.open(h.dispute(DisputeReason::Pricing, {{"INV-3", 25051}}), day);
          }) == "invoices: 250.51 GBP is more than the 150.50 GBP of INV-3 not yet disputed (250.50 GBP open, "
                "100.00 GBP disputed)");
    CHECK(refusal([&] {
              service.open(h.dispute(DisputeReason::Pricing, {{"INV-1", 100001}}), day);
          }) == "invoices: 1,000.01 GBP is more than the 1,000.00 GBP open on INV-1");
    CHECK(refusal([&] {
              service.open(h.dispute(DisputeReason::Pricing, {{"INV-1", 0}}), day);
          }) ==
          "invoices: the disputed amount of document " + std::to_string(h.inv("INV-1")) + " must be more than zero");
    CHECK(refusal([&] { service.open(h.dispute(DisputeReason::Pricing, {}), day); }) ==
          "invoices: name at least one invoice");
    Dispute noOwner = h.dispute(DisputeReason::Pricing, {{"INV-1", 100}});
    noOwner.owner = " ";
    CHECK(refusal([&] { service.open(noOwner, day); }) == "owner: say who must resolve the dispute");
    Dispute later = h.dispute(DisputeReason::Pricing, {{"INV-1", 100}});
    later.raisedOn = Date::ymd(2026, 7, 3);
    CHECK(refusal([&] { service.open(later, day); }) ==
          "date: a dispute cannot be raised on 2026-07-03, after today (2026-07-02)");
    Dispute euro = h.dispute(DisputeReason::Pricing, {});
    euro.invoices.push_back({h.inv("INV-1"), "", Money(100, Currency::of("EUR"))});
    CHECK(refusal([&] { service.open(euro, day); }) == "invoices: INV-1 is in GBP, not EUR");

    CHECK(refusal([&] { service.resolve(id, DisputeState::Credited, "Credit agreed", day); }) ==
          "state: an open dispute is investigated before it is resolved as credited");
    CHECK(refusal([&] { service.resolve(id, DisputeState::Withdrawn, " ", day); }) ==
          "note: say why the dispute is withdrawn");
    CHECK(refusal([&] {
              service.update(id, {DisputeState::Open, std::nullopt, ""}, day);
          }) == "state: the dispute is already open");
    CHECK(refusal([&] { service.update(id, {}, day); }) == "update: give a new state, a new owner or a note");
    CHECK(refusal([&] {
              service.update(99, {std::nullopt, std::nullopt, "note"}, day);
          }) == "dispute: there is no dispute 99");
    CHECK(dumpDatabase(h.db->path()) == before);

    service.resolve(id, DisputeState::Withdrawn, "Customer found the price list", day);
    CHECK(refusal([&] {
              service.update(id, {std::nullopt, std::nullopt, "late note"}, day);
          }) == "state: the dispute is closed (withdrawn) and cannot change");
}

TEST_CASE("Only analysts and team leaders, signed in, raise disputes", "[disputes][access]") {
    Hand h;
    const Dispute d = h.dispute(DisputeReason::Pricing, {{"INV-1", 100}});
    const std::string before = dumpDatabase(h.db->path());
    CHECK(refusal([&] { DisputeService(*h.db).open(d, operatorActor()); }) ==
          "command line (administrator) may not raise and resolve disputes");
    User admin = h.alice;
    admin.role = Role::Administrator;
    admin.name = "root";
    CHECK(refusal([&] { DisputeService(*h.db).open(d, Actor::person(admin, Date::ymd(2026, 7, 1))); }) ==
          "root (administrator) may not raise and resolve disputes");
    CHECK(dumpDatabase(h.db->path()) == before);
    User leader = h.alice;
    leader.role = Role::TeamLeader;
    CHECK(allows(Actor::person(leader, Date::ymd(2026, 7, 1)), Permission::RaiseDisputes));
    CHECK(allows(h.on(Date::ymd(2026, 7, 1)), Permission::RaiseDisputes));
}

TEST_CASE("Dispute events are never changed or deleted", "[disputes][storage]") {
    Hand h;
    DisputeService(*h.db).open(h.dispute(DisputeReason::Pricing, {{"INV-1", 100}}), h.on(Date::ymd(2026, 7, 1)));
    CHECK_THROWS_WITH(execSql(h.db->path(), "UPDATE dispute_events SET note = 'x'"),
                      Catch::Contains("a dispute event is never changed"));
    CHECK_THROWS_WITH(execSql(h.db->path(), "DELETE FROM dispute_events"),
                      Catch::Contains("a dispute event is never deleted"));
}

TEST_CASE("The service levels are team settings; a dispute keeps the due date it was raised with", "[disputes]") {
    Hand h;
    TeamSettings settings(*h.db);
    DisputeServiceLevels levels;
    levels.set(DisputeReason::Pricing, 3);
    User leader = h.alice;
    leader.role = Role::TeamLeader;
    const Actor lead = Actor::person(leader, Date::ymd(2026, 7, 1));
    settings.setDisputeServiceLevels(levels, lead);
    CHECK(settings.disputeServiceLevels().daysFor(DisputeReason::Pricing) == 3);
    const DisputeId id =
        DisputeService(*h.db).open(h.dispute(DisputeReason::Pricing, {{"INV-1", 100}}), h.on(Date::ymd(2026, 7, 1)));
    CHECK(h.db->disputes().findById(id)->dueOn == Date::ymd(2026, 7, 4));
    levels.set(DisputeReason::Pricing, 30);
    settings.setDisputeServiceLevels(levels, lead);
    CHECK(h.db->disputes().findById(id)->dueOn == Date::ymd(2026, 7, 4));
    levels.set(DisputeReason::Quality, 0);
    CHECK(refusal([&] { settings.setDisputeServiceLevels(levels, lead); }) ==
          "The service level for Quality disputes must be 1 to 365 days; 0 is not.");
    CHECK(refusal([&] { settings.setDisputeServiceLevels(levels, h.on(Date::ymd(2026, 7, 1))); }) ==
          "amorgan (analyst) may not change the team's settings");
}

TEST_CASE("The aging shows disputed money in its own column, by the day disputes were active", "[disputes][aging]") {
    Hand h;
    DisputeService service(*h.db);
    // Raised on 2026-06-20: 150.00 of INV-2 and all 250.50 of INV-3.
    const DisputeId id = service.open(h.dispute(DisputeReason::Pricing, {{"INV-2", 15000}, {"INV-3", 25050}}),
                                      h.on(Date::ymd(2026, 6, 20)));
    AgingOptions o;
    o.asOf = Date::ymd(2026, 6, 30);
    o.grouping = OpenItemGrouping::Analyst;
    const AgingTable byAnalyst = computeAging(*h.db, o);
    CHECK(rowOf(byAnalyst, "amorgan", "GBP").disputed == 40050);
    CHECK(rowOf(byAnalyst, "amorgan", "GBP").total == 115050); // unchanged: disputed money is still owed
    CHECK(rowOf(byAnalyst, "amorgan", "EUR").disputed == 0);
    CHECK(rowOf(byAnalyst, "bokafor", "GBP").disputed == 0);
    const auto gbpTotal = std::ranges::find(byAnalyst.totals, kGbp, &AgingRow::currency);
    REQUIRE(gbpTotal != byAnalyst.totals.end());
    CHECK(gbpTotal->disputed == 40050);
    // Read from every open item or from the kept totals: the same column.
    // The totals answer only from 2026-07-05 (R-102 is dated then), so
    // they are compared on 2026-08-01, the dispute still open.
    AgingOptions later = o;
    later.asOf = Date::ymd(2026, 8, 1);
    CHECK(computeAging(*h.db, later).source == AgingSource::OpenItemTotals);
    CHECK(computeAgingFromItems(*h.db, later).rows == computeAgingFromTotals(*h.db, later).rows);
    CHECK(rowOf(computeAgingFromTotals(*h.db, later), "amorgan", "GBP").disputed == 40050);
    o.grouping = OpenItemGrouping::Account;
    CHECK(rowOf(computeAging(*h.db, o), "A1", "GBP").disputed == 40050);
    // The day before it was raised, nothing was disputed.
    o.asOf = Date::ymd(2026, 6, 19);
    CHECK(rowOf(computeAging(*h.db, o), "A1", "GBP").disputed == 0);

    service.update(id, {DisputeState::Investigating, std::nullopt, ""}, h.on(Date::ymd(2026, 6, 22)));
    service.resolve(id, DisputeState::Credited, "Credit note requested", h.on(Date::ymd(2026, 6, 25)));
    o.asOf = Date::ymd(2026, 6, 24);
    CHECK(rowOf(computeAging(*h.db, o), "A1", "GBP").disputed == 40050);
    o.asOf = Date::ymd(2026, 6, 25);
    CHECK(rowOf(computeAging(*h.db, o), "A1", "GBP").disputed == 0);
}

TEST_CASE("Disputed money leaves the worklist: a partial dispute lowers the overdue, a whole one suspends",
          "[disputes][worklist]") {
    Hand h;
    const Date day = Date::ymd(2026, 7, 1);
    // Overdue on 2026-07-01: INV-2 200.00 at 31 days, INV-3 250.50 at 92 days.
    const auto before = factsOf(h.db->worklist().forAnalyst(h.alice.id, day), "A1");
    CHECK(before.overdue.front().minor == std::array<std::int64_t, 4>{0, 20000, 0, 25050});
    const auto itemOf = [&](const Worklist& list) {
        return std::ranges::find(list.items, std::string("A1"), &WorkItem::number);
    };
    const Worklist first = loadWorklist(*h.db, h.alice.id, day);
    REQUIRE(itemOf(first) != first.items.end());
    CHECK(itemOf(first)->overdue == Money(45050, kGbp));
    CHECK(std::ranges::find(itemOf(first)->reasons, std::string("\u00a3250 over 90 days")) !=
          itemOf(first)->reasons.end());

    DisputeService service(*h.db);
    service.open(h.dispute(DisputeReason::Pricing, {{"INV-3", 10000}}), h.on(Date::ymd(2026, 6, 30)));
    const auto partial = factsOf(h.db->worklist().forAnalyst(h.alice.id, day), "A1");
    CHECK(partial.overdue.front().minor == std::array<std::int64_t, 4>{0, 20000, 0, 15050});
    CHECK(partial.oldestOverdueDue == Date::ymd(2026, 3, 31));
    CHECK_FALSE(partial.overdueAllDisputed);
    const Worklist second = loadWorklist(*h.db, h.alice.id, day);
    REQUIRE(itemOf(second) != second.items.end());
    CHECK(itemOf(second)->overdue == Money(35050, kGbp));
    CHECK(std::ranges::find(itemOf(second)->reasons, std::string("\u00a3150 over 90 days")) !=
          itemOf(second)->reasons.end());

    // The rest of INV-3 and all of INV-2: nothing overdue is left to chase.
    service.open(h.dispute(DisputeReason::Quality, {{"INV-3", 15050}, {"INV-2", 20000}}), h.on(Date::ymd(2026, 6, 30)));
    const auto whole = factsOf(h.db->worklist().forAnalyst(h.alice.id, day), "A1");
    CHECK(whole.overdue.empty());
    CHECK_FALSE(whole.oldestOverdueDue);
    CHECK(whole.overdueAllDisputed);
    const Worklist third = loadWorklist(*h.db, h.alice.id, day);
    CHECK(itemOf(third) == third.items.end());
    CHECK(third.suspended == first.suspended + 1);
    // The disputes were raised on 2026-06-30: on 2026-06-29 A1 is chased
    // for all of it, INV-2 at 29 days and INV-3 at 90.
    const auto earlier = factsOf(h.db->worklist().forAnalyst(h.alice.id, Date::ymd(2026, 6, 29)), "A1");
    CHECK(earlier.overdue.front().minor == std::array<std::int64_t, 4>{20000, 0, 25050, 0});
}

TEST_CASE("The dispute report counts active disputes by reason, owner and age, with those past their service level",
          "[disputes][reports]") {
    Hand h;
    DisputeService service(*h.db);
    // Pricing (10 days) raised 2026-06-01: due 06-11, late on 06-30.
    service.open(h.dispute(DisputeReason::Pricing, {{"INV-3", 5000}}), h.on(Date::ymd(2026, 6, 1)));
    // Quality (20 days) raised 2026-06-25: due 07-15, 5 days old on 06-30.
    Dispute quality = h.dispute(DisputeReason::Quality, {{"INV-2", 20000}});
    quality.owner = "Quality assurance";
    service.open(quality, h.on(Date::ymd(2026, 6, 25)));
    // Duplicate billing closed before the day: not counted.
    const DisputeId closed =
        service.open(h.dispute(DisputeReason::DuplicateBilling, {{"INV-1", 100000}}), h.on(Date::ymd(2026, 6, 20)));
    service.resolve(closed, DisputeState::Withdrawn, "Customer paid", h.on(Date::ymd(2026, 6, 28)));

    const DisputeReport r = loadDisputeReport(*h.db, Date::ymd(2026, 6, 30));
    REQUIRE(r.byReason.size() == 2);
    CHECK(r.byReason[0] == DisputeReportLine{"Pricing", kGbp, 1, 5000, 1});
    CHECK(r.byReason[1] == DisputeReportLine{"Quality", kGbp, 1, 20000, 0});
    REQUIRE(r.byOwner.size() == 2);
    CHECK(r.byOwner[0] == DisputeReportLine{"Pricing desk", kGbp, 1, 5000, 1});
    CHECK(r.byOwner[1] == DisputeReportLine{"Quality assurance", kGbp, 1, 20000, 0});
    REQUIRE(r.byAge.size() == 2);
    CHECK(r.byAge[0] == DisputeReportLine{"0-7 days", kGbp, 1, 20000, 0});
    CHECK(r.byAge[1] == DisputeReportLine{"16-30 days", kGbp, 1, 5000, 1});
    REQUIRE(r.totals.size() == 1);
    CHECK(r.totals[0] == DisputeReportLine{"Total", kGbp, 2, 25000, 1});
    CHECK(disputeAgeBand(31) == "31-60 days");
    CHECK(disputeAgeBand(61) == "over 60 days");
    // On 06-27 the duplicate (5 days: due 06-25) is still active, and late.
    const DisputeReport earlier = loadDisputeReport(*h.db, Date::ymd(2026, 6, 27));
    CHECK(earlier.totals[0] == DisputeReportLine{"Total", kGbp, 3, 125000, 2});
    // A spreadsheet's CSV, as the aging's: CRLF line ends.
    CHECK(renderDisputeReportCsv(r).starts_with("as_of,by,key,currency,disputes,amount,past_service_level\r\n"
                                                "2026-06-30,reason,Pricing,GBP,1,50.00,1\r\n"));
}

TEST_CASE("A version 7 ledger keeps its data and reaches version 8 with empty dispute tables", "[disputes][storage]") {
    TempDir dir;
    const std::string path = dir.file("v7.db");
    const auto steps = SqliteLedgerDatabase::migrations();
    {
        auto db = SqliteLedgerDatabase::openWithMigrations(path, LedgerDatabase::OpenMode::CreateIfMissing, steps, 7);
        CHECK(db->schemaVersion() == 7);
        db->users().add({0, "amorgan", "Alice Morgan", Role::Analyst, true, std::nullopt, false});
        sqliteConnection(*db).exec("INSERT INTO accounts (number, name) VALUES ('A1', 'Acme Ltd')");
    }
    auto db = LedgerDatabase::open(path, LedgerDatabase::OpenMode::ExistingOnly);
    CHECK(db->schemaVersion() == LedgerDatabase::currentSchemaVersion());
    CHECK(LedgerDatabase::currentSchemaVersion() >= 8);
    CHECK(db->users().findByName("amorgan")->fullName == "Alice Morgan");
    CHECK(db->accounts().findByNumber("A1")->name == "Acme Ltd");
    CHECK(db->disputes().list({}).empty());
    CHECK(sqliteConnection(*db).queryInt(
              "SELECT count(*) FROM sqlite_schema WHERE name = 'dispute_events_never_changed'") == 1);
}
