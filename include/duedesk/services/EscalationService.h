// EscalationService: referring an account to a collection agency or a
// solicitor, recording the referral's progress and closing it; asking a
// team leader for attention to an account and answering. Each operation
// is checked, written in one transaction and recorded under the person
// who made it; a refusal writes nothing. docs/escalations.md states the
// rules.
#pragma once

#include "duedesk/services/ChangeRefused.h"

#include "duedesk/domain/Actor.h"
#include "duedesk/domain/Escalation.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <string>
#include <vector>

namespace duedesk {

// An escalation or a change to one breaks a rule. The message names the
// field ("party: ...", "state: ..."); nothing was written.
class EscalationRefused final : public ChangeRefused {
public:
    using ChangeRefused::ChangeRefused;
};

struct ReferralRequest {
    AccountId account = 0;
    ReferralRecommendation recommendation = ReferralRecommendation::CollectionAgency;
    std::string party; // the agency or solicitor
    std::string note;
};

// What a referral of the account would hold: its open balance in each
// currency it owes (open invoices less the payments and credits not yet
// applied), by currency code; a currency in credit is left out.
std::vector<Money> referableBalances(LedgerDatabase& database, AccountId account);

class EscalationService final {
public:
    explicit EscalationService(LedgerDatabase& database);
    // Needs Permission::ReferAccounts. Refers the account on the actor's
    // day, in state referred, with its open balance per currency owed as
    // the amount referred. Refused when the account has an open referral
    // or owes nothing. Returns its id.
    ReferralId refer(const ReferralRequest& request, const Actor& by);
    // Needs Permission::UpdateReferrals. Moves it to `to` on the actor's
    // day (EscalationRules says which moves are allowed); settled and
    // closed need a note saying how and why.
    void move(ReferralId id, ReferralState to, const std::string& note, const Actor& by);
    // Needs Permission::AskAttention. Asks `teamLeader` (an active team
    // leader other than the actor) to look at the account, for `reason`.
    // One open request per account and team leader. Returns its id.
    AttentionId askAttention(AccountId account, UserId teamLeader, const std::string& reason, const Actor& by);
    // Needs Permission::AnswerAttention. Answers an open request with a
    // note, on the actor's day.
    void answerAttention(AttentionId id, const std::string& resolution, const Actor& by);

private:
    LedgerDatabase& database_;
};

} // namespace duedesk
