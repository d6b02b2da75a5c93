// LedgerConnector: the one place a front end gets its connections from.
// It knows where the ledger is and hands each thread a connection of its
// own (a connection is used by one thread at a time); the workstation's
// session and the command line's context each own one, and no view or
// command opens a file by itself.
#pragma once

#include "duedesk/storage/LedgerDatabase.h"
#include "duedesk/storage/LedgerLocation.h"

#include <chrono>
#include <memory>

namespace duedesk {

class LedgerConnector final {
public:
    explicit LedgerConnector(LedgerLocation location) : location_(std::move(location)) {}

    const LedgerLocation& location() const { return location_; }
    // Every connection made from here on records its changes in the audit
    // trail under this session.
    void setAuditSession(AuditSession session) { audit_ = std::move(session); }

    // A new connection to the existing ledger, for reading or for a change
    // that may wait up to `lockWait` for another writer (an import) before
    // failing with LedgerBusy. Safe to call from any thread.
    std::unique_ptr<LedgerDatabase> connect(std::chrono::milliseconds lockWait = kDefaultLockWait) const {
        auto database = LedgerDatabase::open(location_, LedgerDatabase::OpenMode::ExistingOnly);
        if (lockWait != kDefaultLockWait) database->setLockWait(lockWait);
        database->setAuditSession(audit_);
        return database;
    }

    static constexpr std::chrono::milliseconds kDefaultLockWait{5000};

private:
    LedgerLocation location_;
    AuditSession audit_;
};

} // namespace duedesk
