// OpenItemQuery: the documents open on a date, with the open amount they
// had on that date, tagged with the group a report asks for. This is the
// single read path behind aging.
#pragma once

#include "duedesk/domain/Currency.h"
#include "duedesk/domain/Date.h"
#include "duedesk/domain/Document.h"
#include "duedesk/domain/OpenItemGrouping.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <functional>
#include <string_view>

namespace duedesk {

struct OpenItem {
    std::string_view groupKey; // analyst name, account number, currency or risk class
    std::string_view groupLabel; // what to show beside the key (account name); may be empty
    Currency currency;
    DocumentType type = DocumentType::Invoice;
    Date documentDate = Date::fromDayNumber(0);
    Date dueDate = Date::fromDayNumber(0);
    std::int64_t openAmount = 0; // positive magnitude on the as-of date
    // Which document (OpenItemQuery fills these; the totals have none).
    DocumentId documentId = 0;
    std::string_view documentNumber;
    std::string_view accountNumber;
};

class OpenItemQuery {
public:
    virtual ~OpenItemQuery() = default;
    // Calls `visit` for every document posted on or before `asOf` whose
    // open amount on `asOf` (now, less movements dated after it) is not
    // zero. Views in the item are valid only during the call.
    virtual void forEach(Date asOf, OpenItemGrouping grouping, const std::function<void(const OpenItem&)>& visit) = 0;
};

} // namespace duedesk
