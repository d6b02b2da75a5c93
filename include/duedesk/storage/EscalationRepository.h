// EscalationRepository: referrals with their amounts and the history of
// their changes, and management-attention requests. A referral's state
// and closing day are changed in place; each change also adds an event,
// and events are never changed. An attention request is answered once.
#pragma once

#include "duedesk/domain/Escalation.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <optional>
#include <string>
#include <vector>

namespace duedesk {

struct ReferralFilter {
    std::optional<AccountId> account;
    bool openOnly = false; // only those not closed
};

struct AttentionFilter {
    std::optional<AccountId> account;
    std::optional<UserId> teamLeader; // only those asked of this team leader
    bool openOnly = false; // only those not answered
};

class EscalationRepository {
public:
    virtual ~EscalationRepository() = default;
    // Writes the referral and its amounts (not its events); returns its id.
    virtual ReferralId addReferral(const Referral& referral) = 0;
    virtual void addReferralEvent(const ReferralEvent& event) = 0;
    // Sets state and closing day. Throws StorageError when there is no
    // such referral.
    virtual void updateReferral(ReferralId id, ReferralState state, std::optional<Date> closedOn) = 0;
    // With its amounts, its events and the account's number and name.
    virtual std::optional<Referral> findReferral(ReferralId id) = 0;
    // The account's referral not yet closed, if any.
    virtual std::optional<Referral> openReferralOf(AccountId account) = 0;
    // By account number, then the day referred and id.
    virtual std::vector<Referral> referrals(const ReferralFilter& filter) = 0;

    virtual AttentionId addAttention(const AttentionRequest& request) = 0;
    // Throws StorageError when there is no such request.
    virtual void resolveAttention(AttentionId id, std::optional<UserId> by, Date on, const std::string& resolution) = 0;
    virtual std::optional<AttentionRequest> findAttention(AttentionId id) = 0;
    // By the day raised, then id.
    virtual std::vector<AttentionRequest> attentionRequests(const AttentionFilter& filter) = 0;
    // Those asked of `teamLeader` that are open on `on`, for the worklist.
    virtual std::vector<AttentionRequest> attentionFor(UserId teamLeader, Date on) = 0;
};

} // namespace duedesk
