// LedgerDatabase: one open connection to a ledger, whatever it is stored
// in. It hands out the repositories and queries that run on that
// connection and owns its transactions (through UnitOfWork). Nothing here
// names the backend: the SQLite implementation lives under
// src/storage/sqlite, and a server backend would be a second one.
//
// A connection belongs to one thread at a time; background work opens a
// connection of its own (see LedgerConnector).
#pragma once

#include "duedesk/storage/AuditSession.h"
#include "duedesk/storage/LedgerLocation.h"
#include "duedesk/storage/StorageError.h"

#include <chrono>
#include <memory>

namespace duedesk {

class AccountRepository;
class DocumentRepository;
class UserRepository;
class ContactLogRepository;
class DiaryRepository;
class PromiseRepository;
class DisputeRepository;
class PaymentPlanRepository;
class PaymentReturnRepository;
class ReceivedPaymentsQuery;
class ImportRunRepository;
class AccountActivityQuery;
class AccountBalanceQuery;
class CreditSalesQuery;
class ExchangeRateRepository;
class SettingsRepository;
class StrategyRepository;
class LedgerExportQuery;
class OpenDocumentsQuery;
class OpenItemQuery;
class OpenItemTotalsQuery;
class LedgerIntegrity;
class WorklistQuery;
class WriteOffRepository;
class AuditLogQuery;
class CreditMemoRepository;
class EscalationRepository;

class LedgerDatabase {
public:
    enum class OpenMode { CreateIfMissing, ExistingOnly };

    // The schema version this build writes: the newest migration's (the
    // versions may have gaps between branches of development).
    static int currentSchemaVersion();

    // Opens the ledger at `location`, creating it if allowed. Throws
    // SchemaRefused (nothing written) for a foreign or newer ledger, and
    // StorageError when it cannot be opened or its kind is not supported.
    static std::unique_ptr<LedgerDatabase> open(const LedgerLocation& location,
                                                OpenMode mode = OpenMode::CreateIfMissing);

    virtual ~LedgerDatabase() = default;
    LedgerDatabase(const LedgerDatabase&) = delete;
    LedgerDatabase& operator=(const LedgerDatabase&) = delete;

    virtual const LedgerLocation& location() const = 0;
    const std::string& path() const { return location().text(); }
    virtual int schemaVersion() = 0;
    // How long a change waits for another connection's change (an import)
    // to finish before it fails with LedgerBusy. Five seconds by default.
    virtual void setLockWait(std::chrono::milliseconds wait) = 0;
    virtual bool inTransaction() = 0;
    // Whom this connection's changes are recorded under in the audit
    // trail, and the clock that stamps them (set by the front end).
    virtual void setAuditSession(AuditSession session) = 0;
    // Rewrites the store so that each table's rows lie together (SQLite's
    // VACUUM), outside any transaction: after a load that wrote tables
    // interleaved.
    virtual void compact() = 0;

    // The repositories and queries on this connection. Each is made once,
    // on first use, and lives as long as the connection.
    virtual AccountRepository& accounts() = 0;
    virtual DocumentRepository& documents() = 0;
    virtual UserRepository& users() = 0;
    virtual ContactLogRepository& contactLog() = 0;
    virtual DiaryRepository& diary() = 0;
    virtual PromiseRepository& promises() = 0;
    virtual DisputeRepository& disputes() = 0;
    virtual PaymentPlanRepository& paymentPlans() = 0;
    virtual PaymentReturnRepository& paymentReturns() = 0;
    virtual ReceivedPaymentsQuery& receivedPayments() = 0;
    virtual ImportRunRepository& importRuns() = 0;
    virtual ExchangeRateRepository& exchangeRates() = 0;
    virtual SettingsRepository& settings() = 0;
    virtual StrategyRepository& strategies() = 0;
    virtual AccountActivityQuery& accountActivity() = 0;
    virtual AccountBalanceQuery& accountBalances() = 0;
    virtual CreditSalesQuery& creditSales() = 0;
    virtual LedgerExportQuery& ledgerExport() = 0;
    virtual OpenDocumentsQuery& openDocuments() = 0;
    virtual OpenItemQuery& openItems() = 0;
    virtual OpenItemTotalsQuery& openItemTotals() = 0;
    virtual LedgerIntegrity& integrity() = 0;
    virtual WorklistQuery& worklist() = 0;
    virtual WriteOffRepository& writeOffs() = 0;
    virtual AuditLogQuery& auditLog() = 0;
    virtual CreditMemoRepository& creditMemos() = 0;
    virtual EscalationRepository& escalations() = 0;

protected:
    LedgerDatabase() = default;

private:
    // Transactions are begun and ended only by UnitOfWork, so every change
    // that spans rows has one owner that rolls it back unless committed.
    friend class UnitOfWork;
    friend class BulkLoad;
    virtual void beginTransaction() = 0;
    virtual void commitTransaction() = 0;
    virtual void rollbackTransaction() noexcept = 0;
    virtual void pauseBulkAudit() = 0;
    virtual void resumeBulkAudit() noexcept = 0;
};

} // namespace duedesk
