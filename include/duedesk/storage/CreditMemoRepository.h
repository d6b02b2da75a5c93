// CreditMemoRepository: credit memo requests with their invoices and
// events. A request's state, decision and credit note are changed in
// place; each change also adds an event, and events are never changed.
#pragma once

#include "duedesk/domain/CreditMemo.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <optional>
#include <string>
#include <vector>

namespace duedesk {

struct CreditMemoFilter {
    std::optional<DisputeId> dispute;
    std::optional<AccountId> account;
    std::optional<CreditMemoState> state;
};

// A credit note whose reference names a request ("CMR-000012"), with
// something still open on it.
struct CreditNoteNamingRequest {
    DocumentId creditNote = 0;
    CreditMemoId request = 0;
};

class CreditMemoRepository {
public:
    virtual ~CreditMemoRepository() = default;
    // Writes the request and its items (not its events); returns its id.
    virtual CreditMemoId add(const CreditMemoRequest& request) = 0;
    virtual void addEvent(const CreditMemoEvent& event) = 0;
    // Approved or rejected by `by` on `on` (with the reason of a rejection).
    virtual void decide(CreditMemoId id, CreditMemoState state, std::optional<UserId> by, Date on,
                        const std::string& rejectionReason) = 0;
    virtual void markCredited(CreditMemoId id, DocumentId creditNote, Date on) = 0;
    virtual void markCancelled(CreditMemoId id) = 0;
    // With items and events.
    virtual std::optional<CreditMemoRequest> findById(CreditMemoId id) = 0;
    // By id; with items and events.
    virtual std::vector<CreditMemoRequest> list(const CreditMemoFilter& filter) = 0;
    // The dispute's pending (requested or approved) request, if any.
    virtual std::optional<CreditMemoId> pendingFor(DisputeId dispute) = 0;
    // The request a credit note already settled, if any.
    virtual std::optional<CreditMemoId> settledBy(DocumentId creditNote) = 0;
    // Open credit notes whose reference names an approved request, by
    // credit note id: what an import or `credit-memo match` may apply.
    virtual std::vector<CreditNoteNamingRequest> creditNotesNamingApproved() = 0;
};

} // namespace duedesk
