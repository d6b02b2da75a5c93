// SqliteLedgerDatabase: a ledger in one SQLite file. Opening checks that
// the file really is a Duedesk database of a version this build
// understands, then brings an older one up to date, step by step.
// Private to the storage layer (and to tests that look at the file).
#pragma once

#include "duedesk/storage/LedgerDatabase.h"
#include "storage/sqlite/Sqlite.h"

#include <functional>
#include <memory>
#include <span>
#include <string>

namespace duedesk {

class PendingOpenItemTotals;
class SqliteAuditTrail;
class SqliteDocumentRepository;

// One forward step of the schema: from version N-1 to N.
struct Migration {
    int version;
    std::function<void(sqlite::Connection&)> apply;
};

class SqliteLedgerDatabase final : public LedgerDatabase {
public:
    // The migrations that build the current schema from an empty file.
    static std::span<const Migration> migrations();
    static std::unique_ptr<SqliteLedgerDatabase> open(const LedgerLocation& location, OpenMode mode);
    // As open(), but migrates only up to `targetVersion` with the given
    // steps: how tests build a database of an older schema.
    static std::unique_ptr<SqliteLedgerDatabase> openWithMigrations(const LedgerLocation& location, OpenMode mode,
                                                                    std::span<const Migration> steps,
                                                                    int targetVersion);
    ~SqliteLedgerDatabase() override;

    const LedgerLocation& location() const override { return location_; }
    int schemaVersion() override;
    void setLockWait(std::chrono::milliseconds wait) override;
    bool inTransaction() override;
    void setAuditSession(AuditSession session) override;
    void compact() override;

    AccountRepository& accounts() override;
    DocumentRepository& documents() override;
    UserRepository& users() override;
    ContactLogRepository& contactLog() override;
    DiaryRepository& diary() override;
    PromiseRepository& promises() override;
    DisputeRepository& disputes() override;
    PaymentPlanRepository& paymentPlans() override;
    PaymentReturnRepository& paymentReturns() override;
    ReceivedPaymentsQuery& receivedPayments() override;
    ImportRunRepository& importRuns() override;
    ExchangeRateRepository& exchangeRates() override;
    SettingsRepository& settings() override;
    StrategyRepository& strategies() override;
    AccountActivityQuery& accountActivity() override;
    AccountBalanceQuery& accountBalances() override;
    CreditSalesQuery& creditSales() override;
    LedgerExportQuery& ledgerExport() override;
    OpenDocumentsQuery& openDocuments() override;
    OpenItemQuery& openItems() override;
    OpenItemTotalsQuery& openItemTotals() override;
    LedgerIntegrity& integrity() override;
    WorklistQuery& worklist() override;
    WriteOffRepository& writeOffs() override;
    AuditLogQuery& auditLog() override;
    CreditMemoRepository& creditMemos() override;
    EscalationRepository& escalations() override;

    sqlite::Connection& connection() { return connection_; }

    // Writes buffered on this connection until its transaction commits
    // (see PendingOpenItemTotals): flushed before COMMIT, dropped on
    // rollback.
    PendingOpenItemTotals& pendingTotals() { return *pendingTotals_; }
    void flushPendingWrites();

private:
    SqliteLedgerDatabase(LedgerLocation location, sqlite::Connection::Mode mode);
    void checkAndMigrate(std::span<const Migration> steps, int targetVersion);
    void configure();
    void beginTransaction() override;
    void commitTransaction() override;
    void rollbackTransaction() noexcept override;
    void pauseBulkAudit() override;
    void resumeBulkAudit() noexcept override;

    LedgerLocation location_;
    sqlite::Connection connection_;
    std::unique_ptr<PendingOpenItemTotals> pendingTotals_;
    std::unique_ptr<SqliteAuditTrail> auditTrail_;
    struct Parts;
    std::unique_ptr<Parts> parts_; // the repositories and queries, made on first use
};

// The SQLite connection under a ledger opened from a file: for tests that
// inspect or prepare the file with SQL. Throws if the ledger is not SQLite.
sqlite::Connection& sqliteConnection(LedgerDatabase& database);

} // namespace duedesk
