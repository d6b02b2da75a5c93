// SqliteCreditMemoRepository: the SQLite implementation of
// CreditMemoRepository.
#pragma once

#include "duedesk/storage/CreditMemoRepository.h"
#include "storage/sqlite/SqliteLedgerDatabase.h"

namespace duedesk {

class SqliteCreditMemoRepository final : public CreditMemoRepository {
public:
    explicit SqliteCreditMemoRepository(SqliteLedgerDatabase& database) : database_(database) {}
    CreditMemoId add(const CreditMemoRequest& request) override;
    void addEvent(const CreditMemoEvent& event) override;
    void decide(CreditMemoId id, CreditMemoState state, std::optional<UserId> by, Date on,
                const std::string& rejectionReason) override;
    void markCredited(CreditMemoId id, DocumentId creditNote, Date on) override;
    void markCancelled(CreditMemoId id) override;
    std::optional<CreditMemoRequest> findById(CreditMemoId id) override;
    std::vector<CreditMemoRequest> list(const CreditMemoFilter& filter) override;
    std::optional<CreditMemoId> pendingFor(DisputeId dispute) override;
    std::optional<CreditMemoId> settledBy(DocumentId creditNote) override;
    std::vector<CreditNoteNamingRequest> creditNotesNamingApproved() override;

private:
    std::vector<CreditMemoRequest> select(const CreditMemoFilter& filter, std::optional<CreditMemoId> id);

    SqliteLedgerDatabase& database_;
};

} // namespace duedesk
