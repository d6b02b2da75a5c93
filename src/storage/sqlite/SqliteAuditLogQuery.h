// SqliteAuditLogQuery: the SQLite implementation of AuditLogQuery.
#pragma once

#include "duedesk/storage/AuditLogQuery.h"
#include "storage/sqlite/SqliteLedgerDatabase.h"

namespace duedesk {

class SqliteAuditLogQuery final : public AuditLogQuery {
public:
    explicit SqliteAuditLogQuery(SqliteLedgerDatabase& database) : database_(database) {}
    void forEach(const std::function<bool(const AuditRecord&)>& visit) override;
    void forEachBetween(Date from, Date to, const std::function<void(const AuditRecord&)>& visit) override;
    std::int64_t count() override;

private:
    SqliteLedgerDatabase& database_;
};

} // namespace duedesk
