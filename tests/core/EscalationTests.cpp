// Escalations on the hand ledger, computed by hand. As of 2026-06-30 A1
// (amorgan) owes GBP 1,150.50 (INV-1 1,000.00 + INV-2 200.00 + INV-3
// 250.50 less PAY-1 300.00 unapplied) with INV-2 and INV-3 overdue; A2
// (amorgan) owes EUR 3,150.25 (R-100 2,000.00, R-101 750.25, R-102
// 400.00), R-100 and R-101 overdue. hreid is the team leader.
#include "duedesk/domain/EscalationRules.h"
#include "duedesk/reports/EscalationListing.h"
#include "duedesk/reports/Worklist.h"
#include "duedesk/services/AccessPolicy.h"
#include "duedesk/services/EscalationService.h"
#include "duedesk/services/UserDirectory.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/EscalationRepository.h"
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

struct Hand {
    TempDir dir;
    std::unique_ptr<LedgerDatabase> db = openHandLedger(dir.file("ledger.db"));
    AccountId a1 = db->accounts().findByNumber("A1")->id;
    AccountId a2 = db->accounts().findByNumber("A2")->id;
    User alice = *UserDirectory(*db).find("amorgan");
    User leader = addUser("hreid", Role::TeamLeader);
    User admin = addUser("sadebayo", Role::Administrator);
    User approver = addUser("wkline", Role::WriteOffApprover);

    User addUser(const std::string& name, Role role) {
        UserDirectory(*db).add({0, name, name, role, true, std::nullopt, false}, operatorActor());
        return *UserDirectory(*db).find(name);
    }
    Actor analystOn(Date day) const { return Actor::person(alice, day); }
    Actor leaderOn(Date day) const { return Actor::person(leader, day); }
    ReferralRequest request(AccountId account) const {
        return {account, ReferralRecommendation::CollectionAgency, "Northgate Recoveries", "Six calls unanswered"};
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

std::vector<std::string> worklistAccounts(const Worklist& w) {
    std::vector<std::string> out;
    for (const WorkItem& i : w.items) out.push_back(i.number);
    return out;
}

} // namespace

TEST_CASE("Referral recommendations and states have stored names and labels", "[escalations]") {
    for (const ReferralRecommendation r : referralRecommendations())
        CHECK(referralRecommendationFromName(referralRecommendationName(r)) == r);
    CHECK(referralRecommendationName(ReferralRecommendation::LetterBeforeAction) == "letter_before_action");
    CHECK(referralRecommendationLabel(ReferralRecommendation::CourtClaim) == "Court claim");
    for (const ReferralState s : referralStates()) CHECK(referralStateFromName(referralStateName(s)) == s);
    CHECK(referralStateName(ReferralState::ClaimIssued) == "claim_issued");
    CHECK(referralStateLabel(ReferralState::ClaimIssued) == "claim issued");
    CHECK(isOpen(ReferralState::Settled));
    CHECK_FALSE(isOpen(ReferralState::Closed));
}

TEST_CASE("Referral transitions: forward one step, settled or closed from any open state", "[escalations]") {
    using S = ReferralState;
    CHECK_FALSE(referralTransitionProblem(S::Referred, S::Accepted));
    CHECK_FALSE(referralTransitionProblem(S::Accepted, S::ClaimIssued));
    CHECK_FALSE(referralTransitionProblem(S::ClaimIssued, S::Judgment));
    for (const S from : {S::Referred, S::Accepted, S::ClaimIssued, S::Judgment}) {
        CHECK_FALSE(referralTransitionProblem(from, S::Settled));
        CHECK_FALSE(referralTransitionProblem(from, S::Closed));
    }
    CHECK_FALSE(referralTransitionProblem(S::Settled, S::Closed));
    CHECK(referralTransitionProblem(S::Referred, S::ClaimIssued) == "a referral is accepted before a claim is issued");
    CHECK(referralTransitionProblem(S::Accepted, S::Judgment) == "judgment comes only after a claim is issued");
    CHECK(referralTransitionProblem(S::Settled, S::Judgment) == "a settled referral cannot go to judgment");
    CHECK(referralTransitionProblem(S::Judgment, S::Accepted) == "a referral judgment cannot go back to accepted");
    CHECK(referralTransitionProblem(S::Accepted, S::Referred) == "a referral cannot go back to referred");
    CHECK(referralTransitionProblem(S::Accepted, S::Accepted) == "the referral is already accepted");
    CHECK(referralTransitionProblem(S::Closed, S::Settled) == "the referral is closed and cannot change");
}

TEST_CASE("Escalation permissions: analysts refer and ask, team leaders move referrals and answer",
          "[escalations][access]") {
    const Date day = Date::ymd(2026, 7, 1);
    const Actor analyst = Actor::person({7, "amorgan", "Alice Morgan", Role::Analyst, true, std::nullopt, false}, day);
    const Actor leader = Actor::person({8, "hreid", "Helen Reid", Role::TeamLeader, true, std::nullopt, false}, day);
    const Actor approver =
        Actor::person({9, "wkline", "Will Kline", Role::WriteOffApprover, true, std::nullopt, false}, day);
    const Actor admin =
        Actor::person({10, "admin", "Sam Adebayo", Role::Administrator, true, std::nullopt, false}, day);
    const Actor cli = Actor::commandLineOperator(day);
    CHECK(allows(analyst, Permission::ReferAccounts));
    CHECK(allows(leader, Permission::ReferAccounts));
    CHECK_FALSE(allows(approver, Permission::ReferAccounts));
    CHECK_FALSE(allows(admin, Permission::ReferAccounts));
    CHECK_FALSE(allows(cli, Permission::ReferAccounts));
    CHECK_FALSE(allows(analyst, Permission::UpdateReferrals));
    CHECK(allows(leader, Permission::UpdateReferrals));
    CHECK_FALSE(allows(admin, Permission::UpdateReferrals));
    CHECK_FALSE(allows(cli, Permission::UpdateReferrals));
    CHECK(allows(analyst, Permission::AskAttention));
    CHECK(allows(leader, Permission::AskAttention));
    CHECK_FALSE(allows(admin, Permission::AskAttention));
    CHECK_FALSE(allows(analyst, Permission::AnswerAttention));
    CHECK(allows(leader, Permission::AnswerAttention));
    CHECK_FALSE(allows(approver, Permission::AnswerAttention));
    CHECK_THROWS_WITH(requirePermission(analyst, Permission::UpdateReferrals),
                      "amorgan (analyst) may not update referrals");
    CHECK_THROWS_WITH(requirePermission(admin, Permission::ReferAccounts),
                      "admin (administrator) may not refer accounts to an agency or a solicitor");
    CHECK_THROWS_WITH(requirePermission(approver, Permission::AskAttention),
                      "wkline (write_off_approver) may not ask for management attention");
    CHECK_THROWS_WITH(requirePermission(analyst, Permission::AnswerAttention),
                      "amorgan (analyst) may not answer requests for management attention");
}

TEST_CASE("A referral holds the open balance, moves along its states with events, and refusals write nothing",
          "[escalations]") {
    Hand h;
    EscalationService service(*h.db);
    const Date day = Date::ymd(2026, 6, 30);
    const ReferralId id = service.refer(h.request(h.a1), h.analystOn(day));
    Referral r = *h.db->escalations().findReferral(id);
    CHECK(r.state == ReferralState::Referred);
    CHECK(r.party == "Northgate Recoveries");
    CHECK(r.referredOn == day);
    CHECK(r.referredBy == h.alice.id);
    REQUIRE(r.amounts.size() == 1);
    CHECK(r.amounts[0] == Money(115050, Currency::of("GBP")));
    CHECK(referralAmountsText(r) == "GBP 1,150.50");
    REQUIRE(r.events.size() == 1);
    CHECK(r.events[0].note == "Six calls unanswered");

    const std::string before = dumpDatabase(h.db->path());
    // One open referral per account.
    CHECK(refusal([&] { service.refer(h.request(h.a1), h.analystOn(day)); }) ==
          "account: A1 is already referred (referral 1, referred, since 2026-06-30)");
    ReferralRequest noParty = h.request(h.a2);
    noParty.party = "  ";
    CHECK(refusal([&] { service.refer(noParty, h.analystOn(day)); }) ==
          "party: say which agency or solicitor the account goes to");
    // The analyst refers; moving the referral is the team leader's.
    CHECK(refusal([&] { service.move(id, ReferralState::Accepted, "", h.analystOn(day)); }) ==
          "amorgan (analyst) may not update referrals");
    CHECK(refusal([&] { service.refer(h.request(h.a2), Actor::person(h.admin, day)); }) ==
          "sadebayo (administrator) may not refer accounts to an agency or a solicitor");
    CHECK(refusal([&] { service.refer(h.request(h.a2), Actor::person(h.approver, day)); }) ==
          "wkline (write_off_approver) may not refer accounts to an agency or a solicitor");
    CHECK(refusal([&] { service.move(id, ReferralState::ClaimIssued, "", h.leaderOn(day)); }) ==
          "state: a referral is accepted before a claim is issued");
    CHECK(refusal([&] { service.move(id, ReferralState::Closed, " ", h.leaderOn(day)); }) ==
          "note: say why the referral is closed");
    CHECK(refusal([&] { service.move(id, ReferralState::Accepted, "", h.leaderOn(Date::ymd(2026, 6, 29))); }) ==
          "date: 2026-06-29 is before the account was referred, 2026-06-30");
    CHECK(refusal([&] { service.move(99, ReferralState::Accepted, "", h.leaderOn(day)); }) ==
          "referral: there is no referral 99");
    CHECK(dumpDatabase(h.db->path()) == before);

    service.move(id, ReferralState::Accepted, "Taken on at 15%", h.leaderOn(Date::ymd(2026, 7, 2)));
    service.move(id, ReferralState::ClaimIssued, "", h.leaderOn(Date::ymd(2026, 7, 20)));
    service.move(id, ReferralState::Settled, "Paid 1,000.00 in full settlement", h.leaderOn(Date::ymd(2026, 8, 3)));
    r = *h.db->escalations().findReferral(id);
    CHECK(r.state == ReferralState::Settled);
    CHECK_FALSE(r.closedOn);
    CHECK(refusal([&] { service.move(id, ReferralState::Judgment, "", h.leaderOn(Date::ymd(2026, 8, 4))); }) ==
          "state: a settled referral cannot go to judgment");
    service.move(id, ReferralState::Closed, "Settlement received", h.leaderOn(Date::ymd(2026, 8, 10)));
    r = *h.db->escalations().findReferral(id);
    CHECK(r.state == ReferralState::Closed);
    CHECK(r.closedOn == Date::ymd(2026, 8, 10));
    REQUIRE(r.events.size() == 5);
    CHECK(r.events[1].state == ReferralState::Accepted);
    CHECK(r.events[1].recordedBy == h.leader.id);
    CHECK(r.events[1].recordedOn == Date::ymd(2026, 7, 2));
    CHECK(r.events[4].note == "Settlement received");
    CHECK(referralAgeDays(r, Date::ymd(2026, 7, 10)) == 10);
    // Closed, it may be referred again.
    CHECK(service.refer(h.request(h.a1), h.analystOn(Date::ymd(2026, 8, 11))) == 2);
    CHECK(refusal([&] { service.move(id, ReferralState::Settled, "again", h.leaderOn(Date::ymd(2026, 8, 12))); }) ==
          "state: the referral is closed and cannot change");
}

TEST_CASE("Referral events are never changed or deleted", "[escalations]") {
    Hand h;
    EscalationService(*h.db).refer(h.request(h.a1), h.analystOn(Date::ymd(2026, 6, 30)));
    CHECK_THROWS(sqliteConnection(*h.db).exec("UPDATE referral_events SET note = 'x'"));
    CHECK_THROWS(sqliteConnection(*h.db).exec("DELETE FROM referral_events"));
    CHECK_THROWS(sqliteConnection(*h.db).exec("DELETE FROM referrals"));
}

TEST_CASE("A referred account leaves the worklist: no steps, no follow-ups, back when the referral closes",
          "[escalations][worklist]") {
    Hand h;
    const Date day = Date::ymd(2026, 7, 1);
    REQUIRE(worklistAccounts(loadWorklist(*h.db, h.alice.id, day)) == std::vector<std::string>{"A2", "A1"});
    const ReferralId id = EscalationService(*h.db).refer(h.request(h.a1), h.analystOn(day));
    const auto facts = h.db->worklist().forAnalyst(h.alice.id, day);
    REQUIRE(facts.size() == 1);
    CHECK(facts[0].number == "A2");
    const Worklist w = loadWorklist(*h.db, h.alice.id, day);
    CHECK(worklistAccounts(w) == std::vector<std::string>{"A2"});
    CHECK(w.held == 0);
    CHECK(w.suspended == 0);
    CHECK(w.scheduled == 0);
    // The day before it was referred, it was still to be worked.
    CHECK(worklistAccounts(loadWorklist(*h.db, h.alice.id, Date::ymd(2026, 6, 30))).size() == 2);
    EscalationService(*h.db).move(id, ReferralState::Closed, "Agency returned it", h.leaderOn(Date::ymd(2026, 7, 3)));
    CHECK(worklistAccounts(loadWorklist(*h.db, h.alice.id, Date::ymd(2026, 7, 2))) == std::vector<std::string>{"A2"});
    CHECK(worklistAccounts(loadWorklist(*h.db, h.alice.id, Date::ymd(2026, 7, 3))) ==
          std::vector<std::string>{"A2", "A1"});
}

TEST_CASE("A request for management attention is on the team leader's worklist until answered",
          "[escalations][worklist]") {
    Hand h;
    EscalationService service(*h.db);
    const Date day = Date::ymd(2026, 7, 1);
    CHECK(loadWorklist(*h.db, h.leader.id, day).items.empty());
    const AttentionId id =
        service.askAttention(h.a1, h.leader.id, "Customer threatens to move its business", h.analystOn(day));
    const Worklist w = loadWorklist(*h.db, h.leader.id, Date::ymd(2026, 7, 2));
    REQUIRE(w.items.size() == 1);
    const WorkItem& item = w.items[0];
    CHECK(item.number == "A1");
    CHECK(item.name == "Acme Ltd");
    CHECK(item.attention == id);
    CHECK(item.score == 1200);
    CHECK(item.action == DiaryAction::Review);
    CHECK(item.reasons ==
          std::vector<std::string>{"needs management attention (amorgan, 1 Jul): Customer threatens to move its "
                                   "business"});
    CHECK(item.dueSince == day);
    // Not the analyst's: her own worklist is unchanged.
    CHECK(worklistAccounts(loadWorklist(*h.db, h.alice.id, day)) == std::vector<std::string>{"A2", "A1"});

    const std::string before = dumpDatabase(h.db->path());
    CHECK(refusal([&] { service.askAttention(h.a1, h.leader.id, "again", h.analystOn(day)); }) ==
          "account: A1 already awaits hreid's attention (request 1)");
    CHECK(refusal([&] { service.askAttention(h.a2, h.alice.id, "Big balance", h.analystOn(day)); }) ==
          "team leader: amorgan is not a team leader (analyst)");
    CHECK(refusal([&] { service.askAttention(h.a2, h.leader.id, "", h.analystOn(day)); }) ==
          "reason: say what needs the team leader's attention");
    CHECK(refusal([&] { service.askAttention(h.a2, h.leader.id, "Mine", h.leaderOn(day)); }) ==
          "team leader: ask another team leader than yourself");
    CHECK(refusal([&] { service.answerAttention(id, "Called the director", h.analystOn(day)); }) ==
          "amorgan (analyst) may not answer requests for management attention");
    CHECK(refusal([&] { service.answerAttention(id, "Done", Actor::person(h.admin, day)); }) ==
          "sadebayo (administrator) may not answer requests for management attention");
    CHECK(refusal([&] { service.answerAttention(id, " ", h.leaderOn(day)); }) ==
          "note: say how the request was answered");
    CHECK(dumpDatabase(h.db->path()) == before);

    service.answerAttention(id, "Called the director; terms agreed", h.leaderOn(Date::ymd(2026, 7, 3)));
    const AttentionRequest a = *h.db->escalations().findAttention(id);
    CHECK(a.resolvedOn == Date::ymd(2026, 7, 3));
    CHECK(a.resolvedBy == h.leader.id);
    CHECK(a.resolution == "Called the director; terms agreed");
    CHECK(loadWorklist(*h.db, h.leader.id, Date::ymd(2026, 7, 3)).items.empty());
    CHECK(loadWorklist(*h.db, h.leader.id, Date::ymd(2026, 7, 2)).items.size() == 1);
    CHECK(refusal([&] { service.answerAttention(id, "Twice", h.leaderOn(Date::ymd(2026, 7, 4))); }) ==
          "attention: request 1 was answered on 2026-07-03");
    CHECK_THROWS(sqliteConnection(*h.db).exec("UPDATE attention_requests SET resolution = 'x'"));
}

TEST_CASE("Attention joins the item its account already has on the worklist, first", "[escalations][worklist]") {
    Worklist w;
    w.on = Date::ymd(2026, 7, 2);
    WorkItem a2;
    a2.account = 2;
    a2.number = "A2";
    a2.score = 400;
    a2.reasons = {"no follow-up set"};
    WorkItem a1;
    a1.account = 1;
    a1.number = "A1";
    a1.score = 300;
    a1.reasons = {"broken promise 20 Jun"};
    w.items = {a2, a1};
    AttentionRequest request;
    request.id = 5;
    request.accountId = 1;
    request.accountNumber = "A1";
    request.raisedOn = Date::ymd(2026, 7, 1);
    request.reason = "Threatens to leave";
    AttentionRequest later = request;
    later.id = 6;
    later.raisedOn = Date::ymd(2026, 7, 3); // not yet raised on the worklist's day
    const AttentionRequest requests[] = {request, later};
    addAttentionItems(w, requests, Currency::of("GBP"));
    REQUIRE(w.items.size() == 2);
    CHECK(w.items[0].number == "A1");
    CHECK(w.items[0].score == 1500);
    CHECK(w.items[0].attention == 5);
    CHECK(w.items[0].reasons ==
          std::vector<std::string>{"needs management attention (raised, 1 Jul): Threatens to leave",
                                   "broken promise 20 Jun"});
    CHECK(w.items[1].number == "A2");
}

TEST_CASE("The escalation listing renders referrals and requests with their ages", "[escalations]") {
    Hand h;
    EscalationService service(*h.db);
    service.refer(h.request(h.a2), h.analystOn(Date::ymd(2026, 6, 30)));
    service.askAttention(h.a1, h.leader.id, "Director asks for a call", h.analystOn(Date::ymd(2026, 7, 1)));
    const EscalationListing l = loadEscalations(*h.db, {}, Date::ymd(2026, 7, 5));
    CHECK(renderEscalationsText(l) ==
          "Referrals\n"
          "Id  Account  State     Recommendation  Party                 Referred    By       Days        Amount\n"
          "1   A2       referred  agency          Northgate Recoveries  2026-06-30  amorgan     5  EUR 3,150.25\n"
          "Attention requests\n"
          "Id  Account  Team leader  Raised      By       Answered  Days  Reason\n"
          "1   A1       hreid        2026-07-01  amorgan  -            4  Director asks for a call\n");
}
