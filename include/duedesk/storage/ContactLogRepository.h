// ContactLogRepository: the contact log's SQL. Entries are only ever added.
#pragma once

#include "duedesk/domain/ContactLog.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <functional>
#include <vector>

namespace duedesk {

struct LatestContact {
    AccountId account = 0;
    Date contactedOn = Date::fromDayNumber(0);
    std::optional<Date> followUpOn; // of that latest entry
};

class ContactLogRepository {
public:
    virtual ~ContactLogRepository() = default;
    virtual std::int64_t add(const ContactLogEntry& entry) = 0;
    // Newest first (by contact date, then as recorded).
    virtual std::vector<ContactLogEntry> forAccount(AccountId account) = 0;
    // Each account's latest entry on or before `asOf`, in no set order.
    virtual void forEachLatest(Date asOf, const std::function<void(const LatestContact&)>& visit) = 0;
};

} // namespace duedesk
