// Write-off requests with the names a window shows beside them.
#include "duedesk/reports/WriteOffListing.h"

#include "duedesk/services/AccessPolicy.h"
#include "duedesk/services/WriteOffService.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/UserRepository.h"
#include "duedesk/storage/WriteOffRepository.h"

#include <algorithm>
#include <map>

namespace duedesk {

WriteOffListing loadWriteOffListing(LedgerDatabase& database, const WriteOffListingFilter& filter,
                                    const Actor& viewer) {
    std::map<UserId, std::string> users;
    for (const User& u : database.users().all()) users[u.id] = u.fullName.empty() ? u.name : u.fullName;
    const auto userName = [&](const std::optional<UserId>& id) {
        const auto it = id ? users.find(*id) : users.end();
        return it == users.end() ? std::string() : it->second;
    };
    const bool approves = allows(viewer, Permission::ApproveWriteOffs);
    WriteOffService service(database);
    WriteOffListing listing;
    if (viewer.user)
        if (const auto limit = database.writeOffs().limitOf(*viewer.user)) listing.viewerLimit = limit->amount;
    for (WriteOff& w : database.writeOffs().list(filter.state)) {
        if (filter.account && w.accountId != *filter.account) continue;
        WriteOffListingRow row;
        if (const auto account = database.accounts().findById(w.accountId)) {
            row.accountNumber = account->number;
            row.accountName = account->name;
        }
        row.requester = userName(w.requestedBy);
        row.decidedBy = userName(w.decidedBy);
        for (const WriteOffItem& i : w.items) {
            const auto same =
                std::ranges::find_if(row.totals, [&](const Money& m) { return m.currency() == i.amount.currency(); });
            if (same == row.totals.end())
                row.totals.push_back(i.amount);
            else
                *same += i.amount;
        }
        if (approves && w.state == WriteOffState::Requested) row.approvalProblem = service.approvalProblem(w, viewer);
        row.writeOff = std::move(w);
        listing.rows.push_back(std::move(row));
    }
    return listing;
}

} // namespace duedesk
