// The rules for diary entries added by hand, holds and accounts' owners.
#include "duedesk/domain/DiaryRules.h"

#include "domain/TrimBlanks.h"

#include "duedesk/domain/DateLimits.h"

namespace duedesk {

std::vector<FieldProblem> diaryEntryProblems(const DiaryEntry& entry, Date today) {
    std::vector<FieldProblem> problems;
    if (const auto outside = dateRangeProblem(entry.dueOn, followUpDates(today), "follow-up"))
        problems.push_back({"dueOn", *outside + "."});
    return problems;
}

std::vector<FieldProblem> holdProblems(const Hold& hold, Date today) {
    std::vector<FieldProblem> problems;
    if (trimBlanks(hold.reason).empty())
        problems.push_back({"reason", "A reason is required: why does chasing pause (customer on holiday, "
                                      "awaiting remittance, query with sales)?"});
    const DateRange ends = holdEndDates(today);
    if (hold.untilOn < ends.earliest)
        problems.push_back({"untilOn", "A hold ends after the day it is placed: " + hold.untilOn.toIso() +
                                           " is not after " + today.toIso() + "."});
    else if (hold.untilOn > ends.latest)
        problems.push_back({"untilOn", "A hold lasts at most " + std::to_string(kLongestHoldDays) + " days: " +
                                           hold.untilOn.toIso() + " is after " + ends.latest.toIso() + "."});
    return problems;
}

std::optional<std::string> accountOwnerProblem(const User& user) {
    const std::string who = user.name + " (" + std::string(roleName(user.role)) + ")";
    if (user.role != Role::Analyst && user.role != Role::TeamLeader)
        return who + " does not collect accounts: choose an active analyst or team leader";
    if (!user.active) return who + " is inactive: choose an active analyst or team leader";
    return std::nullopt;
}

} // namespace duedesk
