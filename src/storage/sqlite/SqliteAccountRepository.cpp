// SQL for accounts, addresses and contacts.
#include "storage/sqlite/SqliteAccountRepository.h"

namespace duedesk {
namespace {

constexpr const char* kAccountColumns =
    "SELECT id, number, name, payment_terms_days, credit_limit, credit_limit_currency, risk_class, analyst_id, "
    "status, customer_type FROM accounts ";

Account readAccount(sqlite::Statement& s) {
    Account a;
    a.id = s.int64(0);
    a.number = s.string(1);
    a.name = s.string(2);
    a.paymentTermsDays = s.int32(3);
    if (!s.isNull(4)) {
        if (auto currency = Currency::fromCode(s.text(5))) a.creditLimit = Money(s.int64(4), *currency);
    }
    a.riskClass = s.string(6);
    a.analystId = s.optionalInt64(7);
    a.status = accountStatusFromName(s.text(8)).value_or(AccountStatus::Active);
    a.customerType = s.string(9);
    return a;
}

std::optional<std::int64_t> dayOrNull(const std::optional<Date>& d) {
    if (!d) return std::nullopt;
    return d->dayNumber();
}

} // namespace

SqliteAccountRepository::SqliteAccountRepository(SqliteLedgerDatabase& database)
    : database_(database),
      insert_(database.connection(),
              "INSERT INTO accounts (number, name, payment_terms_days, credit_limit, credit_limit_currency, "
              "risk_class, analyst_id, status, customer_type) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
      findByNumber_(database.connection(), std::string(kAccountColumns) + "WHERE number = ?"),
      insertAddress_(database.connection(),
                     "INSERT INTO addresses (account_id, kind, line1, line2, city, region, postcode, country, "
                     "valid_from, valid_to, recorded_by, recorded_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
      insertContact_(database.connection(),
                     "INSERT INTO contacts (account_id, name, job_title, phone, email, is_primary, valid_from, "
                     "valid_to, recorded_by, recorded_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") {}

AccountId SqliteAccountRepository::add(const Account& a) {
    insert_.bind(1, a.number).bind(2, a.name).bind(3, a.paymentTermsDays);
    if (a.creditLimit) {
        insert_.bind(4, a.creditLimit->minorUnits()).bind(5, a.creditLimit->currency().code());
    } else {
        insert_.bindNull(4).bindNull(5);
    }
    insert_.bind(6, a.riskClass).bind(7, a.analystId).bind(8, accountStatusName(a.status));
    insert_.bind(9, a.customerType).run();
    return database_.connection().lastInsertId();
}

std::optional<Account> SqliteAccountRepository::findByNumber(std::string_view number) {
    findByNumber_.bind(1, number);
    std::optional<Account> found;
    if (findByNumber_.step()) found = readAccount(findByNumber_);
    findByNumber_.reset();
    return found;
}

std::optional<Account> SqliteAccountRepository::findById(AccountId id) {
    sqlite::Statement s(database_.connection(), std::string(kAccountColumns) + "WHERE id = ?");
    s.bind(1, id);
    if (!s.step()) return std::nullopt;
    return readAccount(s);
}

std::int64_t SqliteAccountRepository::count() {
    return database_.connection().queryInt("SELECT count(*) FROM accounts");
}

void SqliteAccountRepository::rename(AccountId id, std::string_view name) {
    sqlite::Statement s(database_.connection(), "UPDATE accounts SET name = ? WHERE id = ?");
    s.bind(1, name).bind(2, id).run();
}

void SqliteAccountRepository::assignAnalyst(AccountId id, std::optional<UserId> analyst) {
    sqlite::Statement s(database_.connection(), "UPDATE accounts SET analyst_id = ? WHERE id = ?");
    s.bind(1, analyst).bind(2, id).run();
}

std::int64_t SqliteAccountRepository::addAddress(const Address& a) {
    insertAddress_.bind(1, a.accountId).bind(2, a.kind).bind(3, a.line1).bind(4, a.line2).bind(5, a.city);
    insertAddress_.bind(6, a.region).bind(7, a.postcode).bind(8, a.country).bind(9, a.validFrom.dayNumber());
    insertAddress_.bind(10, dayOrNull(a.validTo)).bind(11, a.recordedBy).bind(12, dayOrNull(a.recordedOn));
    insertAddress_.run();
    return database_.connection().lastInsertId();
}

std::int64_t SqliteAccountRepository::replaceAddress(const Address& address, Date effective) {
    sqlite::Statement close(database_.connection(),
                            "UPDATE addresses SET valid_to = ? WHERE account_id = ? AND kind = ? AND valid_to IS NULL");
    close.bind(1, effective.addDays(-1).dayNumber()).bind(2, address.accountId).bind(3, address.kind).run();
    Address current = address;
    current.validFrom = effective;
    current.validTo.reset();
    return addAddress(current);
}

std::vector<Address> SqliteAccountRepository::addresses(AccountId id) {
    sqlite::Statement s(
        database_.connection(),
        "SELECT id, account_id, kind, line1, line2, city, region, postcode, country, valid_from, "
        "valid_to, recorded_by, recorded_on FROM addresses WHERE account_id = ? ORDER BY valid_from DESC, id DESC");
    s.bind(1, id);
    std::vector<Address> out;
    while (s.step()) {
        Address a;
        a.id = s.int64(0);
        a.accountId = s.int64(1);
        a.kind = s.string(2);
        a.line1 = s.string(3);
        a.line2 = s.string(4);
        a.city = s.string(5);
        a.region = s.string(6);
        a.postcode = s.string(7);
        a.country = s.string(8);
        a.validFrom = Date::fromDayNumber(s.int32(9));
        if (!s.isNull(10)) a.validTo = Date::fromDayNumber(s.int32(10));
        a.recordedBy = s.optionalInt64(11);
        if (!s.isNull(12)) a.recordedOn = Date::fromDayNumber(s.int32(12));
        out.push_back(std::move(a));
    }
    return out;
}

std::int64_t SqliteAccountRepository::addContact(const Contact& c) {
    insertContact_.bind(1, c.accountId).bind(2, c.name).bind(3, c.jobTitle).bind(4, c.phone).bind(5, c.email);
    insertContact_.bind(6, c.primary ? 1 : 0).bind(7, c.validFrom.dayNumber()).bind(8, dayOrNull(c.validTo));
    insertContact_.bind(9, c.recordedBy).bind(10, dayOrNull(c.recordedOn));
    insertContact_.run();
    return database_.connection().lastInsertId();
}

void SqliteAccountRepository::endContact(std::int64_t contactId, Date validTo, UserId endedBy, Date endedOn) {
    sqlite::Statement s(
        database_.connection(),
        "UPDATE contacts SET valid_to = ?, ended_by = ?, ended_on = ? WHERE id = ? AND valid_to IS NULL");
    s.bind(1, validTo.dayNumber()).bind(2, endedBy).bind(3, endedOn.dayNumber()).bind(4, contactId).run();
}

std::vector<Contact> SqliteAccountRepository::contacts(AccountId id) {
    sqlite::Statement s(database_.connection(),
                        "SELECT id, account_id, name, job_title, phone, email, is_primary, valid_from, valid_to, "
                        "recorded_by, recorded_on FROM contacts WHERE account_id = ? "
                        "ORDER BY valid_to IS NOT NULL, is_primary DESC, valid_from DESC, id");
    s.bind(1, id);
    std::vector<Contact> out;
    while (s.step()) {
        Contact c;
        c.id = s.int64(0);
        c.accountId = s.int64(1);
        c.name = s.string(2);
        c.jobTitle = s.string(3);
        c.phone = s.string(4);
        c.email = s.string(5);
        c.primary = s.int64(6) != 0;
        c.validFrom = Date::fromDayNumber(s.int32(7));
        if (!s.isNull(8)) c.validTo = Date::fromDayNumber(s.int32(8));
        c.recordedBy = s.optionalInt64(9);
        if (!s.isNull(10)) c.recordedOn = Date::fromDayNumber(s.int32(10));
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace duedesk
