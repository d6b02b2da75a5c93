// Opening a Duedesk SQLite file: refuse what is not ours or is newer, then
// configure the connection and migrate forward one version at a time.
#include "storage/sqlite/SqliteLedgerDatabase.h"

#include "storage/sqlite/PendingOpenItemTotals.h"
#include "storage/sqlite/SchemaV1.h"
#include "storage/sqlite/SchemaV10.h"
#include "storage/sqlite/SchemaV11.h"
#include "storage/sqlite/SchemaV12.h"
#include "storage/sqlite/SchemaV2.h"
#include "storage/sqlite/SchemaV3.h"
#include "storage/sqlite/SchemaV4.h"
#include "storage/sqlite/SchemaV5.h"
#include "storage/sqlite/SchemaV6.h"
#include "storage/sqlite/SchemaV7.h"
#include "storage/sqlite/SchemaV8.h"
#include "storage/sqlite/SchemaV9.h"
#include "storage/sqlite/SqliteAccountActivityQuery.h"
#include "storage/sqlite/SqliteAccountBalanceQuery.h"
#include "storage/sqlite/SqliteAccountRepository.h"
#include "storage/sqlite/SqliteAuditLogQuery.h"
#include "storage/sqlite/SqliteAuditTrail.h"
#include "storage/sqlite/SqliteContactLogRepository.h"
#include "storage/sqlite/SqliteCreditMemoRepository.h"
#include "storage/sqlite/SqliteCreditSalesQuery.h"
#include "storage/sqlite/SqliteDiaryRepository.h"
#include "storage/sqlite/SqliteDisputeRepository.h"
#include "storage/sqlite/SqliteDocumentRepository.h"
#include "storage/sqlite/SqliteEscalationRepository.h"
#include "storage/sqlite/SqliteExchangeRateRepository.h"
#include "storage/sqlite/SqliteImportRunRepository.h"
#include "storage/sqlite/SqliteLedgerExportQuery.h"
#include "storage/sqlite/SqliteLedgerIntegrity.h"
#include "storage/sqlite/SqliteOpenDocumentsQuery.h"
#include "storage/sqlite/SqliteOpenItemQuery.h"
#include "storage/sqlite/SqliteOpenItemTotalsQuery.h"
#include "storage/sqlite/SqlitePaymentPlanRepository.h"
#include "storage/sqlite/SqlitePaymentReturnRepository.h"
#include "storage/sqlite/SqlitePromiseRepository.h"
#include "storage/sqlite/SqliteReceivedPaymentsQuery.h"
#include "storage/sqlite/SqliteSettingsRepository.h"
#include "storage/sqlite/SqliteStrategyRepository.h"
#include "storage/sqlite/SqliteUserRepository.h"
#include "storage/sqlite/SqliteWorklistQuery.h"
#include "storage/sqlite/SqliteWriteOffRepository.h"

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
    {4, [](sqlite::Connection& c) { c.exec(schema::kVersion4); }},
    {5, [](sqlite::Connection& c) { c.exec(schema::kVersion5); }},
    {6, [](sqlite::Connection& c) { c.exec(schema::kVersion6); }},
    {7, [](sqlite::Connection& c) { c.exec(schema::kVersion7); }},
    {8, [](sqlite::Connection& c) { c.exec(schema::kVersion8); }},
    {9, [](sqlite::Connection& c) { c.exec(schema::kVersion9); }},
    {10, [](sqlite::Connection& c) { c.exec(schema::kVersion10); }},
    {11, [](sqlite::Connection& c) { c.exec(schema::kVersion11); }},
    {12, [](sqlite::Connection& c) { c.exec(schema::kVersion12); }},
};

} // namespace

// Each repository and query is made on first use: a connection that only
// ages the ledger never prepares the import's statements.
struct SqliteLedgerDatabase::Parts {
    std::unique_ptr<SqliteAccountRepository> accounts;
    std::unique_ptr<SqliteDocumentRepository> documents;
    std::unique_ptr<SqliteUserRepository> users;
    std::unique_ptr<SqliteContactLogRepository> contactLog;
    std::unique_ptr<SqliteDiaryRepository> diary;
    std::unique_ptr<SqlitePromiseRepository> promises;
    std::unique_ptr<SqliteDisputeRepository> disputes;
    std::unique_ptr<SqlitePaymentPlanRepository> paymentPlans;
    std::unique_ptr<SqlitePaymentReturnRepository> paymentReturns;
    std::unique_ptr<SqliteReceivedPaymentsQuery> receivedPayments;
    std::unique_ptr<SqliteImportRunRepository> importRuns;
    std::unique_ptr<SqliteExchangeRateRepository> exchangeRates;
    std::unique_ptr<SqliteSettingsRepository> settings;
    std::unique_ptr<SqliteStrategyRepository> strategies;
    std::unique_ptr<SqliteAccountActivityQuery> accountActivity;
    std::unique_ptr<SqliteAccountBalanceQuery> accountBalances;
    std::unique_ptr<SqliteCreditSalesQuery> creditSales;
    std::unique_ptr<SqliteLedgerExportQuery> ledgerExport;
    std::unique_ptr<SqliteOpenDocumentsQuery> openDocuments;
    std::unique_ptr<SqliteOpenItemQuery> openItems;
    std::unique_ptr<SqliteOpenItemTotalsQuery> openItemTotals;
    std::unique_ptr<SqliteLedgerIntegrity> integrity;
    std::unique_ptr<SqliteWorklistQuery> worklist;
    std::unique_ptr<SqliteWriteOffRepository> writeOffs;
    std::unique_ptr<SqliteEscalationRepository> escalations;
    std::unique_ptr<SqliteCreditMemoRepository> creditMemos;
    std::unique_ptr<SqliteAuditLogQuery> auditLog;
};

namespace {
template <class T>
T& made(std::unique_ptr<T>& part, SqliteLedgerDatabase& database) {
    if (!part) part = std::make_unique<T>(database);
    return *part;
}
} // namespace

std::span<const Migration> SqliteLedgerDatabase::migrations() { return kMigrations; }

SqliteLedgerDatabase::~SqliteLedgerDatabase() = default;

bool SqliteLedgerDatabase::inTransaction() { return sqlite3_get_autocommit(connection_.handle()) == 0; }

void SqliteLedgerDatabase::flushPendingWrites() { pendingTotals_->flush(connection_); }

AccountRepository& SqliteLedgerDatabase::accounts() { return made(parts_->accounts, *this); }
DocumentRepository& SqliteLedgerDatabase::documents() { return made(parts_->documents, *this); }
UserRepository& SqliteLedgerDatabase::users() { return made(parts_->users, *this); }
ContactLogRepository& SqliteLedgerDatabase::contactLog() { return made(parts_->contactLog, *this); }
DiaryRepository& SqliteLedgerDatabase::diary() { return made(parts_->diary, *this); }
PromiseRepository& SqliteLedgerDatabase::promises() { return made(parts_->promises, *this); }
DisputeRepository& SqliteLedgerDatabase::disputes() { return made(parts_->disputes, *this); }
PaymentPlanRepository& SqliteLedgerDatabase::paymentPlans() { return made(parts_->paymentPlans, *this); }
PaymentReturnRepository& SqliteLedgerDatabase::paymentReturns() { return made(parts_->paymentReturns, *this); }
ReceivedPaymentsQuery& SqliteLedgerDatabase::receivedPayments() { return made(parts_->receivedPayments, *this); }
ImportRunRepository& SqliteLedgerDatabase::importRuns() { return made(parts_->importRuns, *this); }
ExchangeRateRepository& SqliteLedgerDatabase::exchangeRates() { return made(parts_->exchangeRates, *this); }
SettingsRepository& SqliteLedgerDatabase::settings() { return made(parts_->settings, *this); }
StrategyRepository& SqliteLedgerDatabase::strategies() { return made(parts_->strategies, *this); }
AccountActivityQuery& SqliteLedgerDatabase::accountActivity() { return made(parts_->accountActivity, *this); }
AccountBalanceQuery& SqliteLedgerDatabase::accountBalances() { return made(parts_->accountBalances, *this); }
CreditSalesQuery& SqliteLedgerDatabase::creditSales() { return made(parts_->creditSales, *this); }
LedgerExportQuery& SqliteLedgerDatabase::ledgerExport() { return made(parts_->ledgerExport, *this); }
OpenDocumentsQuery& SqliteLedgerDatabase::openDocuments() { return made(parts_->openDocuments, *this); }
OpenItemQuery& SqliteLedgerDatabase::openItems() { return made(parts_->openItems, *this); }
OpenItemTotalsQuery& SqliteLedgerDatabase::openItemTotals() { return made(parts_->openItemTotals, *this); }
LedgerIntegrity& SqliteLedgerDatabase::integrity() { return made(parts_->integrity, *this); }
WorklistQuery& SqliteLedgerDatabase::worklist() { return made(parts_->worklist, *this); }
WriteOffRepository& SqliteLedgerDatabase::writeOffs() { return made(parts_->writeOffs, *this); }
EscalationRepository& SqliteLedgerDatabase::escalations() { return made(parts_->escalations, *this); }
CreditMemoRepository& SqliteLedgerDatabase::creditMemos() { return made(parts_->creditMemos, *this); }
AuditLogQuery& SqliteLedgerDatabase::auditLog() { return made(parts_->auditLog, *this); }

void SqliteLedgerDatabase::setAuditSession(AuditSession session) { auditTrail_->setSession(std::move(session)); }

void SqliteLedgerDatabase::compact() { connection_.exec("VACUUM"); }

void SqliteLedgerDatabase::pauseBulkAudit() { auditTrail_->pauseBulkTables(); }

void SqliteLedgerDatabase::resumeBulkAudit() noexcept {
    try {
        auditTrail_->resumeBulkTables();
    } catch (...) {
        // Runs from a destructor. The triggers are TEMP: should they fail to
        // come back, the next connection installs them again.
    }
}

// BEGIN IMMEDIATE so that a writer learns of a competing writer at once,
// not at its first write.
void SqliteLedgerDatabase::beginTransaction() {
    auditTrail_->ensureInstalled();
    connection_.exec("BEGIN IMMEDIATE");
    // What a repository remembers of the file may have been changed by
    // another connection since its last transaction.
    if (parts_->documents) parts_->documents->forgetRememberedState();
}

void SqliteLedgerDatabase::commitTransaction() {
    flushPendingWrites();
    connection_.exec("COMMIT");
}

void SqliteLedgerDatabase::rollbackTransaction() noexcept {
    pendingTotals_->discard();
    if (parts_->documents) parts_->documents->forgetRememberedState();
    try {
        connection_.exec("ROLLBACK");
    } catch (...) {
        // A rollback failing has nowhere to go (it runs from destructors);
        // SQLite rolls the transaction back itself when the connection closes.
    }
}

SqliteLedgerDatabase::SqliteLedgerDatabase(LedgerLocation location, sqlite::Connection::Mode mode)
    : location_(std::move(location)), connection_(location_.text(), mode),
      pendingTotals_(std::make_unique<PendingOpenItemTotals>()),
      auditTrail_(std::make_unique<SqliteAuditTrail>(connection_)), parts_(std::make_unique<Parts>()) {
    // A busy timeout lets a reader wait out another process's short write
    // instead of failing at once. Setting it does not touch the file.
    connection_.exec("PRAGMA busy_timeout = 5000");
}

std::unique_ptr<SqliteLedgerDatabase> SqliteLedgerDatabase::open(const LedgerLocation& location, OpenMode mode) {
    return openWithMigrations(location, mode, migrations(), currentSchemaVersion());
}

std::unique_ptr<SqliteLedgerDatabase> SqliteLedgerDatabase::openWithMigrations(const LedgerLocation& location,
                                                                               OpenMode mode,
                                                                               std::span<const Migration> steps,
                                                                               int targetVersion) {
    const std::string& path = location.text();
    std::error_code ec;
    const bool exists = std::filesystem::exists(path, ec);
    if (!exists && mode == OpenMode::ExistingOnly) throw StorageError("no database at " + path);
    if (!exists) {
        const auto parent = std::filesystem::path(path).parent_path();
        if (!parent.empty()) std::filesystem::create_directories(parent, ec);
    }
    std::unique_ptr<SqliteLedgerDatabase> db(new SqliteLedgerDatabase(
        location, exists ? sqlite::Connection::Mode::ReadWrite : sqlite::Connection::Mode::ReadWriteCreate));
    db->checkAndMigrate(steps, targetVersion);
    db->auditTrail_->arm();
    return db;
}

void SqliteLedgerDatabase::setLockWait(std::chrono::milliseconds wait) {
    sqlite3_busy_timeout(connection_.handle(), static_cast<int>(wait.count()));
}

int SqliteLedgerDatabase::schemaVersion() { return static_cast<int>(connection_.queryInt("PRAGMA user_version")); }

void SqliteLedgerDatabase::checkAndMigrate(std::span<const Migration> steps, int targetVersion) {
    // Read-only checks first: nothing may be written to a file we refuse,
    // not even the switch to WAL.
    const std::int64_t applicationId = connection_.queryInt("PRAGMA application_id");
    const std::int64_t objects = connection_.queryInt("SELECT count(*) FROM sqlite_schema");
    const bool empty = applicationId == 0 && objects == 0;
    if (!empty && applicationId != kApplicationId)
        throw SchemaRefused(location_.text() + " is not a Duedesk database; it was not opened");
    const int version = schemaVersion();
    const int newest = steps.empty() ? 0 : steps.back().version;
    if (version > newest)
        throw SchemaRefused(location_.text() + " was written by a newer version of Duedesk (schema " +
                            std::to_string(version) + ", this version reads up to " + std::to_string(newest) +
                            "); it was not opened");

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

void SqliteLedgerDatabase::configure() {
    connection_.exec("PRAGMA journal_mode = WAL");
    connection_.exec("PRAGMA synchronous = NORMAL");
    connection_.exec("PRAGMA foreign_keys = ON");
    // 64 MiB of page cache: large ledgers are scanned, not point-read.
    connection_.exec("PRAGMA cache_size = -65536");
    connection_.exec("PRAGMA temp_store = MEMORY");
    // Reads map the file rather than copy each page in: a worklist or an
    // aging touches thousands of pages scattered over a large ledger.
    connection_.exec("PRAGMA mmap_size = 1073741824");
}

sqlite::Connection& sqliteConnection(LedgerDatabase& database) {
    auto* sqliteLedger = dynamic_cast<SqliteLedgerDatabase*>(&database);
    if (!sqliteLedger) throw StorageError(database.location().displayName() + " is not a SQLite ledger");
    return sqliteLedger->connection();
}

} // namespace duedesk
