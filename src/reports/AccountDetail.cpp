// Assembles the account view's data from the repositories.
#include "duedesk/reports/AccountDetail.h"

#include "duedesk/storage/AccountActivityQuery.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/ContactLogRepository.h"
#include "duedesk/storage/DocumentRepository.h"
#include "duedesk/storage/UserRepository.h"

#include <algorithm>
#include <tuple>

namespace duedesk {

AccountDetail loadAccountDetail(LedgerDatabase& database, AccountId id, Date asOf) {
    AccountRepository& accounts = database.accounts();
    auto account = accounts.findById(id);
    if (!account) throw StorageError("account " + std::to_string(id) + " does not exist");
    AccountDetail detail;
    detail.account = std::move(*account);
    if (detail.account.analystId)
        if (auto user = database.users().findById(*detail.account.analystId)) detail.analystName = user->name;
    detail.contacts = accounts.contacts(id);
    detail.addresses = accounts.addresses(id);
    const auto nameOf = [&](const std::optional<UserId>& user) {
        if (user && !detail.recordedByNames.contains(*user))
            if (auto found = database.users().findById(*user)) detail.recordedByNames[*user] = found->name;
    };
    detail.contactLog = database.contactLog().forAccount(id);
    for (const ContactLogEntry& e : detail.contactLog) nameOf(e.recordedBy);
    for (const Contact& c : detail.contacts) nameOf(c.recordedBy);
    for (const Address& a : detail.addresses) nameOf(a.recordedBy);

    std::vector<Document> documents = database.documents().forAccount(id);
    AccountActivityQuery& recorded = database.accountActivity();
    detail.activity = accountActivity(documents, recorded.movements(id), recorded.allocations(id), detail.contacts,
                                      detail.addresses, detail.contactLog);
    for (const ActivityEntry& e : detail.activity) nameOf(e.recordedBy);
    AgingOptions options;
    options.asOf = asOf;
    options.grouping = OpenItemGrouping::Currency;
    AgingCalculator aging(options);
    for (Document& d : documents) {
        if (d.openAmount.isZero()) {
            detail.closedItems.push_back(std::move(d));
            continue;
        }
        OpenItem item;
        item.groupKey = d.amount.currency().code();
        item.currency = d.amount.currency();
        item.type = d.type;
        item.documentDate = d.documentDate;
        item.dueDate = d.dueDate;
        item.openAmount = d.openAmount.minorUnits();
        aging.add(item);
        detail.balance.add(d.signedOpen());
        OpenItemLine line;
        line.daysPastDue = isDebit(d.type) && asOf > d.dueDate ? asOf - d.dueDate : 0;
        line.document = std::move(d);
        detail.openItems.push_back(std::move(line));
    }
    std::ranges::sort(detail.openItems, [](const OpenItemLine& a, const OpenItemLine& b) {
        return std::tuple(a.document.amount.currency(), a.document.dueDate, a.document.id) <
               std::tuple(b.document.amount.currency(), b.document.dueDate, b.document.id);
    });
    CurrencyTotals running;
    for (OpenItemLine& line : detail.openItems) {
        running.add(line.document.signedOpen());
        line.runningBalance = running.in(line.document.amount.currency());
    }
    std::ranges::sort(detail.closedItems, [](const Document& a, const Document& b) {
        return std::tie(b.documentDate, b.id) < std::tie(a.documentDate, a.id);
    });
    detail.aging = aging.finish().rows;
    return detail;
}

} // namespace duedesk
