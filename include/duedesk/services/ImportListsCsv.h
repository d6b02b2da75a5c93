// The import check's lists as CSV, to save or to copy: its problems by line
// and the changes of documents it would make. Written for a spreadsheet
// (text that would run as a formula is neutralised; amounts stay numbers);
// with a tab as the separator they paste into one as columns.
#pragma once

#include "duedesk/importing/ImportProblem.h"
#include "duedesk/services/ImportService.h"

#include <string>
#include <vector>

namespace duedesk {

// line,column,problem
std::string importProblemsCsv(const std::vector<ImportProblem>& problems, char separator = ',');
// line,account,type,document,currency,old_open,new_open,change
std::string documentChangesCsv(const std::vector<DocumentChange>& changes, char separator = ',');

} // namespace duedesk
