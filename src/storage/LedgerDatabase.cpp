// Opening a ledger: the one place that turns a location into a backend.
#include "duedesk/storage/LedgerDatabase.h"

#include "storage/sqlite/SqliteLedgerDatabase.h"

namespace duedesk {

// The schema is versioned once for every backend; SQLite's migrations are
// the reference list of its steps.
int LedgerDatabase::currentSchemaVersion() { return SqliteLedgerDatabase::migrations().back().version; }

std::unique_ptr<LedgerDatabase> LedgerDatabase::open(const LedgerLocation& location, OpenMode mode) {
    switch (location.kind()) {
    case LedgerLocation::Kind::SqliteFile: return SqliteLedgerDatabase::open(location, mode);
    case LedgerLocation::Kind::PostgreSql: break;
    }
    throw StorageError(location.displayName() +
                       ": this version of Duedesk opens ledger files only; a PostgreSQL ledger cannot be opened");
}

} // namespace duedesk
