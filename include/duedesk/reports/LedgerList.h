// LedgerList: the ledger as analysts work it, one row per account and
// currency it owes in: balance, unapplied cash, overdue and net overdue,
// oldest days past due, credit limit and its use, each in the row's own
// currency, and the amounts converted into the team's reporting currency
// for ranking, filtering and totals. LedgerFilter says which rows a view
// shows.
//
// A row per currency, not one account row that expands: every amount on a
// row is then in one currency and can be read, sorted and totalled without
// opening anything, and nothing an account owes is hidden behind a click.
#pragma once

#include "duedesk/domain/Account.h"
#include "duedesk/domain/Currency.h"
#include "duedesk/domain/Date.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <optional>
#include <string>
#include <vector>

namespace duedesk {

// An amount of a row in the reporting currency; empty without a rate.
using Converted = std::optional<std::int64_t>;

struct LedgerRow {
    AccountId id = 0;
    std::string number;
    std::string name;
    std::string analyst; // empty: unassigned
    std::string riskClass;
    AccountStatus status = AccountStatus::Active;
    Currency currency; // every amount below is in it
    std::int64_t balance = 0; // open invoices less unapplied cash
    std::int64_t overdue = 0; // open invoices past due
    std::int64_t unapplied = 0; // open payments, credit notes and adjustments (positive)
    // Overdue less the cash the customer has already sent, not below zero:
    // what is really late. Every ranking uses it.
    std::int64_t netOverdue = 0;
    // Open invoices under a dispute active on the day (no more than is open
    // on each): withheld from chasing, shown apart.
    std::int64_t disputed = 0;
    int oldestDaysPastDue = 0; // of an open invoice in this currency; 0 when none is past due
    std::optional<std::int64_t> creditLimit; // on the row in the limit's currency
    // Balance as a percentage of the limit, rounded down; none without a limit.
    std::optional<int> creditUsePercent;
    int currencyCount = 1; // currencies the account has rows in
    // In the reporting currency (LedgerListing::reportingCurrency).
    Converted balanceConverted, overdueConverted, unappliedConverted, netOverdueConverted, creditLimitConverted,
        disputedConverted;
    std::optional<Date> lastContact; // the latest contact logged on or before the as-of date
    std::optional<Date> nextFollowUp; // the soonest follow-up open in the diary
};

struct LedgerListing {
    std::vector<LedgerRow> rows; // by account number, then currency
    // What amounts are converted into: the team's setting, or when none is
    // set the currency most accounts owe in.
    Currency reportingCurrency;
    bool reportingCurrencyIsSet = false;
    std::vector<Currency> currenciesWithoutRate; // that rows are in
};

// Whether the account's next follow-up has come: on or before `asOf`.
bool isFollowUpDue(const LedgerRow& row, Date asOf);

// Every account as of a date, a row per currency it owes in (an account
// that owes nothing has one row, in its credit limit's currency; an account
// with a limit has a row in its currency even when it owes only in others).
LedgerListing loadLedgerList(LedgerDatabase& database, Date asOf);

struct LedgerFilter {
    std::string text; // in the number or the name, ignoring case; empty: any
    std::optional<std::string> analyst; // a user name, "" for unassigned; none: everyone
    std::optional<std::string> riskClass; // none: any
    // Net overdue strictly above this, in minor units of the reporting
    // currency. A row without a rate cannot be compared and is kept: the
    // filter never hides what it cannot judge.
    std::optional<std::int64_t> netOverdueAbove;
    bool overCreditLimitOnly = false; // balance above the credit limit
    std::optional<Date> followUpDueBy; // only accounts whose next follow-up falls on or before this day

    bool accepts(const LedgerRow& row) const;
};

} // namespace duedesk
