// Names of referral recommendations and states, and the rules of a
// referral's lifecycle.
#include "duedesk/domain/Escalation.h"
#include "duedesk/domain/EscalationRules.h"

#include "domain/NameTable.h"

#include <algorithm>

namespace duedesk {
namespace {
constexpr NameTable<ReferralRecommendation, 4> kRecommendations{{{
    {ReferralRecommendation::CollectionAgency, "agency"},
    {ReferralRecommendation::LetterBeforeAction, "letter_before_action"},
    {ReferralRecommendation::CourtClaim, "court_claim"},
    {ReferralRecommendation::WriteOff, "write_off"},
}}};
constexpr NameTable<ReferralRecommendation, 4> kRecommendationLabels{{{
    {ReferralRecommendation::CollectionAgency, "Collection agency"},
    {ReferralRecommendation::LetterBeforeAction, "Letter before action"},
    {ReferralRecommendation::CourtClaim, "Court claim"},
    {ReferralRecommendation::WriteOff, "Write-off"},
}}};
constexpr NameTable<ReferralState, 6> kStates{{{
    {ReferralState::Referred, "referred"},
    {ReferralState::Accepted, "accepted"},
    {ReferralState::ClaimIssued, "claim_issued"},
    {ReferralState::Judgment, "judgment"},
    {ReferralState::Settled, "settled"},
    {ReferralState::Closed, "closed"},
}}};
constexpr NameTable<ReferralState, 6> kStateLabels{{{
    {ReferralState::Referred, "referred"},
    {ReferralState::Accepted, "accepted"},
    {ReferralState::ClaimIssued, "claim issued"},
    {ReferralState::Judgment, "judgment"},
    {ReferralState::Settled, "settled"},
    {ReferralState::Closed, "closed"},
}}};
} // namespace

std::string_view referralRecommendationName(ReferralRecommendation r) { return kRecommendations.nameOf(r); }
std::optional<ReferralRecommendation> referralRecommendationFromName(std::string_view name) {
    return kRecommendations.valueOf(name);
}
std::string_view referralRecommendationLabel(ReferralRecommendation r) { return kRecommendationLabels.nameOf(r); }
std::array<ReferralRecommendation, 4> referralRecommendations() { return kRecommendations.values(); }

std::string_view referralStateName(ReferralState state) { return kStates.nameOf(state); }
std::optional<ReferralState> referralStateFromName(std::string_view name) { return kStates.valueOf(name); }
std::string_view referralStateLabel(ReferralState state) { return kStateLabels.nameOf(state); }
std::array<ReferralState, 6> referralStates() { return kStates.values(); }

bool isOpen(ReferralState state) { return state != ReferralState::Closed; }

std::optional<std::string> referralTransitionProblem(ReferralState from, ReferralState to) {
    using S = ReferralState;
    if (from == S::Closed) return "the referral is closed and cannot change";
    if (from == to) return "the referral is already " + std::string(referralStateLabel(from));
    const auto label = [](S s) { return std::string(referralStateLabel(s)); };
    switch (to) {
    case S::Referred: return "a referral cannot go back to referred";
    // The litigation steps come in order: a claim is issued only once the
    // solicitor took the account on, and judgment only on a claim.
    case S::Accepted:
        if (from == S::Referred) return std::nullopt;
        return "a referral " + label(from) + " cannot go back to accepted";
    case S::ClaimIssued:
        if (from == S::Accepted) return std::nullopt;
        if (from == S::Referred) return "a referral is accepted before a claim is issued";
        return "a referral " + label(from) + " cannot go back to claim issued";
    case S::Judgment:
        if (from == S::ClaimIssued) return std::nullopt;
        if (from == S::Settled) return "a settled referral cannot go to judgment";
        return "judgment comes only after a claim is issued";
    // The customer may settle at any point until then; and a referral may
    // be closed from any open state (the agency hands it back, the debt
    // is written off, the settlement is paid).
    case S::Settled:
    case S::Closed: return std::nullopt;
    }
    return std::nullopt;
}

int referralAgeDays(const Referral& referral, Date day) { return std::max(0, day - referral.referredOn); }

int attentionAgeDays(const AttentionRequest& request, Date day) { return std::max(0, day - request.raisedOn); }

} // namespace duedesk
