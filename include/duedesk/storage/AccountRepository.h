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

class AccountRepository final {
public:
    explicit AccountRepository(LedgerDatabase& database);

    AccountId add(const Account& account);
    std::optional<Account> findByNumber(std::string_view number);
    std::optional<Account> findById(AccountId id);
    std::int64_t count();
    void rename(AccountId id, std::string_view name);
    void assignAnalyst(AccountId id, std::optional<UserId> analyst);

    std::int64_t addAddress(const Address& address);
    // Closes the current address of the same kind on `effective` (the day
    // before the new one is valid) and adds `address` valid from then.
    std::int64_t replaceAddress(const Address& address, Date effective);
    // All addresses, current and past, newest first.
    std::vector<Address> addresses(AccountId id);

    std::int64_t addContact(const Contact& contact);
    // Marks a current contact as no longer valid after `validTo`, ended by
    // a user on a day.
    void endContact(std::int64_t contactId, Date validTo, UserId endedBy, Date endedOn);
    // Current contacts first (primary first), then past ones, newest first.
    std::vector<Contact> contacts(AccountId id);

private:
    LedgerDatabase& database_;
    sqlite::Statement insert_;
    sqlite::Statement findByNumber_;
    sqlite::Statement insertAddress_;
    sqlite::Statement insertContact_;
};

} // namespace duedesk
