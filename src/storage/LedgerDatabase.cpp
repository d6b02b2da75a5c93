// Opening a Duedesk database: refuse what is not ours or is newer, then
// configure the connection and migrate forward one version at a time.
#include "duedesk/storage/LedgerDatabase.h"

#include "storage/PendingOpenItemTotals.h"
#include "storage/SchemaV1.h"
#include "storage/SchemaV2.h"
#include "storage/SchemaV3.h"

#include <sqlite3.h>

#include <filesystem>

namespace duedesk {
namespace {

// PRAGMA application_id marks a file as Duedesk's: "DUED".
constexpr std::int64_t kApplicationId = 0x44554544;

const Migration kMigrations[] = {
    {1, [](sqlite::Connection& c) { c.exec(schema::kVersion1); }},
    {2, [](sqlite::Connection& c) { c.exec(schema::kVersion2); }},
    {3, [](sqlite::Connection& c) { c.exec(schema::kVersion3); }},
};

} // namespace

int LedgerDatabase::currentSchemaVersion() { return std::size(kMigrations); }

std::span<const Migration> LedgerDatabase::migrations() { return kMigrations; }

LedgerDatabase::~LedgerDatabase() = default;

bool LedgerDatabase::inTransaction() { return sqlite3_get_autocommit(connection_.handle()) == 0; }

void LedgerDatabase::flushPendingWrites() { pendingTotals_->flush(connection_); }

void LedgerDatabase::discardPendingWrites() { pendingTotals_->discard(); }

LedgerDatabase::LedgerDatabase(const std::string& path, sqlite::Connection::Mode mode)
    : connection_(path, mode), pendingTotals_(std::make_unique<PendingOpenItemTotals>()) {
    // A busy timeout lets a reader wait out another process's short write
    // instead of failing at once. Setting it does not touch the file.
    connection_.exec("PRAGMA busy_timeout = 5000");
}

std::unique_ptr<LedgerDatabase> LedgerDatabase::open(const std::string& path, OpenMode mode) {
    return openWithMigrations(path, mode, migrations(), currentSchemaVersion());
}

std::unique_ptr<LedgerDatabase> LedgerDatabase::openWithMigrations(const std::string& path, OpenMode mode,
                                                                   std::span<const Migration> steps,
                                                                   int targetVersion) {
    std::error_code ec;
    const bool exists = std::filesystem::exists(path, ec);
    if (!exists && mode == OpenMode::ExistingOnly) throw StorageError("no database at " + path);
    if (!exists) {
        const auto parent = std::filesystem::path(path).parent_path();
        if (!parent.empty()) std::filesystem::create_directories(parent, ec);
    }
    std::unique_ptr<LedgerDatabase> db(new LedgerDatabase(
        path, exists ? sqlite::Connection::Mode::ReadWrite : sqlite::Connection::Mode::ReadWriteCreate));
    db->checkAndMigrate(steps, targetVersion);
    return db;
}

int LedgerDatabase::schemaVersion() { return static_cast<int>(connection_.queryInt("PRAGMA user_version")); }

void LedgerDatabase::checkAndMigrate(std::span<const Migration> steps, int targetVersion) {
    // Read-only checks first: nothing may be written to a file we refuse,
    // not even the switch to WAL.
    const std::int64_t applicationId = connection_.queryInt("PRAGMA application_id");
    const std::int64_t objects = connection_.queryInt("SELECT count(*) FROM sqlite_schema");
    const bool empty = applicationId == 0 && objects == 0;
    if (!empty && applicationId != kApplicationId)
        throw SchemaRefused(path() + " is not a Duedesk database; it was not opened");
    const int version = schemaVersion();
    const int newest = steps.empty() ? 0 : steps.back().version;
    if (version > newest)
        throw SchemaRefused(path() + " was written by a newer version of Duedesk (schema " + std::to_string(version) +
                            ", this version reads up to " + std::to_string(newest) + "); it was not opened");

    configure();

    for (const Migration& step : steps) {
        if (step.version <= version || step.version > targetVersion) continue;
        connection_.exec("BEGIN IMMEDIATE");
        try {
            step.apply(connection_);
            connection_.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
            connection_.exec("PRAGMA user_version = " + std::to_string(step.version));
            connection_.exec("COMMIT");
        } catch (...) {
            connection_.exec("ROLLBACK");
            throw;
        }
    }
}

void LedgerDatabase::configure() {
    connection_.exec("PRAGMA journal_mode = WAL");
    connection_.exec("PRAGMA synchronous = NORMAL");
    connection_.exec("PRAGMA foreign_keys = ON");
    // 64 MiB of page cache: large ledgers are scanned, not point-read.
    connection_.exec("PRAGMA cache_size = -65536");
    connection_.exec("PRAGMA temp_store = MEMORY");
}

} // namespace duedesk
