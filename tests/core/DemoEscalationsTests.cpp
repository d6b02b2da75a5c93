// The demo's escalations: a couple of referrals at their stages, each
// history ending in its state, out of the worklists while open; and two
// requests for the team leader's attention on hreid's worklist.
#include "duedesk/demo/DemoPortfolio.h"
#include "duedesk/reports/Worklist.h"
#include "duedesk/storage/EscalationRepository.h"
#include "duedesk/storage/UserRepository.h"
#include "storage/sqlite/SqliteLedgerDatabase.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace duedesk;
using namespace duedesk::test;

TEST_CASE("The demo's escalations: referrals at their stages and requests for the team leader", "[demo][escalations]") {
    TempDir dir;
    auto db = LedgerDatabase::open(dir.file("demo.db"));
    DemoOptions o;
    o.asOf = Date::ymd(2026, 11, 25);
    const DemoSummary s = generateDemoPortfolio(*db, o);
    auto& c = sqliteConnection(*db);
    const auto overdue = c.queryInt("SELECT count(DISTINCT account_id) FROM documents WHERE type = 1 AND "
                                    "open_amount > 0 AND due_date < " +
                                    std::to_string(o.asOf.dayNumber()));
    INFO("referrals " << s.referrals << " of " << overdue << " overdue accounts, open " << s.openReferrals);
    // About three in a thousand, and at least a couple in a small demo.
    CHECK(s.referrals >= 2);
    CHECK(s.referrals <= std::max<std::int64_t>(2, overdue / 100));
    CHECK(s.referrals == c.queryInt("SELECT count(*) FROM referrals"));
    CHECK(s.openReferrals == c.queryInt("SELECT count(*) FROM referrals WHERE closed_on IS NULL"));
    // At their stages: the first two just referred and accepted.
    CHECK(c.queryInt("SELECT count(DISTINCT state) FROM referrals") >= 2);
    // Every history starts with the referral and ends in its state, in order of days.
    CHECK(c.queryInt("SELECT count(*) FROM referrals r WHERE r.state <> (SELECT e.state FROM referral_events e "
                     "WHERE e.referral_id = r.id ORDER BY e.id DESC LIMIT 1)") == 0);
    CHECK(c.queryInt("SELECT count(*) FROM referrals r WHERE (SELECT e.state FROM referral_events e WHERE "
                     "e.referral_id = r.id ORDER BY e.id LIMIT 1) <> 'referred'") == 0);
    CHECK(c.queryInt("SELECT count(*) FROM referral_events a JOIN referral_events b ON b.referral_id = "
                     "a.referral_id AND b.id > a.id WHERE b.recorded_on < a.recorded_on") == 0);
    CHECK(c.queryInt("SELECT count(*) FROM referrals WHERE referred_on > " + std::to_string(o.asOf.dayNumber())) == 0);
    CHECK(c.queryInt("SELECT count(*) FROM referrals r WHERE NOT EXISTS (SELECT 1 FROM referral_amounts m WHERE "
                     "m.referral_id = r.id)") == 0);

    // Open referrals are on no analyst's worklist.
    for (const Referral& r : db->escalations().referrals({std::nullopt, true})) {
        const auto analyst = c.queryInt("SELECT analyst_id FROM accounts WHERE id = " + std::to_string(r.accountId));
        const Worklist w = loadWorklist(*db, analyst, o.asOf);
        INFO(r.accountNumber);
        CHECK(std::ranges::find(w.items, r.accountId, &WorkItem::account) == w.items.end());
    }

    // Two requests for hreid, first on her worklist.
    CHECK(s.attentionRequests == 2);
    const UserId hreid = db->users().findByName("hreid")->id;
    const Worklist leader = loadWorklist(*db, hreid, o.asOf);
    REQUIRE(leader.items.size() == 2);
    for (const WorkItem& item : leader.items) {
        CHECK(item.attention);
        CHECK(item.reasons.front().starts_with("needs management attention ("));
    }
}
