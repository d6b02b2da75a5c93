// Gathering the diary pages' data from the core's worklist.
#include "app/diary/DiaryLoads.h"

#include "duedesk/domain/DiaryRules.h"
#include "duedesk/reports/LedgerList.h"
#include "duedesk/services/AccountAssignment.h"
#include "duedesk/services/UserDirectory.h"
#include "duedesk/storage/WorklistQuery.h"

#include <algorithm>
#include <map>

namespace duedesk::app {

DiaryDay loadDiaryDay(LedgerDatabase& database, UserId analyst, Date on) {
    DiaryDay day;
    day.worklist = loadWorklist(database, analyst, on);
    day.summary = summarize(day.worklist, database.worklist().accountsWorked(analyst, on));
    return day;
}

std::vector<User> queueOwners(LedgerDatabase& database) {
    std::vector<User> owners;
    for (User& u : UserDirectory(database).all())
        if (!accountOwnerProblem(u)) owners.push_back(std::move(u));
    std::ranges::sort(owners, {}, &User::name);
    return owners;
}

TeamQueues loadTeamQueues(LedgerDatabase& database, Date on, const std::function<void(int)>& progress) {
    const auto report = [&](int done) {
        if (progress) progress(done);
    };
    TeamQueues team;
    const std::vector<User> owners = queueOwners(database);
    // The overdue totals come from the ledger list, which converts them as
    // the ledger view does.
    const LedgerListing listing = loadLedgerList(database, on);
    team.reportingCurrency = listing.reportingCurrency;
    std::map<std::string, AnalystQueue> byName;
    for (const LedgerRow& row : listing.rows) {
        if (row.analyst.empty() || row.overdue <= 0) continue;
        AnalystQueue& q = byName[row.analyst];
        if (row.overdueConverted)
            q.overdueConverted += *row.overdueConverted;
        else
            q.overdueWithoutRate.add(row.currency, row.overdue);
    }
    report(1);
    AccountAssignment assignment(database);
    int done = 1;
    for (const User& owner : owners) {
        AnalystQueue q = std::move(byName[owner.name]);
        q.analyst = owner;
        q.accounts = assignment.accountsOf(owner.id);
        // A team leader is listed when they collect accounts themselves.
        if (owner.role != Role::Analyst && q.accounts.empty()) {
            report(++done);
            continue;
        }
        q.day = loadDiaryDay(database, owner.id, on).summary;
        team.analysts.push_back(std::move(q));
        report(++done);
    }
    return team;
}

} // namespace duedesk::app
