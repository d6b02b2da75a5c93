// DiaryService: the diary worked by hand: follow-ups added and marked done
// without a contact (a review done, a letter sent by the ERP), and holds
// that pause an account's chasing until a day. Logged contacts move the
// diary on through ContactLogService; reassignment through
// AccountAssignment.
//
// Every change is one transaction, recorded under the person who makes it
// on their day (Actor::on), and needs Permission::LogContacts. A refusal
// (DiaryRejected, every problem in one message) writes nothing.
//
// One hold at a time: a hold placed while another pauses the account
// takes over from it, and the old one is released that day, so a hold is
// extended or shortened by placing a new one and the history keeps both.
#pragma once

#include "duedesk/services/ChangeRefused.h"

#include "duedesk/domain/Actor.h"
#include "duedesk/domain/Diary.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace duedesk {

// What is wrong with a diary change: "A hold lasts at most 90 days: ...".
class DiaryRejected final : public ChangeRefused {
public:
    using ChangeRefused::ChangeRefused;
};

struct PlacedHold {
    std::int64_t id = 0;
    // The hold it took over from (released on the same day), if any.
    std::optional<std::int64_t> replacedId;
};

class DiaryService final {
public:
    explicit DiaryService(LedgerDatabase& database);

    // A follow-up added by hand (diaryEntryProblems: due within
    // followUpDates). Its owner is entry.ownerId when set (an active
    // analyst or team leader), else the account's analyst, else the one who
    // adds it. The id, done fields and contact are ignored: it is new and
    // open. Returns its id.
    std::int64_t addEntry(DiaryEntry entry, const Actor& by);
    // Marks one open entry done on by.on without a contact.
    void completeEntry(std::int64_t id, const Actor& by);
    std::vector<DiaryEntry> entries(AccountId account); // open first, soonest due first

    // Pauses chasing from by.on until `until` (holdProblems: a reason, after
    // today, at most kLongestHoldDays ahead); the reason is stored trimmed.
    PlacedHold placeHold(AccountId account, Date until, std::string reason, const Actor& by);
    // Ends a hold early: chasing resumes on by.on.
    void releaseHold(std::int64_t id, const Actor& by);
    // The hold that pauses the account's chasing on `day`, if one does.
    std::optional<Hold> activeHold(AccountId account, Date day);
    std::vector<Hold> holds(AccountId account); // newest first

private:
    LedgerDatabase& database_;
};

} // namespace duedesk
