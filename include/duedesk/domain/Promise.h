// Promises to pay and payment plans: what a customer agreed to pay and
// when. Their state is never stored; it follows from the payments that
// arrived (see CommitmentRules).
#pragma once

#include "duedesk/domain/Account.h"
#include "duedesk/domain/Date.h"
#include "duedesk/domain/Document.h"
#include "duedesk/domain/Money.h"
#include "duedesk/domain/User.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace duedesk {

struct Promise {
    std::int64_t id = 0;
    AccountId accountId = 0;
    Money amount = Money::zero(Currency());
    Date promisedFor = Date::fromDayNumber(0); // the day the money is to arrive
    Date takenOn = Date::fromDayNumber(0);
    std::optional<UserId> takenBy;
    std::optional<std::int64_t> contactLogId; // the contact it was taken in
    std::vector<DocumentId> documents; // the invoices it covers; may be empty
    std::string note;
    std::optional<Date> withdrawnOn; // recorded in error or replaced
    std::optional<UserId> withdrawnBy;
};

struct Instalment {
    int seq = 1; // 1, 2, ... in date order
    Date dueOn = Date::fromDayNumber(0);
    Money amount = Money::zero(Currency());
};

struct PaymentPlan {
    std::int64_t id = 0;
    AccountId accountId = 0;
    Currency currency;
    Date agreedOn = Date::fromDayNumber(0);
    std::optional<UserId> agreedBy;
    std::optional<std::int64_t> contactLogId;
    std::vector<Instalment> instalments; // in date order
    std::vector<DocumentId> documents; // the invoices it settles
    std::string note;
    std::optional<Date> cancelledOn;
    std::optional<UserId> cancelledBy;
};

// A payment received on an account, as the commitments count it. A
// payment the bank returned stops counting from the day it was returned.
struct ReceivedPayment {
    DocumentId document = 0;
    Date receivedOn = Date::fromDayNumber(0); // the payment document's date
    Money amount = Money::zero(Currency());
    std::optional<Date> returnedOn;
};

// The record that the bank returned a payment, and why.
struct PaymentReturn {
    std::int64_t id = 0;
    DocumentId document = 0;
    Date returnedOn = Date::fromDayNumber(0);
    std::string reason; // "cheque bounced", "direct debit recalled"
    std::optional<UserId> recordedBy;
    Date recordedOn = Date::fromDayNumber(0);
};

} // namespace duedesk
