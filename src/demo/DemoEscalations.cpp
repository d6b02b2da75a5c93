// The demo's escalations. Each account draws from a stream of its own, so
// the escalations leave the other demo records as they were.
#include "demo/DemoEscalations.h"

#include "demo/DemoRandom.h"
#include "duedesk/domain/WorklistFacts.h"
#include "duedesk/services/EscalationService.h"
#include "duedesk/storage/EscalationRepository.h"
#include "duedesk/storage/UserRepository.h"
#include "duedesk/storage/WorklistQuery.h"

#include <algorithm>
#include <array>

namespace duedesk::demo {
namespace {

std::uint64_t accountSeed(std::uint64_t seed, AccountId account) {
    DemoRandom mix(seed ^ 0xE5CA1A7Eull ^ (static_cast<std::uint64_t>(account) * 0xBF58476D1CE4E5B9ull));
    return mix.next();
}

struct Candidate {
    AccountId account = 0;
    UserId analyst = 0;
    Date oldestDue = Date::fromDayNumber(0);
    std::int64_t overdue = 0; // in minor units of its currencies, to pick the largest
};

// The stage each referral has reached, in turn: most are with the agency
// or the solicitor, a few in court or settled, one in seven closed.
constexpr std::array<ReferralState, 7> kStages{
    ReferralState::Referred, ReferralState::Accepted, ReferralState::ClaimIssued, ReferralState::Accepted,
    ReferralState::Judgment, ReferralState::Settled,  ReferralState::Closed};

struct Route {
    ReferralRecommendation recommendation;
    const char* party;
    const char* note;
};

Route routeFor(ReferralState stage, DemoRandom& rng) {
    // Court steps need a solicitor; the rest mostly go to an agency.
    if (stage == ReferralState::ClaimIssued || stage == ReferralState::Judgment)
        return {ReferralRecommendation::CourtClaim, "Hale & Co Solicitors",
                "No reply to the final demand; balance confirmed"};
    if (rng.percent(30))
        return {ReferralRecommendation::LetterBeforeAction, "Hale & Co Solicitors",
                "Promises broken twice; a solicitor's letter should move it"};
    return {ReferralRecommendation::CollectionAgency,
            rng.percent(50) ? "Northgate Recoveries" : "Calder Credit Management",
            "Six calls and two letters unanswered"};
}

// The states passed through on the way to `stage`, in order.
std::vector<ReferralState> pathTo(ReferralState stage) {
    using S = ReferralState;
    switch (stage) {
    case S::Referred: return {};
    case S::Accepted: return {S::Accepted};
    case S::ClaimIssued: return {S::Accepted, S::ClaimIssued};
    case S::Judgment: return {S::Accepted, S::ClaimIssued, S::Judgment};
    case S::Settled: return {S::Accepted, S::Settled};
    case S::Closed: return {S::Accepted, S::Settled, S::Closed};
    }
    return {};
}

const char* noteOn(ReferralState state) {
    switch (state) {
    case ReferralState::Accepted: return "Taken on at 15% of what is recovered";
    case ReferralState::ClaimIssued: return "Claim issued in the county court";
    case ReferralState::Judgment: return "Judgment in default; enforcement to follow";
    case ReferralState::Settled: return "Customer agreed to pay 80% in full settlement";
    case ReferralState::Closed: return "Settlement received through the agency";
    case ReferralState::Referred: return "";
    }
    return "";
}

UserId userNamed(LedgerDatabase& database, const char* name) {
    const auto user = database.users().findByName(name);
    if (!user) throw StorageError(std::string("the demo has no user ") + name);
    return user->id;
}

} // namespace

EscalationCounts writeDemoEscalations(LedgerDatabase& database, const DemoOptions& options,
                                      const std::vector<UserId>& analysts) {
    EscalationCounts counts;
    EscalationRepository& escalations = database.escalations();
    const Date asOf = options.asOf;
    const UserId leader = userNamed(database, "hreid");
    std::vector<Candidate> overdue;
    std::vector<Candidate> chosen;
    for (const UserId analyst : analysts)
        for (const WorklistAccountFacts& f : database.worklist().forAnalyst(analyst, asOf)) {
            if (!f.oldestOverdueDue) continue;
            Candidate c{f.id, analyst, *f.oldestOverdueDue, 0};
            for (const OverdueByAge& o : f.overdue) c.overdue += o.total();
            overdue.push_back(c);
            // Referred once the team's own chasing has run its course: over
            // 60 days past due, about one in a hundred of those (some three
            // in a thousand of all overdue accounts).
            DemoRandom rng(accountSeed(options.seed, f.id));
            if (asOf - c.oldestDue > 60 && rng.between(0, 999) < 10) chosen.push_back(c);
        }
    // A small demo still shows a couple: the longest overdue accounts.
    if (chosen.size() < 2) {
        std::vector<Candidate> oldest = overdue;
        std::ranges::sort(oldest, [](const Candidate& a, const Candidate& b) {
            return a.oldestDue != b.oldestDue ? a.oldestDue < b.oldestDue : a.account < b.account;
        });
        for (const Candidate& c : oldest) {
            if (chosen.size() >= 2) break;
            if (std::ranges::find(chosen, c.account, &Candidate::account) == chosen.end()) chosen.push_back(c);
        }
    }
    std::ranges::sort(chosen, {}, &Candidate::account);

    for (std::size_t i = 0; i < chosen.size(); ++i) {
        const Candidate& c = chosen[i];
        DemoRandom rng(accountSeed(options.seed, c.account) ^ 0x5EEDull);
        const ReferralState stage = kStages[i % kStages.size()];
        const std::vector<ReferralState> path = pathTo(stage);
        // Each step a couple of weeks after the one before; referred long
        // enough ago for all of them, and after the debt fell overdue.
        std::vector<std::int32_t> gaps;
        std::int32_t span = 0;
        for (std::size_t s = 0; s < path.size(); ++s) {
            gaps.push_back(static_cast<std::int32_t>(rng.between(7, 25)));
            span += gaps.back();
        }
        const Date referredOn =
            std::max(c.oldestDue.addDays(30), asOf.addDays(-span - static_cast<std::int32_t>(rng.between(1, 6))));
        const Route route = routeFor(stage, rng);
        Referral r;
        r.accountId = c.account;
        r.recommendation = route.recommendation;
        r.party = route.party;
        r.note = route.note;
        r.referredOn = std::min(referredOn, asOf);
        r.referredBy = c.analyst;
        r.amounts = referableBalances(database, c.account);
        if (r.amounts.empty()) continue;
        r.state = stage;
        Date day = r.referredOn;
        std::vector<Date> days;
        for (const std::int32_t gap : gaps) {
            day = std::min(asOf, day.addDays(gap));
            days.push_back(day);
        }
        if (stage == ReferralState::Closed) r.closedOn = days.back();
        r.id = escalations.addReferral(r);
        escalations.addReferralEvent({0, r.id, ReferralState::Referred, r.note, c.analyst, r.referredOn});
        for (std::size_t s = 0; s < path.size(); ++s)
            escalations.addReferralEvent({0, r.id, path[s], noteOn(path[s]), leader, days[s]});
        ++counts.referrals;
        if (isOpen(stage)) ++counts.openReferrals;
    }

    // Two analysts each ask the team leader to look at their largest
    // overdue account not referred.
    static constexpr std::array<const char*, 2> kReasons{
        "Customer asks for 120-day terms on the next orders; beyond what I may agree",
        "Finance director disputes our late-payment interest and threatens to move the business"};
    for (std::size_t i = 0; i < analysts.size() && i < kReasons.size(); ++i) {
        const Candidate* largest = nullptr;
        for (const Candidate& c : overdue)
            if (c.analyst == analysts[i] && std::ranges::find(chosen, c.account, &Candidate::account) == chosen.end() &&
                (!largest || c.overdue > largest->overdue))
                largest = &c;
        if (!largest) continue;
        AttentionRequest a;
        a.accountId = largest->account;
        a.teamLeader = leader;
        a.reason = kReasons[i];
        a.raisedBy = analysts[i];
        a.raisedOn = asOf.addDays(-static_cast<std::int32_t>(1 + 2 * i));
        escalations.addAttention(a);
        ++counts.attentionRequests;
    }
    return counts;
}

} // namespace duedesk::demo
