// SqliteAccountRepository: the SQLite implementation of AccountRepository.
#pragma once

#include "duedesk/storage/AccountRepository.h"
#include "storage/sqlite/Sqlite.h"
#include "storage/sqlite/SqliteLedgerDatabase.h"

#include <optional>

namespace duedesk {

class SqliteAccountRepository final : public AccountRepository {
public:
    explicit SqliteAccountRepository(SqliteLedgerDatabase& database);
    AccountId add(const Account& account) override;
    std::optional<Account> findByNumber(std::string_view number) override;
    std::optional<Account> findById(AccountId id) override;
    std::int64_t count() override;
    void rename(AccountId id, std::string_view name) override;
    void assignAnalyst(AccountId id, std::optional<UserId> analyst) override;
    std::vector<AccountId> assignedTo(UserId analyst) override;
    std::int64_t addAddress(const Address& address) override;
    std::int64_t replaceAddress(const Address& address, Date effective) override;
    std::vector<Address> addresses(AccountId id) override;
    std::int64_t addContact(const Contact& contact) override;
    void endContact(std::int64_t contactId, Date validTo, UserId endedBy, Date endedOn) override;
    std::vector<Contact> contacts(AccountId id) override;

private:
    SqliteLedgerDatabase& database_;
    sqlite::Statement insert_;
    sqlite::Statement findByNumber_;
    sqlite::Statement insertAddress_;
    sqlite::Statement insertContact_;
};

} // namespace duedesk
