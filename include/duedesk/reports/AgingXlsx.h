// The aging table as an Excel workbook (libxlsxwriter): a title, the
// headings, one row per group and the per-currency totals in bold. Amounts
// are numbers in major units with the currency's decimals, so they add up
// in a spreadsheet; a spreadsheet number is a double, exact for amounts up
// to 2^53 minor units (90 trillion pounds).
#pragma once

#include "duedesk/reports/AgingReport.h"

#include <stdexcept>
#include <string>

namespace duedesk {

class ExportError final : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Throws ExportError (naming the file and libxlsxwriter's reason) when the
// workbook cannot be written.
void writeAgingXlsx(const AgingTable& table, const std::string& path);

} // namespace duedesk
