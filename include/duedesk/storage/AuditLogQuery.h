// AuditLogQuery: reads the audit trail, in the order it was written. The
// records are written by the storage layer itself, as rows change (see
// domain/AuditRecord.h); nothing above it writes them.
#pragma once

#include "duedesk/domain/AuditRecord.h"
#include "duedesk/domain/Date.h"

#include <cstdint>
#include <functional>

namespace duedesk {

class AuditLogQuery {
public:
    virtual ~AuditLogQuery() = default;
    // Every record in id order, as stored (nothing checked); stops early
    // when `visit` returns false.
    virtual void forEach(const std::function<bool(const AuditRecord&)>& visit) = 0;
    // The records written on the UTC days from `from` to `to`, both
    // included, in id order.
    virtual void forEachBetween(Date from, Date to, const std::function<void(const AuditRecord&)>& visit) = 0;
    virtual std::int64_t count() = 0;
};

} // namespace duedesk
