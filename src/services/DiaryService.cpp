// The diary's rules for follow-ups added by hand and for holds.
#include "duedesk/services/DiaryService.h"

#include "domain/TrimBlanks.h"

#include "duedesk/domain/DiaryRules.h"
#include "duedesk/services/AccessPolicy.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/DiaryRepository.h"
#include "duedesk/storage/UnitOfWork.h"
#include "duedesk/storage/UserRepository.h"

namespace duedesk {
namespace {
[[noreturn]] void refuse(const std::string& message) { throw DiaryRejected(message); }
} // namespace

DiaryService::DiaryService(LedgerDatabase& database) : database_(database) {}

std::int64_t DiaryService::addEntry(DiaryEntry entry, const Actor& by) {
    requirePermission(by, Permission::LogContacts);
    UnitOfWork work(database_);
    const auto account = database_.accounts().findById(entry.accountId);
    if (!account) refuse("account: no such account");
    if (const auto problems = diaryEntryProblems(entry, by.on); !problems.empty()) refuse(problemsText(problems));
    if (entry.ownerId) {
        const auto owner = database_.users().findById(*entry.ownerId);
        if (!owner) refuse("owner: no such user");
        if (const auto problem = accountOwnerProblem(*owner)) refuse("owner: " + *problem);
    } else {
        entry.ownerId = account->analystId ? account->analystId : by.user;
    }
    entry.fromContactId.reset();
    entry.createdBy = by.user;
    entry.createdOn = by.on;
    entry.doneOn.reset();
    entry.doneBy.reset();
    entry.doneByContactId.reset();
    const std::int64_t id = database_.diary().add(entry);
    work.commit();
    return id;
}

void DiaryService::completeEntry(std::int64_t id, const Actor& by) {
    requirePermission(by, Permission::LogContacts);
    UnitOfWork work(database_);
    const auto entry = database_.diary().findById(id);
    if (!entry) refuse("diary: no entry " + std::to_string(id));
    if (!entry->isOpen())
        refuse("diary entry " + std::to_string(id) + " was already done on " + entry->doneOn->toIso());
    database_.diary().complete(id, by.on, by.user);
    work.commit();
}

std::vector<DiaryEntry> DiaryService::entries(AccountId account) { return database_.diary().forAccount(account); }

PlacedHold DiaryService::placeHold(AccountId account, Date until, std::string reason, const Actor& by) {
    requirePermission(by, Permission::LogContacts);
    UnitOfWork work(database_);
    if (!database_.accounts().findById(account)) refuse("account: no such account");
    Hold hold;
    hold.accountId = account;
    hold.placedOn = by.on;
    hold.untilOn = until;
    hold.reason = std::string(trimBlanks(reason));
    hold.placedBy = by.user;
    if (const auto problems = holdProblems(hold, by.on); !problems.empty()) refuse(problemsText(problems));
    PlacedHold placed;
    DiaryRepository& diary = database_.diary();
    // Released today, the old hold pauses up to yesterday; the new one
    // from today: no day is paused twice or missed.
    if (const auto current = activeHold(account, by.on)) {
        diary.releaseHold(current->id, by.on, by.user);
        placed.replacedId = current->id;
    }
    placed.id = diary.addHold(hold);
    work.commit();
    return placed;
}

void DiaryService::releaseHold(std::int64_t id, const Actor& by) {
    requirePermission(by, Permission::LogContacts);
    UnitOfWork work(database_);
    const auto hold = database_.diary().findHold(id);
    if (!hold) refuse("hold: no hold " + std::to_string(id));
    if (hold->releasedOn)
        refuse("hold " + std::to_string(id) + " was already released on " + hold->releasedOn->toIso());
    if (hold->untilOn <= by.on) refuse("hold " + std::to_string(id) + " already ended on " + hold->untilOn.toIso());
    database_.diary().releaseHold(id, by.on, by.user);
    work.commit();
}

std::optional<Hold> DiaryService::activeHold(AccountId account, Date day) {
    // Newest first: of overlapping holds (one placed on a later day that
    // ended its predecessor), the newest decides.
    for (const Hold& h : database_.diary().holdsForAccount(account))
        if (h.pausesOn(day)) return h;
    return std::nullopt;
}

std::vector<Hold> DiaryService::holds(AccountId account) { return database_.diary().holdsForAccount(account); }

} // namespace duedesk
