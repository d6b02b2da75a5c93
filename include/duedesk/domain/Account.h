// Account: a customer the team collects from, with its contacts and
// addresses. Contacts and addresses keep their history: a change closes
// the old record (valid_to) and opens a new one, it never overwrites.
#pragma once

#include "duedesk/domain/Date.h"
#include "duedesk/domain/Money.h"
#include "duedesk/domain/User.h"

#include <optional>
#include <string>
#include <string_view>

namespace duedesk {

using AccountId = std::int64_t;

enum class AccountStatus { Active, OnHold, Closed };
std::string_view accountStatusName(AccountStatus status); // "active", "on_hold", "closed"
std::optional<AccountStatus> accountStatusFromName(std::string_view name);

struct Account {
    AccountId id = 0;
    std::string number; // the ERP's customer number, unique
    std::string name;
    int paymentTermsDays = 30;
    std::optional<Money> creditLimit;
    std::string riskClass; // "A" (low) .. "D" (high); empty when unrated
    std::optional<UserId> analystId;
    AccountStatus status = AccountStatus::Active;
    // A segment the collection strategies can tell apart ("key account",
    // "public sector"); empty when none is set.
    std::string customerType;
};

// The kinds of address an account keeps. Address::kind holds the stored
// name, so that an address read from a newer ledger is kept as it is.
enum class AddressKind { Billing, Delivery, Registered };
std::string_view addressKindName(AddressKind kind); // "billing", "delivery", "registered"
std::optional<AddressKind> addressKindFromName(std::string_view name);
// "billing, delivery, registered": for messages that list what is allowed.
std::string addressKindList();

struct Address {
    std::int64_t id = 0;
    AccountId accountId = 0;
    std::string kind = "billing"; // billing, delivery, registered
    std::string line1, line2, city, region, postcode, country;
    Date validFrom = Date::fromDayNumber(0);
    std::optional<Date> validTo; // empty while current
    // Who entered it and when; empty for imported and demo records.
    std::optional<UserId> recordedBy;
    std::optional<Date> recordedOn;
};

struct Contact {
    std::int64_t id = 0;
    AccountId accountId = 0;
    std::string name, jobTitle, phone, email;
    bool primary = false;
    Date validFrom = Date::fromDayNumber(0);
    std::optional<Date> validTo; // empty while current
    std::optional<UserId> recordedBy;
    std::optional<Date> recordedOn;
};

} // namespace duedesk
