// Transaction scope: begun on construction, rolled back unless committed.
#include "duedesk/storage/UnitOfWork.h"

namespace duedesk {

UnitOfWork::UnitOfWork(LedgerDatabase& database) : database_(database) { database_.beginTransaction(); }

UnitOfWork::~UnitOfWork() {
    if (open_) database_.rollbackTransaction();
}

void UnitOfWork::commit() {
    database_.commitTransaction();
    open_ = false;
}

void UnitOfWork::rollback() {
    if (!open_) return;
    open_ = false;
    database_.rollbackTransaction();
}

} // namespace duedesk
