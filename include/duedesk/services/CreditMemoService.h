// CreditMemoService: asking for a credit note on a dispute, approving or
// rejecting the request (never one's own), cancelling it, and applying the
// credit note when it arrives: allocated against the request's invoices,
// and the dispute resolved as credited, in one transaction. The credit
// note is named by hand, or found after an import by the request number
// its reference carries ("CMR-000012"). Every rule and permission is
// checked here, so each front end gets the same refusals; a refusal
// writes nothing. docs/disputes.md states the rules.
#pragma once

#include "duedesk/services/ChangeRefused.h"

#include "duedesk/domain/Actor.h"
#include "duedesk/domain/CreditMemo.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <string>
#include <vector>

namespace duedesk {

// A credit memo request or a change to one breaks a rule. The message
// names the field or step ("invoices: ...", "approval: ..."); nothing was
// written.
class CreditMemoRejected final : public ChangeRefused {
public:
    using ChangeRefused::ChangeRefused;
};

// A credit note found naming an approved request, and what became of it.
struct CreditNoteArrival {
    CreditMemoId request = 0;
    DocumentId creditNote = 0;
    std::string creditNoteNumber;
    DisputeId dispute = 0;
    bool applied = false;
    std::string problem; // why it was not applied: the refusal's text
};

// "Credit note CN-80 credited CMR-000001; dispute 4 resolved as credited",
// or "Credit note CN-82 names CMR-000001 and was not applied: ...".
std::string describeCreditNoteArrival(const CreditNoteArrival& arrival);

class CreditMemoService final {
public:
    explicit CreditMemoService(LedgerDatabase& database);
    // Needs Permission::RequestCreditMemos. The dispute is open or being
    // investigated and has no other pending request; each item is one of
    // its invoices, in that invoice's currency, for no more than is
    // disputed on it nor than is still open. Requested on the actor's day;
    // an open dispute moves to investigating (someone has looked at it and
    // found the customer right). Returns its id.
    CreditMemoId request(CreditMemoRequest request, const Actor& by);
    // Needs Permission::ApproveCreditMemos; never the requester's own. The
    // dispute is still open or being investigated.
    void approve(CreditMemoId id, const Actor& by);
    // Needs Permission::ApproveCreditMemos and a reason; never the
    // requester's own.
    void reject(CreditMemoId id, const std::string& reason, const Actor& by);
    // Needs Permission::RequestCreditMemos or ApproveCreditMemos and a
    // reason. A requested or approved request is withdrawn; the dispute
    // stays as it is.
    void cancel(CreditMemoId id, const std::string& reason, const Actor& by);
    // Needs Permission::RequestCreditMemos. `creditNote` is a credit note
    // of the dispute's account in the request's currency, with at least
    // the request's total open and no other request settled by it. Each
    // item is allocated from it to its invoice on the actor's day, the
    // request is credited and the dispute resolved as credited.
    void credit(CreditMemoId id, DocumentId creditNote, const Actor& by);
    // Needs Permission::AllocateCash (the approval already decided the
    // credit; the arrival only completes it). Every open credit note whose
    // reference names an approved request is applied as credit() does,
    // each in a transaction of its own; one that breaks a rule is reported
    // with why and left as it is. Run after every import.
    std::vector<CreditNoteArrival> applyArrivedCreditNotes(const Actor& by);

private:
    LedgerDatabase& database_;
};

} // namespace duedesk
