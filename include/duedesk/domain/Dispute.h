// Dispute: a customer's objection to one or more invoices, for the whole
// or part of what is open on them. While it is open or being
// investigated the disputed money is withheld from chasing (the worklist,
// strategy steps) and shown apart in the aging; it closes as credited
// (the customer was right), rejected (the customer must pay) or
// withdrawn by the customer. Every change is kept as an event: who, when,
// the state and owner after it, and a note. docs/disputes.md states the
// rules.
#pragma once

#include "duedesk/domain/Account.h"
#include "duedesk/domain/Date.h"
#include "duedesk/domain/Document.h"
#include "duedesk/domain/Money.h"
#include "duedesk/domain/User.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace duedesk {

enum class DisputeReason {
    Pricing,
    Quantity,
    NotReceived, // goods or service not received
    DuplicateBilling,
    MissingPurchaseOrder,
    Quality,
    Deduction, // a deduction or chargeback the customer took
    Other,
};
std::string_view disputeReasonName(DisputeReason reason); // "pricing", "not_received", ... as stored
std::optional<DisputeReason> disputeReasonFromName(std::string_view name);
std::string_view disputeReasonLabel(DisputeReason reason); // "Goods or service not received", ... as shown
std::array<DisputeReason, 8> disputeReasons();

enum class DisputeState {
    Open,
    Investigating,
    Credited, // resolved: the customer was right, a credit is due
    Rejected, // resolved: the customer must pay
    Withdrawn, // the customer withdrew it
};
std::string_view disputeStateName(DisputeState state); // "open", "investigating", "credited", ...
std::optional<DisputeState> disputeStateFromName(std::string_view name);
std::string_view disputeStateLabel(DisputeState state); // "Resolved as credited", ...
std::array<DisputeState, 5> disputeStates();
// Open or investigating: the disputed money is withheld from chasing.
bool isActive(DisputeState state);

using DisputeId = std::int64_t;

// One invoice in a dispute and how much of it is disputed.
struct DisputedInvoice {
    DocumentId document = 0;
    std::string number; // the invoice's number, as read back (not written)
    Money amount = Money::zero(Currency());
};

// A change to a dispute, as recorded: the state and owner after it.
struct DisputeEvent {
    std::int64_t id = 0;
    DisputeId disputeId = 0;
    DisputeState state = DisputeState::Open;
    std::string owner;
    std::string note;
    std::optional<UserId> recordedBy;
    Date recordedOn = Date::fromDayNumber(0);
};

struct Dispute {
    DisputeId id = 0;
    AccountId accountId = 0;
    DisputeReason reason = DisputeReason::Other;
    DisputeState state = DisputeState::Open;
    std::string owner; // the coordinator or team who must resolve it: "Pricing desk (J. Hale)"
    Date raisedOn = Date::fromDayNumber(0);
    Date dueOn = Date::fromDayNumber(0); // raised on + the service level for its reason
    std::optional<UserId> raisedBy;
    std::string note;
    std::vector<DisputedInvoice> invoices;
    std::optional<Date> closedOn; // resolved or withdrawn
    std::vector<DisputeEvent> events; // oldest first, as read back

    // Withholding money on `day`: raised by then and not yet closed.
    bool activeOn(Date day) const { return raisedOn <= day && (!closedOn || *closedOn > day); }
};

// How many days each reason may take to resolve: a team setting.
struct DisputeServiceLevels {
    // In the order of disputeReasons(): pricing 10, quantity 10, not
    // received 15, duplicate billing 5, missing purchase order 5,
    // quality 20, deduction 20, other 15.
    std::array<int, 8> days{10, 10, 15, 5, 5, 20, 20, 15};
    int daysFor(DisputeReason reason) const { return days[static_cast<std::size_t>(reason)]; }
    void set(DisputeReason reason, int value) { days[static_cast<std::size_t>(reason)] = value; }
};
inline constexpr int kMinDisputeServiceDays = 1;
inline constexpr int kMaxDisputeServiceDays = 365;

} // namespace duedesk
