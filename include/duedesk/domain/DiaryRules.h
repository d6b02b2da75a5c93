// What makes a diary entry added by hand, a hold and the owner of an
// account's diary acceptable, as lists of problems each naming its field
// (as ContactRules does for the contact log). DiaryService refuses a change
// that has any; the workstation's dialogs show them before anything is
// written.
#pragma once

#include "duedesk/domain/ContactRules.h"
#include "duedesk/domain/Diary.h"
#include "duedesk/domain/User.h"

#include <optional>
#include <string>
#include <vector>

namespace duedesk {

// A follow-up within followUpDates(today) ("dueOn"). A past day is allowed:
// the entry is then already due.
std::vector<FieldProblem> diaryEntryProblems(const DiaryEntry& entry, Date today);

// A reason that is not blank ("reason") and an end within
// holdEndDates(today) ("untilOn"). The hold starts on `today`.
std::vector<FieldProblem> holdProblems(const Hold& hold, Date today);

// Who may own accounts and their diaries: an active analyst or team
// leader. Anyone else's worklist nobody works. The problem names the user:
// "zwright (analyst) is inactive: choose an active analyst or team leader".
std::optional<std::string> accountOwnerProblem(const User& user);

} // namespace duedesk
