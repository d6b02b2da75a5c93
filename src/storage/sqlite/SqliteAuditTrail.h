// SqliteAuditTrail: the audit trail's writer on one SQLite connection.
//
// It installs, for each business table, TEMP triggers that append a record
// to audit_log for every inserted, updated or deleted row, hashed into the
// chain in the same statement. TEMP triggers belong to the connection, so
// every change this program makes is recorded whichever repository makes
// it, and no trigger is stored in the file for other tools to trip on.
//
// Derived tables (the kept open-item totals, the ledger state) are not
// business data and are left out. During a bulk load (an import, the demo)
// the rows an import run stands for are left out too (see BulkLoad).
#pragma once

#include "duedesk/storage/AuditSession.h"

#include <string>
#include <vector>

namespace duedesk::sqlite {
class Connection;
}

namespace duedesk {

class SqliteAuditTrail final {
public:
    // Registers the SQL functions the triggers call; installs nothing yet.
    explicit SqliteAuditTrail(sqlite::Connection& connection);
    ~SqliteAuditTrail();
    SqliteAuditTrail(const SqliteAuditTrail&) = delete;
    SqliteAuditTrail& operator=(const SqliteAuditTrail&) = delete;

    // When the ledger has an audit log (schema 12 on), installs the triggers
    // before this connection's first write: a connection that only reads
    // (most of them: every list and report) never pays for them.
    void arm();
    // Installs them now if armed and not yet done. Called before a
    // transaction begins, so the triggers are not part of it (a rollback
    // would take them away again).
    void ensureInstalled();
    void setSession(AuditSession session) { session_ = std::move(session); }
    // Stops and restarts the row-by-row records of the bulk-loaded tables.
    void pauseBulkTables();
    void resumeBulkTables();

    // For the SQL functions. The time is read once per transaction, so
    // every record of one change carries the same time, and a record's
    // stored time is the one it was hashed with even where SQLite evaluates
    // the call twice.
    const std::string& transactionTime();
    void forgetTransactionTime() { timeValid_ = false; }
    const std::string& actor() const { return session_.actor; }

private:
    struct Table {
        std::string name;
        std::string triggers; // CREATE TEMP TRIGGER ... for insert, update and delete
    };
    void install();
    bool armed_ = false;
    bool installed_ = false;
    std::vector<Table> tables_;
    sqlite::Connection& connection_;
    AuditSession session_;
    std::string time_;
    bool timeValid_ = false;
};

} // namespace duedesk
