// LedgerExport: writes the whole ledger as a generic-profile CSV, which the
// importer reads back to the same ledger (analysts must exist as users).
#pragma once

#include "duedesk/storage/LedgerDatabase.h"

#include <functional>
#include <string>

namespace duedesk {

struct ExportSummary {
    std::int64_t documents = 0;
};

// Throws ImportFileError when the file cannot be written. `progress`
// receives documents written and the total.
ExportSummary exportGenericCsv(LedgerDatabase& database, const std::string& path,
                               const std::function<void(std::int64_t, std::int64_t)>& progress = {});

} // namespace duedesk
