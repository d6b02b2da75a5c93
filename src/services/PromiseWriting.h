// PromiseWriting: checking a promise against the ledger and writing it,
// inside the caller's transaction. Private to the services: a promise is
// taken on its own (PromiseService) or with the contact that took it
// (ContactLogService), and both must refuse exactly the same things.
#pragma once

#include "duedesk/domain/Actor.h"
#include "duedesk/domain/Promise.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <cstdint>

namespace duedesk {

// The caller has checked Permission::TakePromises and holds a
// UnitOfWork. Throws CommitmentRejected naming the field. Returns the
// promise's id.
std::int64_t writePromise(LedgerDatabase& database, Promise promise, const Actor& by);

} // namespace duedesk
