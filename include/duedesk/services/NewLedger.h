// NewLedger: creating a ledger where there is none yet, as the
// workstation's first start does: with the demo portfolio, or empty with
// its first administrator. The file is complete or absent: on any failure
// the new file is removed again, and an existing file is never touched.
#pragma once

#include "duedesk/demo/DemoPortfolio.h"
#include "duedesk/domain/User.h"
#include "duedesk/storage/AuditSession.h"

#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace duedesk {

// The path already holds a file.
class LedgerExists final : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Creates the folders on the way. `audit` says whom the audit trail
// records the new ledger's first changes under. `progress` receives
// accounts done.
DemoSummary createDemoLedger(const std::string& path, const DemoOptions& options, const AuditSession& audit,
                             const std::function<void(std::int64_t done, std::int64_t total)>& progress = {});

// The administrator's name as UserDirectory accepts it; the password at
// least 8 characters (std::invalid_argument otherwise, before anything is
// created). The ledger starts with the default collection strategies and
// rules (DefaultStrategies.h). Returns the administrator as stored.
User createEmptyLedger(const std::string& path, User administrator, std::string_view password,
                       const AuditSession& audit);

} // namespace duedesk
