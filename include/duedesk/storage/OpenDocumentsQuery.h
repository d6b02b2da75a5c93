// OpenDocumentsQuery: the open documents (invoices and the credits not yet
// allocated) of one account, of an analyst's accounts or of the whole
// ledger, with today's open amounts: what cash application matches, and
// what an allocation can take.
#pragma once

#include "duedesk/domain/Account.h"
#include "duedesk/domain/Date.h"
#include "duedesk/domain/Document.h"
#include "duedesk/domain/User.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <optional>
#include <string>
#include <vector>

namespace duedesk {

// Whose documents: one account, else one analyst's accounts, else all.
struct OpenDocumentsScope {
    std::optional<AccountId> account;
    std::optional<UserId> analyst;
};

struct OpenDocument {
    Document document;
    std::string accountNumber;
    std::string accountName;
};

class OpenDocumentsQuery {
public:
    virtual ~OpenDocumentsQuery() = default;
    // The documents of the scope posted on or before `postedBy` whose open
    // amount now is not zero, by account number, then document date and id.
    virtual std::vector<OpenDocument> forScope(const OpenDocumentsScope& scope, Date postedBy) = 0;
};

} // namespace duedesk
