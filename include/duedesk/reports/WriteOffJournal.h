// The write-off journal: the approved write-offs not yet posted, a line
// per document, for the write-off administrator to book in the ERP. As CSV
// (for a spreadsheet: text that looks like a formula is neutralised) and
// as an Excel workbook (amounts as numbers in major units).
#pragma once

#include "duedesk/services/WriteOffService.h"

#include <string>
#include <vector>

namespace duedesk {

// The columns: write_off, account, account_name, document, amount,
// currency, reason, requester, requested_on, approver, approved_on.
std::string renderWriteOffJournalCsv(const std::vector<WriteOffJournalLine>& lines);
// Throws ExportError (AgingXlsx.h) when the workbook cannot be written.
void writeWriteOffJournalXlsx(const std::vector<WriteOffJournalLine>& lines, const std::string& path);

} // namespace duedesk
