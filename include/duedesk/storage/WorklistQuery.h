// WorklistQuery: the facts the worklist ranks, for every account of one
// analyst, read with one query per table so that an analyst with 5,000
// accounts gets a worklist in milliseconds.
#pragma once

#include "duedesk/domain/WorklistFacts.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <vector>

namespace duedesk {

class WorklistQuery {
public:
    virtual ~WorklistQuery() = default;
    // The analyst's accounts (by number) not referred on `on`, each with its overdue invoices
    // by age on `on` less what disputes active that day withhold, its open diary entries (those due by `on` and the
    // earliest of all), the hold pausing it on `on` and its latest contact
    // on or before `on`. Promises, plans and strategy are left empty.
    virtual std::vector<WorklistAccountFacts> forAnalyst(UserId analyst, Date on) = 0;
    // Accounts the analyst worked on `on`: those with a contact they
    // logged that day.
    virtual int accountsWorked(UserId analyst, Date on) = 0;
};

} // namespace duedesk
