// SqliteOpenDocumentsQuery: the SQLite implementation of OpenDocumentsQuery.
#pragma once

#include "duedesk/storage/OpenDocumentsQuery.h"
#include "storage/sqlite/SqliteLedgerDatabase.h"

namespace duedesk {

class SqliteOpenDocumentsQuery final : public OpenDocumentsQuery {
public:
    explicit SqliteOpenDocumentsQuery(SqliteLedgerDatabase& database);
    std::vector<OpenDocument> forScope(const OpenDocumentsScope& scope, Date postedBy) override;

private:
    SqliteLedgerDatabase& database_;
};

} // namespace duedesk
