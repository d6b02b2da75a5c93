// DocumentRepository: invoices, credit notes and payments, their
// allocations, and the dated movements of their open amounts that let any
// past state of the ledger be reconstructed.
#pragma once

#include "duedesk/domain/Document.h"
#include "duedesk/domain/MovementCause.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <optional>
#include <string_view>
#include <vector>

namespace duedesk {

// Where a change of an open amount came from, for the audit trail.
struct MovementSource {
    MovementCause cause = MovementCause::Import;
    std::optional<std::int64_t> importRunId;
    std::optional<std::int64_t> allocationId;
};

// A credit (payment, credit note) in a settlement loaded as history, with
// how much of it settled the invoice and when (nothing: unallocated).
struct SettlingCredit {
    Document document; // its open amount is derived, not read
    std::int64_t allocated = 0; // minor units allocated to the invoice
    std::optional<Date> allocatedOn;
};

// An allocation as recorded: who recorded it, and its reversal if it has
// one (an allocation is reversed by a record of its own, never deleted).
struct AllocationRecord {
    Allocation allocation;
    std::optional<UserId> recordedBy;
    std::optional<Date> reversedOn;
    std::optional<UserId> reversedBy;
};

class DocumentRepository {
public:
    virtual ~DocumentRepository() = default;
    virtual DocumentId add(const Document& document) = 0;
    // Adds the document unless one with its key exists; nothing then.
    virtual std::optional<DocumentId> addIfNew(const Document& document) = 0;
    virtual std::optional<Document> findByKey(AccountId account, DocumentType type, std::string_view number) = 0;
    virtual std::optional<Document> findById(DocumentId id) = 0;
    virtual std::vector<Document> forAccount(AccountId account) = 0;
    virtual std::int64_t count() = 0;
    // Rewrites dates, amount and reference; the open amount changes only
    // through changeOpenAmount so that every change is dated.
    virtual void updateDetails(const Document& document) = 0;
    // Adds `delta` to the open amount, effective on `effectiveOn`, and
    // records the movement.
    virtual void changeOpenAmount(DocumentId id, std::int64_t delta, Date effectiveOn,
                                  const MovementSource& source) = 0;
    // The document's open amount at the end of `date`: zero before its
    // document date, else the open amount now less later movements.
    virtual std::int64_t openAmountOn(DocumentId id, Date date) = 0;
    // Open documents dated on or before `date`, as (id, open amount).
    virtual std::vector<std::pair<DocumentId, std::int64_t>> openDocumentsOnOrBefore(Date date) = 0;
    // Whether any invoice of the account is open and was due before `day`.
    virtual bool hasOverdueInvoice(AccountId account, Date day) = 0;
    virtual std::int64_t addAllocation(const Allocation& allocation, std::optional<UserId> user) = 0;
    virtual std::optional<AllocationRecord> findAllocation(std::int64_t id) = 0;
    // Records that `user` reversed the allocation on `on`: both documents'
    // open amounts grow back by its amount, effective that day, so aging
    // before it still shows the allocation. Returns the reversal's id;
    // throws StorageError if the allocation was already reversed.
    virtual std::int64_t addAllocationReversal(std::int64_t allocationId, Date on, std::optional<UserId> user) = 0;
    // Bulk load of history (the demo portfolio): an invoice and the credits
    // that settled it, written in their final state with their allocations
    // and dated movements, without updating rows afterwards. Open amounts
    // are derived here (amount less what was allocated), so the history
    // always adds up. Returns the invoice's id.
    virtual DocumentId addSettlement(Document invoice, std::vector<SettlingCredit>& credits) = 0;
};

} // namespace duedesk
