// SqliteWriteOffRepository: the SQLite implementation of WriteOffRepository.
#pragma once

#include "duedesk/storage/WriteOffRepository.h"
#include "storage/sqlite/SqliteLedgerDatabase.h"

namespace duedesk {

class SqliteWriteOffRepository final : public WriteOffRepository {
public:
    explicit SqliteWriteOffRepository(SqliteLedgerDatabase& database) : database_(database) {}
    void setLimit(const WriteOffLimit& limit, std::optional<UserId> by, Date on) override;
    std::optional<WriteOffLimit> limitOf(UserId user) override;
    std::vector<WriteOffLimit> limits() override;
    WriteOffId add(const WriteOff& request) override;
    void addEvent(const WriteOffEvent& event) override;
    void decide(WriteOffId id, WriteOffState state, std::optional<UserId> by, Date on,
                const std::string& rejectionReason) override;
    void markPosted(WriteOffId id, std::optional<UserId> by, Date on) override;
    std::optional<WriteOff> findById(WriteOffId id) override;
    std::vector<WriteOff> list(std::optional<WriteOffState> state) override;
    std::unordered_map<DocumentId, WriteOffId> pendingFor(std::span<const DocumentId> documents) override;

private:
    std::vector<WriteOff> select(const std::string& where, std::optional<WriteOffId> id,
                                 const std::optional<std::string>& state);

    SqliteLedgerDatabase& database_;
};

} // namespace duedesk
