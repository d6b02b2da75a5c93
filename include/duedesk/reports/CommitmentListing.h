// CommitmentListing: one account's promises and payment plans on a day,
// with the names a reader needs beside them (the invoices' numbers, who
// took or agreed each), for the command line and the account view.
#pragma once

#include "duedesk/domain/Account.h"
#include "duedesk/reports/CommitmentsOnDay.h"

#include <map>
#include <string>

namespace duedesk {

struct CommitmentListing {
    Account account;
    Date asOf = Date::fromDayNumber(0);
    CommitmentTerms terms;
    AccountCommitmentsOnDay commitments;
    std::map<DocumentId, std::string> documentNumbers; // of every invoice covered
    std::map<UserId, std::string> userNames; // sign-in names of who took, agreed, withdrew or cancelled
};

// Throws StorageError when there is no such account.
CommitmentListing loadCommitmentListing(LedgerDatabase& database, AccountId account, const CommitmentTerms& terms,
                                        Date asOf);

} // namespace duedesk
