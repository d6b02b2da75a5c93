// SqliteDocumentRepository: the SQLite implementation of DocumentRepository.
#pragma once

#include "duedesk/storage/DocumentRepository.h"
#include "storage/sqlite/Sqlite.h"
#include "storage/sqlite/SqliteLedgerDatabase.h"

#include <optional>

namespace duedesk {

class SqliteDocumentRepository final : public DocumentRepository {
public:
    explicit SqliteDocumentRepository(SqliteLedgerDatabase& database);
    DocumentId add(const Document& document) override;
    std::optional<DocumentId> addIfNew(const Document& document) override;
    std::optional<Document> findByKey(AccountId account, DocumentType type, std::string_view number) override;
    std::optional<Document> findById(DocumentId id) override;
    std::vector<Document> forAccount(AccountId account) override;
    std::int64_t count() override;
    void updateDetails(const Document& document) override;
    void changeOpenAmount(DocumentId id, std::int64_t delta, Date effectiveOn, const MovementSource& source) override;
    std::int64_t openAmountOn(DocumentId id, Date date) override;
    std::vector<std::pair<DocumentId, std::int64_t>> openDocumentsOnOrBefore(Date date) override;
    bool hasOverdueInvoice(AccountId account, Date day) override;
    std::int64_t addAllocation(const Allocation& allocation, std::optional<UserId> user) override;
    std::optional<AllocationRecord> findAllocation(std::int64_t id) override;
    std::int64_t addAllocationReversal(std::int64_t allocationId, Date on, std::optional<UserId> user) override;
    DocumentId addSettlement(Document invoice, std::vector<SettlingCredit>& credits) override;

    // Forgets what was read of the file outside a transaction (the latest
    // movement date), which another connection may have changed since.
    void forgetRememberedState() { latestMovementOn_.reset(); }

private:
    void addToOpenItemTotals(const Document& document);
    void noteMovementDate(Date effectiveOn);
    DocumentId insertSettled(const Document& d, std::optional<Date> lastMovementOn);
    void insertMovement(DocumentId id, std::int64_t change, Date effectiveOn, const MovementSource& source,
                        std::optional<std::int64_t> reversalId = std::nullopt);
    std::int64_t insertAllocationRow(DocumentId credit, DocumentId invoice, std::int64_t amount, Date on,
                                     std::optional<UserId> user);

    SqliteLedgerDatabase& database_;
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
