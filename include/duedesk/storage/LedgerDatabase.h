// LedgerDatabase: an open Duedesk database file. Opening checks that the
// file really is a Duedesk database of a version this build understands,
// then brings an older one up to date, step by step.
#pragma once

#include "duedesk/storage/Sqlite.h"

#include <functional>
#include <memory>
#include <span>
#include <string>

namespace duedesk {

class PendingOpenItemTotals;

// One forward step of the schema: from version N-1 to N.
struct Migration {
    int version;
    std::function<void(sqlite::Connection&)> apply;
};

class LedgerDatabase final {
public:
    enum class OpenMode { CreateIfMissing, ExistingOnly };

    // The schema version this build writes.
    static int currentSchemaVersion();
    // The migrations that build the current schema from an empty file.
    static std::span<const Migration> migrations();

    // Throws SchemaRefused (file untouched) for a foreign or newer file,
    // StorageError when the file cannot be opened.
    static std::unique_ptr<LedgerDatabase> open(const std::string& path, OpenMode mode = OpenMode::CreateIfMissing);
    // As open(), but migrates only up to `targetVersion` with the given
    // steps: how tests build a database of an older schema.
    static std::unique_ptr<LedgerDatabase> openWithMigrations(const std::string& path, OpenMode mode,
                                                              std::span<const Migration> steps, int targetVersion);

    ~LedgerDatabase();

    sqlite::Connection& connection() { return connection_; }
    const std::string& path() const { return connection_.path(); }
    int schemaVersion();
    bool inTransaction();

    // Writes buffered on this connection until its transaction commits
    // (see PendingOpenItemTotals). UnitOfWork flushes them before COMMIT
    // and discards them on rollback.
    PendingOpenItemTotals& pendingTotals() { return *pendingTotals_; }
    void flushPendingWrites();
    void discardPendingWrites();

private:
    explicit LedgerDatabase(const std::string& path, sqlite::Connection::Mode mode);
    void checkAndMigrate(std::span<const Migration> steps, int targetVersion);
    void configure();

    sqlite::Connection connection_;
    std::unique_ptr<PendingOpenItemTotals> pendingTotals_;
};

} // namespace duedesk
