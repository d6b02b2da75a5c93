// SQL for the import audit trail.
#include "storage/sqlite/SqliteImportRunRepository.h"

namespace duedesk {

SqliteImportRunRepository::SqliteImportRunRepository(SqliteLedgerDatabase& database) : database_(database) {}

std::int64_t SqliteImportRunRepository::begin(const ImportRunRecord& run) {
    sqlite::Statement s(database_.connection(),
                        "INSERT INTO import_runs (file_name, profile, effective_on, snapshot, rows_read, "
                        "accounts_created, documents_created, documents_updated, documents_closed, user_id) "
                        "VALUES (?, ?, ?, ?, 0, 0, 0, 0, 0, ?)");
    s.bind(1, run.fileName).bind(2, run.profile).bind(3, run.effectiveOn.dayNumber()).bind(4, run.snapshot ? 1 : 0);
    s.bind(5, run.user).run();
    return database_.connection().lastInsertId();
}

void SqliteImportRunRepository::finish(std::int64_t runId, const ImportCounts& c) {
    sqlite::Statement s(database_.connection(),
                        "UPDATE import_runs SET rows_read = ?, accounts_created = ?, documents_created = ?, "
                        "documents_updated = ?, documents_closed = ?, users_created = ? WHERE id = ?");
    s.bind(1, c.rowsRead).bind(2, c.accountsCreated).bind(3, c.documentsCreated).bind(4, c.documentsUpdated);
    s.bind(5, c.documentsClosed).bind(6, c.usersCreated).bind(7, runId).run();
}

std::int64_t SqliteImportRunRepository::count() {
    return database_.connection().queryInt("SELECT count(*) FROM import_runs");
}

} // namespace duedesk
