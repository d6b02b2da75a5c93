// ReceivedPaymentsQuery: the payments an account received (its documents
// of type payment), each with the day the bank returned it, if it did:
// what promises and plan instalments are judged by.
#pragma once

#include "duedesk/domain/Promise.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <vector>

namespace duedesk {

struct AccountPayment {
    AccountId account = 0;
    ReceivedPayment payment;
};

class ReceivedPaymentsQuery {
public:
    virtual ~ReceivedPaymentsQuery() = default;
    // Every payment of the account, oldest first (by date, then id).
    virtual std::vector<ReceivedPayment> forAccount(AccountId account) = 0;
    // For the accounts the analyst holds now that have a promise or a
    // payment plan: their payments received on or after the day the first
    // of them was made (earlier ones never count), by account, then date,
    // then id. One read for a whole worklist.
    virtual std::vector<AccountPayment> forCommitmentsOfAnalyst(UserId analyst) = 0;
};

} // namespace duedesk
