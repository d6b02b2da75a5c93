// CreditMemoRequest: asking for a credit note to settle a dispute the
// customer was right about. It is raised from one dispute, names some of
// the dispute's invoices with the amount to credit on each (no more than
// is disputed on it) and a justification; it is approved by someone else
// than its requester or rejected with a reason; when the credit note
// arrives in the ledger (imported from the ERP, or named by hand) it is
// allocated against those invoices and the dispute resolves as credited.
// Every change is kept as an event. docs/disputes.md states the rules.
#pragma once

#include "duedesk/domain/Date.h"
#include "duedesk/domain/Dispute.h"
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

enum class CreditMemoState {
    Requested, // waiting for an approver
    Approved, // waiting for the credit note from the ERP
    Rejected,
    Credited, // the credit note arrived and was allocated: the dispute is resolved
    Cancelled, // withdrawn before the credit note arrived
};
std::string_view creditMemoStateName(CreditMemoState state); // "requested", "approved", ... as stored
std::optional<CreditMemoState> creditMemoStateFromName(std::string_view name);
std::array<CreditMemoState, 5> creditMemoStates();
// Requested or approved: the dispute may have no other such request.
bool isPending(CreditMemoState state);
// Why a request in `from` cannot move to `to` ("it is rejected"), or
// nothing. Requested -> approved or rejected; approved -> credited;
// requested or approved -> cancelled.
std::optional<std::string> creditMemoTransitionProblem(CreditMemoState from, CreditMemoState to);

using CreditMemoId = std::int64_t;

// "CMR-000012": how a request is named to the ERP, and what a credit note's
// reference carries so that its arrival is matched to the request.
std::string creditMemoNumber(CreditMemoId id);
// The request a text names ("Credit for CMR-12 pricing" -> 12): the first
// "CMR-" (any case) followed by digits. Nothing when there is none.
std::optional<CreditMemoId> creditMemoIdIn(std::string_view text);

// One invoice of the dispute and how much of it is to be credited.
struct CreditMemoItem {
    DocumentId document = 0;
    std::string number; // the invoice's number, as read back (not written)
    Money amount = Money::zero(Currency());
};

// A change to a request, as recorded: the state after it.
struct CreditMemoEvent {
    std::int64_t id = 0;
    CreditMemoId requestId = 0;
    CreditMemoState state = CreditMemoState::Requested;
    std::string note;
    std::optional<UserId> recordedBy;
    Date recordedOn = Date::fromDayNumber(0);
};

struct CreditMemoRequest {
    CreditMemoId id = 0;
    DisputeId disputeId = 0;
    AccountId accountId = 0; // the dispute's, as read back (not written)
    std::string justification; // why the customer is owed the credit
    CreditMemoState state = CreditMemoState::Requested;
    std::optional<UserId> requestedBy;
    Date requestedOn = Date::fromDayNumber(0);
    std::optional<UserId> decidedBy; // approved or rejected by
    std::optional<Date> decidedOn;
    std::string rejectionReason;
    std::optional<DocumentId> creditNote; // once credited
    std::string creditNoteNumber; // as read back
    std::optional<Date> creditedOn;
    std::vector<CreditMemoItem> items;
    std::vector<CreditMemoEvent> events; // oldest first, as read back

    // The sum of the items (all in one currency, as the entry rules ask).
    Money total() const;
};

// What is wrong with a request before the ledger is read: no invoices, one
// twice, an amount not above zero, invoices in different currencies, no
// justification.
std::vector<std::string> creditMemoEntryProblems(const CreditMemoRequest& request);

} // namespace duedesk
