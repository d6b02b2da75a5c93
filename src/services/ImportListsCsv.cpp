// The import check's lists as CSV.
#include "duedesk/services/ImportListsCsv.h"

#include "duedesk/reports/CsvWriter.h"

namespace duedesk {

std::string importProblemsCsv(const std::vector<ImportProblem>& problems, char separator) {
    std::string out;
    CsvWriter csv(out, CsvReader::Spreadsheet, separator);
    csv.field("line").field("column").field("problem").endRow();
    for (const ImportProblem& p : problems) csv.number(std::to_string(p.line)).field(p.column).field(p.reason).endRow();
    return out;
}

std::string documentChangesCsv(const std::vector<DocumentChange>& changes, char separator) {
    std::string out;
    CsvWriter csv(out, CsvReader::Spreadsheet, separator);
    csv.field("line").field("account").field("type").field("document").field("currency");
    csv.field("old_open").field("new_open").field("change").endRow();
    for (const DocumentChange& c : changes) {
        // A closed document is on no line of the file.
        if (c.line)
            csv.number(std::to_string(c.line));
        else
            csv.field("");
        csv.field(c.account).field(documentTypeName(c.type)).field(c.document).field(c.newOpen.currency().code());
        if (c.oldOpen)
            csv.number(c.oldOpen->toDecimalString());
        else
            csv.field("");
        csv.number(c.newOpen.toDecimalString()).field(documentChangeKindName(c.kind)).endRow();
    }
    return out;
}

} // namespace duedesk
