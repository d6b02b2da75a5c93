// Reads an account's commitments, hold, open follow-ups and assignment
// history, with the names shown beside them.
#include "duedesk/reports/AccountDiary.h"

#include "duedesk/storage/DiaryRepository.h"
#include "duedesk/storage/SettingsRepository.h"
#include "duedesk/storage/UserRepository.h"

#include <algorithm>

namespace duedesk {

AccountDiary loadAccountDiary(LedgerDatabase& database, AccountId account, Date asOf) {
    AccountDiary d;
    d.commitments = loadCommitmentListing(database, account, readDiarySettings(database.settings()).commitments, asOf);
    DiaryRepository& diary = database.diary();
    // Newest first: the first that pauses the day is the one in force.
    for (const Hold& h : diary.holdsForAccount(account))
        if (h.pausesOn(asOf)) {
            d.hold = h;
            break;
        }
    for (DiaryEntry& e : diary.forAccount(account))
        if (e.isOpen()) d.followUps.push_back(std::move(e));
    d.assignments = diary.assignmentsForAccount(account);

    const auto nameOf = [&](const std::optional<UserId>& user) {
        if (user && !d.userNames.contains(*user))
            if (auto u = database.users().findById(*user)) d.userNames[*user] = u->name;
    };
    if (d.hold) nameOf(d.hold->placedBy);
    for (const DiaryEntry& e : d.followUps) nameOf(e.ownerId);
    for (const AssignmentChange& c : d.assignments) {
        nameOf(c.fromId);
        nameOf(c.toId);
        nameOf(c.changedBy);
    }
    return d;
}

} // namespace duedesk
