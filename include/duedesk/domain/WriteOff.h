// WriteOff: a request to write off open amounts of an account's documents
// as lost, with a reason and evidence. It is requested by an analyst or a
// team leader, approved by someone whose write-off limit covers its total
// (never the requester) or rejected with a reason, handed to the write-off
// administrator in a journal file, and marked posted when they confirm it
// was booked: the open amounts close then. docs/writeoffs.md states the
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

enum class WriteOffReason {
    Insolvent, // the customer is insolvent
    Uneconomic, // uneconomic to pursue
    SmallBalance,
    SettlementAgreed, // a settlement was agreed for less
    DisputeLost,
    Other,
};
std::string_view writeOffReasonName(WriteOffReason reason); // "insolvent", "small_balance", ... as stored
std::optional<WriteOffReason> writeOffReasonFromName(std::string_view name);
std::string_view writeOffReasonLabel(WriteOffReason reason); // "Customer insolvent", ... as shown
std::array<WriteOffReason, 6> writeOffReasons();

enum class WriteOffState {
    Requested, // waiting for an approver
    Approved, // waiting for the write-off administrator to book it
    Rejected,
    Posted, // booked: the open amounts are closed
};
std::string_view writeOffStateName(WriteOffState state); // "requested", "approved", ... as stored
std::optional<WriteOffState> writeOffStateFromName(std::string_view name);
std::array<WriteOffState, 4> writeOffStates();
// Requested or approved: its documents may not be in another request.
bool isPending(WriteOffState state);
// Why the change is not allowed ("write-off 3 is already approved"), or
// nothing. Requested goes to approved or rejected; approved to posted.
std::optional<std::string> writeOffTransitionProblem(WriteOffState from, WriteOffState to);

using WriteOffId = std::int64_t;

// One document in a request and how much of it is written off.
struct WriteOffItem {
    DocumentId document = 0;
    std::string number; // the document's number, as read back (not written)
    Money amount = Money::zero(Currency());
};

// A change to a write-off, as recorded: the state after it.
struct WriteOffEvent {
    std::int64_t id = 0;
    WriteOffId writeOffId = 0;
    WriteOffState state = WriteOffState::Requested;
    std::string note;
    std::optional<UserId> recordedBy;
    Date recordedOn = Date::fromDayNumber(0);
};

struct WriteOff {
    WriteOffId id = 0;
    AccountId accountId = 0;
    WriteOffReason reason = WriteOffReason::Other;
    std::string evidence; // what shows the money is lost: "Administrator's letter of 3 June"
    WriteOffState state = WriteOffState::Requested;
    std::optional<UserId> requestedBy;
    Date requestedOn = Date::fromDayNumber(0);
    std::optional<UserId> decidedBy; // approved or rejected by
    std::optional<Date> decidedOn;
    std::string rejectionReason;
    std::optional<UserId> postedBy;
    std::optional<Date> postedOn;
    std::vector<WriteOffItem> items;
    std::vector<WriteOffEvent> events; // oldest first, as read back
};

// An approver's authority: the largest total they may approve, in one
// currency (the reporting currency when it was set).
struct WriteOffLimit {
    UserId user = 0;
    Money amount = Money::zero(Currency());
};

// Whether an approver with `limit` may approve a request of `total` (both
// in the limit's currency): at the limit is allowed. The refusal names
// both and what it needs: "limit 250.00 GBP is below the total 450.50
// GBP; it needs an approver with a limit of at least 450.50 GBP".
std::optional<std::string> writeOffLimitProblem(const Money& total, const Money& limit);

// What is wrong with a request before the ledger is read: no documents, a
// document twice, an amount not above zero.
std::vector<std::string> writeOffEntryProblems(const WriteOff& request);

} // namespace duedesk
