// The demo portfolio: deterministic, complete and internally consistent.
#include "duedesk/demo/DemoPortfolio.h"
#include "duedesk/reports/AgingReport.h"
#include "duedesk/reports/CommitmentsOnDay.h"
#include "duedesk/reports/Worklist.h"
#include "duedesk/security/PasswordHasher.h"
#include "duedesk/services/LedgerCheck.h"
#include "duedesk/services/UserDirectory.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/DocumentRepository.h"
#include "duedesk/storage/UserRepository.h"
#include "storage/sqlite/SqliteLedgerDatabase.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <map>

using namespace duedesk;
using namespace duedesk::test;

namespace {
DemoOptions small(std::uint64_t seed) {
    DemoOptions o;
    o.accounts = 40;
    o.invoices = 900;
    o.seed = seed;
    o.asOf = Date::ymd(2026, 11, 23);
    return o;
}
} // namespace

TEST_CASE("The same seed gives the same ledger, another seed another", "[demo]") {
    TempDir dir;
    auto a = LedgerDatabase::open(dir.file("a.db"));
    auto b = LedgerDatabase::open(dir.file("b.db"));
    auto c = LedgerDatabase::open(dir.file("c.db"));
    const DemoSummary sa = generateDemoPortfolio(*a, small(7));
    generateDemoPortfolio(*b, small(7));
    generateDemoPortfolio(*c, small(8));
    // Password hashes are salted afresh for every ledger: check that they
    // hold the demo password, then leave them out of the comparison.
    for (LedgerDatabase* db : {a.get(), b.get(), c.get()}) {
        const auto hash = db->users().passwordHash(db->users().findByName("amorgan")->id);
        REQUIRE(hash);
        CHECK(PasswordHasher().verify(*hash, "duedesk-demo"));
        execSql(db->path(), "UPDATE users SET password_hash = 'salted'");
    }
    // The audit trail holds digests of the salted hashes, so its hashes
    // differ; what it recorded is the same.
    CHECK(dumpDatabase(a->path(), {"audit_log"}) == dumpDatabase(b->path(), {"audit_log"}));
    CHECK(dumpDatabase(a->path(), {"audit_log"}) != dumpDatabase(c->path(), {"audit_log"}));
    const char* records = "SELECT count(*) FROM audit_log WHERE entity NOT IN ('documents', 'allocations')";
    CHECK(sqliteConnection(*a).queryInt(records) > 100);
    CHECK(sqliteConnection(*a).queryInt(records) == sqliteConnection(*b).queryInt(records));
    CHECK(sqliteConnection(*a).queryInt("SELECT count(*) FROM audit_log WHERE entity = 'documents'") == 0);

    CHECK(sa.users == 7);
    CHECK(sa.accounts == 40);
    CHECK(sa.invoices == 900);
    CHECK(a->accounts().count() == 40);
    CHECK(a->documents().count() == sa.invoices + sa.payments + sa.creditNotes);
    CHECK(sqliteConnection(*a).queryInt("SELECT count(*) FROM allocations") == sa.allocations);
}

TEST_CASE("The demo ledger shows the behaviours of real ledgers", "[demo]") {
    TempDir dir;
    auto db = LedgerDatabase::open(dir.file("demo.db"));
    const DemoSummary s = generateDemoPortfolio(*db, small(1));
    auto& c = sqliteConnection(*db);
    // Several analysts, a team leader, an approver and an administrator.
    std::map<Role, int> roles;
    for (const User& u : UserDirectory(*db).all()) ++roles[u.role];
    CHECK(roles[Role::Analyst] == 4);
    CHECK(roles[Role::TeamLeader] == 1);
    CHECK(roles[Role::WriteOffApprover] == 1);
    CHECK(roles[Role::Administrator] == 1);
    // Every account has an analyst, an address and a primary contact.
    CHECK(c.queryInt("SELECT count(*) FROM accounts WHERE analyst_id IS NULL") == 0);
    CHECK(c.queryInt("SELECT count(DISTINCT account_id) FROM addresses WHERE valid_to IS NULL") == 40);
    CHECK(c.queryInt("SELECT count(*) FROM contacts WHERE is_primary = 1") == 40);
    // More than one currency, partly paid invoices and credit notes
    // (unapplied cash is checked on the full-size book, BookShapeTests.cpp).
    CHECK(c.queryInt("SELECT count(DISTINCT currency) FROM documents") >= 2);
    CHECK(c.queryInt("SELECT count(*) FROM documents WHERE type = 1 AND open_amount BETWEEN 1 AND amount - 1") > 0);
    CHECK(s.creditNotes > 0);
    // Every open amount equals the amount less what was allocated.
    CHECK(c.queryInt("SELECT count(*) FROM documents d WHERE open_amount <> amount - "
                     "(SELECT coalesce(sum(amount), 0) FROM allocations a "
                     " WHERE a.invoice_id = d.id OR a.credit_document_id = d.id)") == 0);
    // Nothing is dated after the as-of date.
    CHECK(c.queryInt("SELECT count(*) FROM documents WHERE document_date > 20780") == 0);
}

TEST_CASE("The demo ledger's aging agrees with its open items", "[demo]") {
    TempDir dir;
    auto db = LedgerDatabase::open(dir.file("demo.db"));
    generateDemoPortfolio(*db, small(3));
    AgingOptions o;
    o.asOf = Date::ymd(2026, 11, 23);
    o.grouping = OpenItemGrouping::Currency;
    const AgingTable t = computeAging(*db, o);
    for (const AgingRow& total : t.totals) {
        sqlite::Statement s(sqliteConnection(*db),
                            "SELECT coalesce(sum(CASE WHEN type = 1 THEN open_amount ELSE -open_amount END), 0) "
                            "FROM documents WHERE currency = ?");
        s.bind(1, total.currency.code());
        REQUIRE(s.step());
        CHECK(total.total == s.int64(0));
    }
}

TEST_CASE("The demo refuses a ledger that already holds accounts", "[demo]") {
    TempDir dir;
    auto db = LedgerDatabase::open(dir.file("demo.db"));
    generateDemoPortfolio(*db, small(1));
    const std::string before = dumpDatabase(db->path());
    CHECK_THROWS_WITH(generateDemoPortfolio(*db, small(2)),
                      db->path() + " already holds accounts; the demo portfolio needs an empty ledger");
    CHECK(dumpDatabase(db->path()) == before);
}

TEST_CASE("The demo's diary is a morning's work: strategies assigned, most steps worked, a few dozen items",
          "[demo][worklist]") {
    TempDir dir;
    auto db = LedgerDatabase::open(dir.file("demo.db"));
    DemoOptions o;
    o.accounts = 2000;
    o.invoices = 60000;
    o.asOf = Date::ymd(2026, 11, 25);
    const DemoSummary s = generateDemoPortfolio(*db, o);
    auto& c = sqliteConnection(*db);
    // Every overdue account follows a strategy; a fifth of the Standard
    // rule's accounts take its challenger.
    const auto overdue = c.queryInt("SELECT count(DISTINCT account_id) FROM documents WHERE type = 1 AND "
                                    "open_amount > 0 AND due_date < " +
                                    std::to_string(o.asOf.dayNumber()));
    CHECK(s.strategiesAssigned == overdue);
    CHECK(c.queryInt("SELECT count(*) FROM strategy_assignments WHERE ended_on IS NULL") == overdue);
    const auto standard = c.queryInt("SELECT count(*) FROM strategy_assignments s JOIN strategy_rules r ON "
                                     "r.id = s.rule_id WHERE r.challenger_id IS NOT NULL");
    const auto challengers = c.queryInt("SELECT count(*) FROM strategy_assignments WHERE is_challenger = 1");
    CHECK(challengers * 100 / standard >= 15);
    CHECK(challengers * 100 / standard <= 25);
    CHECK(c.queryInt("SELECT count(DISTINCT customer_type) FROM accounts") == 3);
    // Holds with their reasons, and open follow-ups owned by the analysts.
    CHECK(s.holds >= 10);
    CHECK(c.queryInt("SELECT count(*) FROM holds WHERE reason = ''") == 0);
    CHECK(s.followUps == c.queryInt("SELECT count(*) FROM diary_entries WHERE done_on IS NULL"));
    CHECK(s.followUps * 100 / overdue >= 80);
    // Each analyst's worklist is a few dozen items, not hundreds.
    std::map<CommitmentState, int> promiseStates;
    int plans = 0, plansInArrears = 0;
    for (const char* name : {"amorgan", "bokafor", "cdubois", "dpatel"}) {
        const UserId analyst = UserDirectory(*db).find(name)->id;
        const Worklist w = loadWorklist(*db, analyst, o.asOf);
        INFO(name);
        CHECK(w.items.size() >= 20);
        CHECK(w.items.size() <= 70);
        for (const auto& a : loadAnalystCommitments(*db, analyst, CommitmentTerms{}, o.asOf)) {
            for (const auto& p : a.promises) ++promiseStates[p.status.state];
            for (const auto& p : a.plans) {
                ++plans;
                if (!p.status.inGoodStanding) ++plansInArrears;
            }
        }
    }
    // Promises in every state, and a few plans with at least one in arrears.
    CHECK(s.promises == promiseStates[CommitmentState::Open] + promiseStates[CommitmentState::Kept] +
                            promiseStates[CommitmentState::PartlyKept] + promiseStates[CommitmentState::Broken]);
    INFO("open " << promiseStates[CommitmentState::Open] << ", kept " << promiseStates[CommitmentState::Kept]
                 << ", partly kept " << promiseStates[CommitmentState::PartlyKept] << ", broken "
                 << promiseStates[CommitmentState::Broken] << "; plans " << plans << ", in arrears " << plansInArrears);
    CHECK(promiseStates[CommitmentState::Open] >= 10);
    CHECK(promiseStates[CommitmentState::Kept] >= 5);
    CHECK(promiseStates[CommitmentState::PartlyKept] >= 2);
    CHECK(promiseStates[CommitmentState::Broken] >= 5);
    CHECK(plans == s.plans);
    CHECK(plans >= 4);
    CHECK(plansInArrears >= 1);
    CHECK(plansInArrears < plans);
    CHECK(s.promises >= 60);

    // Disputes on about one overdue account in twenty-five, for every
    // reason, often on part of an invoice; open, investigating and
    // closed each way, a few past their service level.
    INFO("disputes " << s.disputes << " of " << overdue << " overdue accounts, active " << s.activeDisputes << ", late "
                     << s.disputesPastServiceLevel);
    CHECK(s.disputes == c.queryInt("SELECT count(*) FROM disputes"));
    CHECK(s.disputes * 100 >= overdue * 3);
    CHECK(s.disputes * 100 <= overdue * 5);
    CHECK(c.queryInt("SELECT count(DISTINCT reason) FROM disputes") == 8);
    // A duplicate bill or a missing order disputes the whole invoice; the
    // other reasons take part of it four times in five, and a second
    // invoice is always whole: about 55% of the invoices are partly
    // disputed, so over a few dozen a third is the safe floor. (A credit
    // memo since settled the invoices of most credited ones.)
    CHECK(
        c.queryInt("SELECT count(*) FROM disputes s JOIN dispute_documents dd ON dd.dispute_id = s.id JOIN "
                   "documents d ON d.id = dd.document_id WHERE s.reason IN ('duplicate_billing', 'missing_po') "
                   "AND dd.amount <> d.open_amount AND s.id NOT IN (SELECT dispute_id FROM credit_memo_requests WHERE "
                   "state = 'credited')") == 0);
    const auto partial = c.queryInt("SELECT count(*) FROM dispute_documents dd JOIN documents d ON d.id = "
                                    "dd.document_id WHERE dd.amount < d.open_amount");
    CHECK(partial * 3 >= c.queryInt("SELECT count(*) FROM dispute_documents"));
    for (const char* state : {"open", "investigating", "credited", "rejected", "withdrawn"}) {
        INFO(state);
        CHECK(c.queryInt(std::string("SELECT count(*) FROM disputes WHERE state = '") + state + "'") >= 1);
    }
    CHECK(s.activeDisputes == c.queryInt("SELECT count(*) FROM disputes WHERE closed_on IS NULL"));
    CHECK(s.disputesPastServiceLevel >= 1);
    CHECK(s.disputesPastServiceLevel < s.activeDisputes);
    // Every dispute's history starts with its raising and ends in its state.
    CHECK(c.queryInt("SELECT count(*) FROM disputes s WHERE s.state <> (SELECT e.state FROM dispute_events e WHERE "
                     "e.dispute_id = s.id ORDER BY e.id DESC LIMIT 1)") == 0);
    // No more is disputed on an invoice than is open on it.
    CHECK(c.queryInt("SELECT count(*) FROM (SELECT dd.document_id, sum(dd.amount) AS held FROM dispute_documents dd "
                     "JOIN disputes s ON s.id = dd.dispute_id WHERE s.closed_on IS NULL GROUP BY dd.document_id) h "
                     "JOIN documents d ON d.id = h.document_id WHERE h.held > d.open_amount") == 0);
}

TEST_CASE("The demo's write-offs: about one overdue account in a hundred, in every state, within limits",
          "[demo][writeoffs]") {
    TempDir dir;
    auto db = LedgerDatabase::open(dir.file("demo.db"));
    DemoOptions o;
    o.accounts = 2000;
    o.invoices = 60000;
    o.asOf = Date::ymd(2026, 11, 25);
    const DemoSummary s = generateDemoPortfolio(*db, o);
    auto& c = sqliteConnection(*db);
    const auto overdue = c.queryInt("SELECT count(DISTINCT account_id) FROM documents WHERE type = 1 AND "
                                    "open_amount > 0 AND due_date < " +
                                    std::to_string(o.asOf.dayNumber()));
    const auto total = s.writeOffsRequested + s.writeOffsApproved + s.writeOffsPosted + s.writeOffsRejected;
    INFO("write-offs " << total << " of " << overdue << " overdue accounts: " << s.writeOffsRequested << " requested, "
                       << s.writeOffsApproved << " approved, " << s.writeOffsPosted << " posted, "
                       << s.writeOffsRejected << " rejected");
    CHECK(total == c.queryInt("SELECT count(*) FROM write_offs"));
    CHECK(total * 200 >= overdue);
    CHECK(total * 100 <= overdue * 2);
    CHECK(s.writeOffsRequested >= 1);
    CHECK(s.writeOffsApproved >= 1);
    CHECK(s.writeOffsPosted >= 1);
    CHECK(s.writeOffsRejected == 1);
    CHECK(s.writeOffsRequested == c.queryInt("SELECT count(*) FROM write_offs WHERE state = 'requested'"));
    CHECK(s.writeOffsPosted == c.queryInt("SELECT count(*) FROM write_offs WHERE state = 'posted'"));
    CHECK(c.queryInt("SELECT count(*) FROM write_off_limits") == 2);
    // Each history ends in its state, and what was posted closed exactly
    // what it wrote off.
    CHECK(c.queryInt("SELECT count(*) FROM write_offs w WHERE w.state <> (SELECT e.state FROM write_off_events e "
                     "WHERE e.write_off_id = w.id ORDER BY e.id DESC LIMIT 1)") == 0);
    CHECK(c.queryInt("SELECT coalesce(sum(open_change), 0) FROM document_movements WHERE cause = 'write_off'") ==
          -c.queryInt("SELECT coalesce(sum(i.amount), 0) FROM write_off_items i JOIN write_offs w ON "
                      "w.id = i.write_off_id WHERE w.state = 'posted'"));
    // Nobody decided their own request.
    CHECK(c.queryInt("SELECT count(*) FROM write_offs WHERE decided_by = requested_by") == 0);
    CHECK(checkLedger(*db).problems.empty());
}

TEST_CASE("The demo's credit memos: most credited disputes settled by one, some waiting, each allocated exactly",
          "[demo][creditmemos]") {
    TempDir dir;
    auto db = LedgerDatabase::open(dir.file("demo.db"));
    DemoOptions o;
    o.accounts = 2000;
    o.invoices = 60000;
    o.asOf = Date::ymd(2026, 11, 25);
    const DemoSummary s = generateDemoPortfolio(*db, o);
    auto& c = sqliteConnection(*db);
    const auto credited = c.queryInt("SELECT count(*) FROM disputes WHERE state = 'credited'");
    const auto investigating = c.queryInt("SELECT count(*) FROM disputes WHERE state = 'investigating'");
    INFO("credit memos: " << s.creditMemosCredited << " credited of " << credited << " credited disputes, "
                          << s.creditMemosPending << " pending of " << investigating << " under investigation");
    CHECK(s.creditMemosCredited == c.queryInt("SELECT count(*) FROM credit_memo_requests WHERE state = 'credited'"));
    CHECK(s.creditMemosPending ==
          c.queryInt("SELECT count(*) FROM credit_memo_requests WHERE state IN ('requested', 'approved')"));
    CHECK(s.creditMemosCredited >= 1);
    CHECK(s.creditMemosCredited * 2 >= credited);
    CHECK(s.creditMemosPending >= 1);
    CHECK(s.creditMemosPending < investigating);
    // A credited request's dispute is credited, a pending one's still investigated.
    CHECK(c.queryInt("SELECT count(*) FROM credit_memo_requests r JOIN disputes d ON d.id = r.dispute_id WHERE "
                     "(r.state = 'credited' AND d.state <> 'credited') OR (r.state IN ('requested', 'approved') "
                     "AND d.state <> 'investigating')") == 0);
    // Each credit note carries its request's number and settles exactly its invoices.
    CHECK(c.queryInt("SELECT count(*) FROM credit_memo_requests r JOIN documents n ON n.id = r.credit_note_id "
                     "WHERE n.type = 2 AND n.open_amount = 0 AND n.reference = printf('CMR-%06d', r.id) AND "
                     "n.amount = (SELECT sum(amount) FROM credit_memo_items i WHERE i.request_id = r.id) AND "
                     "n.amount = (SELECT sum(a.amount) FROM allocations a WHERE a.credit_document_id = n.id)") ==
          s.creditMemosCredited);
    CHECK(c.queryInt("SELECT count(*) FROM credit_memo_requests r WHERE r.state <> (SELECT e.state FROM "
                     "credit_memo_events e WHERE e.request_id = r.id ORDER BY e.id DESC LIMIT 1)") == 0);
    CHECK(c.queryInt("SELECT count(*) FROM credit_memo_requests WHERE decided_by = requested_by") == 0);
    CHECK(db->documents().count() == s.invoices + s.payments + s.creditNotes);
    CHECK(c.queryInt("SELECT count(*) FROM allocations") == s.allocations);
    CHECK(checkLedger(*db).problems.empty());
}
