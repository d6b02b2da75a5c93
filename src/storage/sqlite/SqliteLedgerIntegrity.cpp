// SQL for the integrity checks.
#include "storage/sqlite/SqliteLedgerIntegrity.h"

namespace duedesk {

std::vector<std::string> SqliteLedgerIntegrity::storeProblems() {
    std::vector<std::string> problems;
    sqlite::Statement integrity(database_.connection(), "PRAGMA integrity_check");
    while (integrity.step())
        if (integrity.text(0) != "ok") problems.push_back(integrity.string(0));
    sqlite::Statement keys(database_.connection(), "PRAGMA foreign_key_check");
    while (keys.step())
        problems.push_back("row " + std::to_string(keys.int64(1)) + " of " + keys.string(0) +
                           " refers to a missing row of " + keys.string(2));
    return problems;
}

LedgerCounts SqliteLedgerIntegrity::counts() {
    LedgerCounts c;
    c.documents = database_.connection().queryInt("SELECT count(*) FROM documents");
    c.openItems = database_.connection().queryInt("SELECT count(*) FROM documents WHERE open_amount <> 0");
    return c;
}

} // namespace duedesk
