// LedgerList: the ledger as analysts work it, one row per account: balance
// and overdue amount in the account's main currency, oldest days past due,
// credit limit and its use. LedgerFilter says which rows a view shows.
#pragma once

#include "duedesk/domain/Account.h"
#include "duedesk/domain/Currency.h"
#include "duedesk/domain/Date.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <optional>
#include <string>
#include <vector>

namespace duedesk {

struct LedgerRow {
    AccountId id = 0;
    std::string number;
    std::string name;
    std::string analyst; // empty: unassigned
    std::string riskClass;
    AccountStatus status = AccountStatus::Active;
    // The account's main currency: its credit limit's, else the one with
    // open items first by code. Balance and overdue are in it.
    Currency currency;
    std::int64_t balance = 0;
    std::int64_t overdue = 0;
    int oldestDaysPastDue = 0; // of any open invoice, in any currency; 0 when none is past due
    std::optional<std::int64_t> creditLimit; // in `currency`
    // Balance as a percentage of the limit, rounded down; none without a limit.
    std::optional<int> creditUsePercent;
    int otherCurrencies = 0; // open items in this many further currencies
    std::optional<Date> lastContact; // the latest contact logged on or before the as-of date
    std::optional<Date> nextFollowUp; // the follow-up date of that latest contact
};

// Whether the account's next follow-up has come: on or before `asOf`.
bool isFollowUpDue(const LedgerRow& row, Date asOf);

// Every account as of a date, ordered by account number.
std::vector<LedgerRow> loadLedgerList(LedgerDatabase& database, Date asOf);

struct LedgerFilter {
    std::string text; // in the number or the name, ignoring case; empty: any
    std::optional<std::string> analyst; // a user name, "" for unassigned; none: everyone
    std::optional<std::string> riskClass; // none: any
    std::optional<std::int64_t> overdueAboveMajor; // overdue strictly above this many whole units of the row's currency
    bool overCreditLimitOnly = false; // balance above the credit limit
    std::optional<Date> followUpDueBy; // only accounts whose next follow-up falls on or before this day

    bool accepts(const LedgerRow& row) const;
};

} // namespace duedesk
