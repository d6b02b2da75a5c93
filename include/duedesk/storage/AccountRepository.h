// AccountRepository: customers, their addresses and contacts. Addresses
// and contacts are never overwritten: a replacement closes the current
// record on a date and adds the new one.
#pragma once

#include "duedesk/domain/Account.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <optional>
#include <string_view>
#include <vector>

namespace duedesk {

class AccountRepository {
public:
    virtual ~AccountRepository() = default;
    virtual AccountId add(const Account& account) = 0;
    virtual std::optional<Account> findByNumber(std::string_view number) = 0;
    virtual std::optional<Account> findById(AccountId id) = 0;
    virtual std::int64_t count() = 0;
    virtual void rename(AccountId id, std::string_view name) = 0;
    virtual void assignAnalyst(AccountId id, std::optional<UserId> analyst) = 0;
    // The accounts `analyst` collects, by number.
    virtual std::vector<AccountId> assignedTo(UserId analyst) = 0;
    virtual std::int64_t addAddress(const Address& address) = 0;
    // Closes the current address of the same kind on `effective` (the day
    // before the new one is valid) and adds `address` valid from then.
    virtual std::int64_t replaceAddress(const Address& address, Date effective) = 0;
    // All addresses, current and past, newest first.
    virtual std::vector<Address> addresses(AccountId id) = 0;
    virtual std::int64_t addContact(const Contact& contact) = 0;
    // Marks a current contact as no longer valid after `validTo`, ended by
    // a user on a day.
    virtual void endContact(std::int64_t contactId, Date validTo, UserId endedBy, Date endedOn) = 0;
    // Current contacts first (primary first), then past ones, newest first.
    virtual std::vector<Contact> contacts(AccountId id) = 0;
};

} // namespace duedesk
