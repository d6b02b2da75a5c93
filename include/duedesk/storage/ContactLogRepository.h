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

class ContactLogRepository final {
public:
    explicit ContactLogRepository(LedgerDatabase& database);
    std::int64_t add(const ContactLogEntry& entry);
    // Newest first (by contact date, then as recorded).
    std::vector<ContactLogEntry> forAccount(AccountId account);
    // Each account's latest entry on or before `asOf`, in no set order.
    void forEachLatest(Date asOf, const std::function<void(const LatestContact&)>& visit);

private:
    LedgerDatabase& database_;
    sqlite::Statement insert_; // prepared once: the demo adds hundreds of thousands
};

} // namespace duedesk
