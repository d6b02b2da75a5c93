// AccountDetail: everything the account view shows about one customer on a
// date: the account, its contacts and addresses (with history), its open
// items with a running balance per currency, its closed items, its aging
// and its whole history (activity) and contact log.
#pragma once

#include "duedesk/domain/Account.h"
#include "duedesk/domain/ContactLog.h"
#include "duedesk/domain/CurrencyTotals.h"
#include "duedesk/domain/Document.h"
#include "duedesk/reports/AccountActivity.h"
#include "duedesk/reports/AgingReport.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace duedesk {

struct OpenItemLine {
    Document document;
    int daysPastDue = 0; // 0 when not yet due (or not an invoice)
    Money runningBalance = Money::zero(Currency()); // of the account in this currency, items in due-date order
};

struct AccountDetail {
    Account account;
    std::string analystName;
    std::vector<Contact> contacts;
    std::vector<Address> addresses; // newest first; the current one has no validTo
    std::map<UserId, std::string> recordedByNames; // the user names of who recorded them
    std::vector<OpenItemLine> openItems; // by currency, then due date
    std::vector<Document> closedItems; // newest first
    CurrencyTotals balance;
    std::vector<AgingRow> aging; // one row per currency, standard buckets
    std::vector<ActivityEntry> activity; // oldest first, see AccountActivity.h
    std::vector<ContactLogEntry> contactLog; // newest first
};

// Throws StorageError when the account does not exist.
AccountDetail loadAccountDetail(LedgerDatabase& database, AccountId account, Date asOf);

} // namespace duedesk
