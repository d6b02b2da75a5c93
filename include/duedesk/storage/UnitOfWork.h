// UnitOfWork: one transaction around a change that spans rows. It rolls
// back unless commit() is reached, so an exception or a cancelled
// operation leaves the database exactly as it was.
#pragma once

#include "duedesk/storage/LedgerDatabase.h"

namespace duedesk {

class UnitOfWork final {
public:
    explicit UnitOfWork(LedgerDatabase& database);
    ~UnitOfWork();
    UnitOfWork(const UnitOfWork&) = delete;
    UnitOfWork& operator=(const UnitOfWork&) = delete;

    void commit();
    // Ends the transaction without keeping anything (used by dry runs).
    void rollback();
    LedgerDatabase& database() { return database_; }

private:
    LedgerDatabase& database_;
    bool open_ = true;
};

} // namespace duedesk
