// EscalationListing: the referrals and management-attention requests, as
// the command line lists them and the workstation's Escalations page
// shows them: each with its age on a day and the people it names.
#pragma once

#include "duedesk/domain/Escalation.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace duedesk {

struct EscalationListFilter {
    std::optional<AccountId> account;
    bool openOnly = false; // referrals not closed, requests not answered
};

struct EscalationListing {
    Date asOf = Date::fromDayNumber(0);
    std::vector<Referral> referrals; // by account number, then day referred
    std::vector<AttentionRequest> attention; // by day raised
    std::map<UserId, std::string> userNames; // sign-in names
};

EscalationListing loadEscalations(LedgerDatabase& database, const EscalationListFilter& filter, Date asOf);

// "GBP 1,150.50, EUR 2,750.25": the amounts referred.
std::string referralAmountsText(const Referral& referral);
// A user's sign-in name in the listing, or "-" for no one.
std::string userNameIn(const EscalationListing& listing, const std::optional<UserId>& user);

// Two aligned tables, "Referrals" and "Attention requests".
std::string renderEscalationsText(const EscalationListing& listing);
// {"referrals": [...with their events], "attention": [...]}.
std::string renderEscalationsJson(const EscalationListing& listing);

} // namespace duedesk
