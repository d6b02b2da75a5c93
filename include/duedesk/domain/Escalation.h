// Escalation: where the team's own recovery is exhausted. A referral
// hands an account to a party outside the team (a collection agency or a
// solicitor) with a recommendation, and follows it through the agency's
// or the court's steps; while it is open the account is out of the
// normal worklist and no dunning step is proposed. A management-attention
// request asks a team leader to look at an account and appears on that
// team leader's worklist until answered. docs/escalations.md states the
// rules.
#pragma once

#include "duedesk/domain/Account.h"
#include "duedesk/domain/Date.h"
#include "duedesk/domain/Money.h"
#include "duedesk/domain/User.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace duedesk {

enum class ReferralRecommendation {
    CollectionAgency,
    LetterBeforeAction,
    CourtClaim,
    WriteOff,
};
// "agency", "letter_before_action", "court_claim", "write_off": as stored.
std::string_view referralRecommendationName(ReferralRecommendation recommendation);
std::optional<ReferralRecommendation> referralRecommendationFromName(std::string_view name);
std::string_view referralRecommendationLabel(ReferralRecommendation recommendation); // "Collection agency", ...
std::array<ReferralRecommendation, 4> referralRecommendations();

enum class ReferralState {
    Referred, // handed over by the team, not yet taken on
    Accepted, // the agency or solicitor took it on
    ClaimIssued, // a court claim was issued
    Judgment, // the court gave judgment
    Settled, // the customer settled with the agency or in court
    Closed, // final: the referral is over, the account is the team's again
};
std::string_view referralStateName(ReferralState state); // "referred", "claim_issued", ...
std::optional<ReferralState> referralStateFromName(std::string_view name);
std::string_view referralStateLabel(ReferralState state); // "referred", "claim issued", ...
std::array<ReferralState, 6> referralStates();
// Every state but closed: the account is out of the worklist.
bool isOpen(ReferralState state);

using ReferralId = std::int64_t;

// A change to a referral, as recorded: the state after it.
struct ReferralEvent {
    std::int64_t id = 0;
    ReferralId referralId = 0;
    ReferralState state = ReferralState::Referred;
    std::string note;
    std::optional<UserId> recordedBy;
    Date recordedOn = Date::fromDayNumber(0);
};

struct Referral {
    ReferralId id = 0;
    AccountId accountId = 0;
    ReferralRecommendation recommendation = ReferralRecommendation::CollectionAgency;
    ReferralState state = ReferralState::Referred;
    std::string party; // the agency or solicitor it went to: "Northgate Recoveries"
    // The account's open balance when referred, one amount per currency
    // owed (currencies in credit are left out), by currency code.
    std::vector<Money> amounts;
    std::string note;
    Date referredOn = Date::fromDayNumber(0);
    std::optional<UserId> referredBy;
    std::optional<Date> closedOn;
    std::vector<ReferralEvent> events; // oldest first, as read back
    // As read back, for lists: the account's number and name.
    std::string accountNumber;
    std::string accountName;

    // Out of the worklist on `day`: referred by then and not closed by then.
    bool openOn(Date day) const { return referredOn <= day && (!closedOn || *closedOn > day); }
};

using AttentionId = std::int64_t;

// "Needs management attention": an analyst asks a team leader to look at
// an account (a customer threatening to leave, a large balance the
// analyst may not decide on); the team leader answers with a note.
struct AttentionRequest {
    AttentionId id = 0;
    AccountId accountId = 0;
    UserId teamLeader = 0; // who is asked
    std::string reason;
    std::optional<UserId> raisedBy;
    Date raisedOn = Date::fromDayNumber(0);
    std::optional<UserId> resolvedBy;
    std::optional<Date> resolvedOn;
    std::string resolution; // the team leader's answer
    // As read back, for lists and the worklist.
    std::string accountNumber;
    std::string accountName;
    std::string raisedByName; // sign-in name, empty for no one
    std::string teamLeaderName;

    bool openOn(Date day) const { return raisedOn <= day && (!resolvedOn || *resolvedOn > day); }
};

} // namespace duedesk
