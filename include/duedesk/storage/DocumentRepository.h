// DocumentRepository: invoices, credit notes and payments, their
// allocations, and the dated movements of their open amounts that let any
// past state of the ledger be reconstructed.
#pragma once

#include "duedesk/domain/Document.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <optional>
#include <string_view>
#include <vector>

namespace duedesk {

enum class MovementCause { Import, SnapshotClose, Allocation };

// Where a change of an open amount came from, for the audit trail.
struct MovementSource {
    MovementCause cause = MovementCause::Import;
    std::optional<std::int64_t> importRunId;
    std::optional<std::int64_t> allocationId;
};

// A credit (payment, credit note) in a settlement loaded as history, with
// how much of it settled the invoice and when (nothing: unallocated).
struct SettlingCredit {
    Document document;          // its open amount is derived, not read
    std::int64_t allocated = 0; // minor units allocated to the invoice
    std::optional<Date> allocatedOn;
};

class DocumentRepository final {
public:
    explicit DocumentRepository(LedgerDatabase& database);

    DocumentId add(const Document& document);
    // Adds the document unless one with its key exists; nothing then.
    std::optional<DocumentId> addIfNew(const Document& document);
    std::optional<Document> findByKey(AccountId account, DocumentType type, std::string_view number);
    std::optional<Document> findById(DocumentId id);
    std::vector<Document> forAccount(AccountId account);
    std::int64_t count();

    // Rewrites dates, amount and reference; the open amount changes only
    // through changeOpenAmount so that every change is dated.
    void updateDetails(const Document& document);

    // Adds `delta` to the open amount, effective on `effectiveOn`, and
    // records the movement.
    void changeOpenAmount(DocumentId id, std::int64_t delta, Date effectiveOn, const MovementSource& source);

    // The document's open amount at the end of `date`: zero before its
    // document date, else the open amount now less later movements.
    std::int64_t openAmountOn(DocumentId id, Date date);

    // Open documents dated on or before `date`, as (id, open amount).
    std::vector<std::pair<DocumentId, std::int64_t>> openDocumentsOnOrBefore(Date date);

    std::int64_t addAllocation(const Allocation& allocation, std::optional<UserId> user);

    // Bulk load of history (the demo portfolio): an invoice and the credits
    // that settled it, written in their final state with their allocations
    // and dated movements, without updating rows afterwards. Open amounts
    // are derived here (amount less what was allocated), so the history
    // always adds up. Returns the invoice's id.
    DocumentId addSettlement(Document invoice, std::vector<SettlingCredit>& credits);

private:
    void addToOpenItemTotals(const Document& document);
    void noteMovementDate(Date effectiveOn);
    DocumentId insertSettled(const Document& d, std::optional<Date> lastMovementOn);
    void insertMovement(DocumentId id, std::int64_t change, Date effectiveOn, const MovementSource& source);
    std::int64_t insertAllocationRow(DocumentId credit, DocumentId invoice, std::int64_t amount, Date on,
                                     std::optional<UserId> user);

    LedgerDatabase& database_;
    sqlite::Statement insert_;
    sqlite::Statement insertIfNew_;
    sqlite::Statement insertSettled_;
    sqlite::Statement findByKey_;
    sqlite::Statement updateOpen_;
    sqlite::Statement insertMovement_;
    sqlite::Statement insertAllocation_;
    sqlite::Statement accountGroup_;
    sqlite::Statement noteMovement_;
    std::optional<std::int32_t> latestMovementOn_; // read on first movement
};

} // namespace duedesk
