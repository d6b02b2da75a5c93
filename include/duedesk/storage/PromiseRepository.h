// PromiseRepository: promises to pay and the invoices they cover. A
// promise is never changed or deleted; it is withdrawn (recorded in error
// or replaced), and its state is worked out from payments, not stored.
#pragma once

#include "duedesk/domain/Promise.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <optional>
#include <vector>

namespace duedesk {

class PromiseRepository {
public:
    virtual ~PromiseRepository() = default;
    // Writes the promise and its documents; returns its id.
    virtual std::int64_t add(const Promise& promise) = 0;
    virtual std::optional<Promise> findById(std::int64_t id) = 0;
    // By the day promised, then id; withdrawn ones too.
    virtual std::vector<Promise> forAccount(AccountId account) = 0;
    // Every promise of the accounts the analyst holds now, withdrawn ones
    // too, by account, then the day promised, then id: one read for a
    // whole worklist.
    virtual std::vector<Promise> forAnalyst(UserId analyst) = 0;
    // Marks it withdrawn on `on` by `by`. Throws StorageError when there
    // is no such promise or it was already withdrawn.
    virtual void withdraw(std::int64_t id, Date on, std::optional<UserId> by) = 0;
};

} // namespace duedesk
