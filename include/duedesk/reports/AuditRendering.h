// The audit trail's records for auditors, as CSV (for a spreadsheet) and
// as JSON (for a program). Every field is written exactly as stored, the
// before and after rows as JSON text, so the hashes can be checked again
// from the file alone (docs/audit.md).
#pragma once

#include "duedesk/domain/AuditRecord.h"

#include <string>
#include <vector>

namespace duedesk {

std::string renderAuditCsv(const std::vector<AuditRecord>& records);
std::string renderAuditJson(const std::vector<AuditRecord>& records);

} // namespace duedesk
