// SqliteDisputeRepository: the SQLite implementation of DisputeRepository.
#pragma once

#include "duedesk/storage/DisputeRepository.h"
#include "storage/sqlite/SqliteLedgerDatabase.h"

namespace duedesk {

class SqliteDisputeRepository final : public DisputeRepository {
public:
    explicit SqliteDisputeRepository(SqliteLedgerDatabase& database) : database_(database) {}
    DisputeId add(const Dispute& dispute) override;
    void addEvent(const DisputeEvent& event) override;
    void update(DisputeId id, DisputeState state, const std::string& owner, std::optional<Date> closedOn) override;
    std::optional<Dispute> findById(DisputeId id) override;
    std::vector<Dispute> list(const DisputeFilter& filter) override;
    std::unordered_map<DocumentId, std::int64_t> activeDisputed(std::span<const DocumentId> documents) override;
    std::vector<DisputedItem> disputedOn(Date asOf, OpenItemGrouping grouping) override;

private:
    std::vector<Dispute> select(const std::string& where, const std::vector<std::int64_t>& keys,
                                const std::vector<std::string>& texts);

    SqliteLedgerDatabase& database_;
};

} // namespace duedesk
