// ImportRunRepository: the audit record of each import that changed the
// ledger (file, profile, effective date, what it did, who ran it).
#pragma once

#include "duedesk/domain/Date.h"
#include "duedesk/domain/ImportCounts.h"
#include "duedesk/domain/User.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <optional>
#include <string>

namespace duedesk {

struct ImportRunRecord {
    std::string fileName;
    std::string profile;
    Date effectiveOn = Date::fromDayNumber(0);
    bool snapshot = false;
    std::optional<UserId> user;
};

class ImportRunRepository {
public:
    virtual ~ImportRunRepository() = default;
    virtual std::int64_t begin(const ImportRunRecord& run) = 0;
    virtual void finish(std::int64_t runId, const ImportCounts& counts) = 0;
    virtual std::int64_t count() = 0;
};

} // namespace duedesk
