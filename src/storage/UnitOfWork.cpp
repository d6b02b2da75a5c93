// Transaction scope: BEGIN IMMEDIATE on construction so a writer learns of
// a competing writer at once, ROLLBACK unless committed.
#include "duedesk/storage/UnitOfWork.h"

namespace duedesk {

UnitOfWork::UnitOfWork(LedgerDatabase& database) : database_(database) {
    database_.connection().exec("BEGIN IMMEDIATE");
}

UnitOfWork::~UnitOfWork() {
    if (open_) {
        database_.discardPendingWrites();
        try {
            database_.connection().exec("ROLLBACK");
        } catch (...) {
            // A rollback failing in a destructor has nowhere to go; SQLite
            // rolls the transaction back itself when the connection closes.
        }
    }
}

void UnitOfWork::commit() {
    database_.flushPendingWrites();
    database_.connection().exec("COMMIT");
    open_ = false;
}

void UnitOfWork::rollback() {
    if (!open_) return;
    open_ = false;
    database_.discardPendingWrites();
    database_.connection().exec("ROLLBACK");
}

} // namespace duedesk
