// Worklist: an analyst's accounts to work on a day, ranked by a priority
// score, each with the reasons for its place ("broken promise 12 Nov;
// £18,400 over 60 days; high risk"). docs/worklist.md states the rules.
#pragma once

#include "duedesk/domain/DiarySettings.h"
#include "duedesk/domain/Escalation.h"
#include "duedesk/domain/ExchangeRateTable.h"
#include "duedesk/domain/WorklistFacts.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <span>
#include <string>
#include <vector>

namespace duedesk {

struct WorkItem {
    AccountId account = 0;
    std::string number;
    std::string name;
    int score = 0;
    std::vector<std::string> reasons; // most important first
    DiaryAction action = DiaryAction::Call; // what to do now
    std::optional<std::int64_t> diaryEntryId; // the follow-up it works, if one is due
    std::optional<Date> followUpDue; // that follow-up's date
    int missedCommitments = 0; // broken promises and missed instalments not yet followed up
    std::optional<Date> dueSince; // the earliest due date among its reasons
    std::optional<StrategyStep> step; // the strategy step due, if any
    std::optional<StrategyId> strategyId; // that step's strategy
    // Overdue balance in the reporting currency (or its own currency when
    // there is no rate), for the list's amount column.
    Money overdue = Money::zero(Currency());
    int daysPastDue = 0; // of the oldest overdue invoice
    // A request for management attention this team leader is to answer
    // (the earliest, when there are several on the account).
    std::optional<AttentionId> attention;
};

struct Worklist {
    Date on = Date::fromDayNumber(0);
    std::vector<WorkItem> items; // highest score first
    int held = 0; // overdue accounts left out: on hold
    // Left out: a plan being kept, a promise pending or the whole overdue
    // balance disputed, nothing else due.
    int suspended = 0;
    int scheduled = 0; // left out: the next step is on a later day (or contacted too recently)
};

// Ranks one account on `on`; nothing when it has nothing due that day.
std::optional<WorkItem> rankAccount(const WorklistAccountFacts& facts, Date on, const DiarySettings& settings,
                                    const ExchangeRateTable& rates);
// Ranks every account; ties go to the larger overdue balance, then the
// account number.
Worklist rankWorklist(std::span<const WorklistAccountFacts> accounts, Date on, const DiarySettings& settings,
                      const ExchangeRateTable& rates);

// Adds the requests for management attention open on the worklist's day
// to a team leader's worklist: the first reason of the item its account
// already has, or an item of its own (to review, its overdue shown as
// zero in `reporting`), worth more than a broken promise; then ranks
// again by score, keeping the order of equal scores.
void addAttentionItems(Worklist& worklist, std::span<const AttentionRequest> requests, const Currency& reporting);

// The analyst's worklist on `on`, from the ledger: its facts, the team's
// diary settings and the exchange rates in force; with the requests for
// management attention addressed to them, for a team leader.
Worklist loadWorklist(LedgerDatabase& database, UserId analyst, Date on);

// "My day": what is due, what was worked, what is left.
struct DaySummary {
    int due = 0; // items on the worklist now
    int worked = 0; // accounts the analyst logged a contact with on the day
    int overdueFollowUps = 0; // items whose follow-up date has passed
    int missedCommitments = 0; // items with a broken promise or missed instalment
};
DaySummary summarize(const Worklist& worklist, int worked);

} // namespace duedesk
