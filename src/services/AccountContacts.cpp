// Rules for changing addresses and contacts; the history itself is kept by
// AccountRepository, which never overwrites.
#include "duedesk/services/AccountContacts.h"

#include "duedesk/services/AccessPolicy.h"

#include "duedesk/domain/ContactRules.h"

#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/UnitOfWork.h"

#include <algorithm>

namespace duedesk {
namespace {

void require(bool ok, const std::string& message) {
    if (!ok) throw ContactRejected(message);
}

void refuseProblems(const std::vector<FieldProblem>& problems) {
    if (!problems.empty()) throw ContactRejected(problemsText(problems));
}

// The change must begin after the record it closes began: the closed one
// keeps at least its first day.
void checkEffective(Date currentFrom, Date effective, const std::string& what) {
    require(effective > currentFrom, "effective date: " + effective.toIso() + " is not after the current " + what +
                                         " began (" + currentFrom.toIso() + ")");
}

} // namespace

AccountContacts::AccountContacts(LedgerDatabase& database) : database_(database) {}

std::int64_t AccountContacts::changeAddress(Address address, Date effective, const Actor& by) {
    requirePermission(by, Permission::EditContacts);
    address.country = normalizedCountry(address.country);
    refuseProblems(addressProblems(address));
    UnitOfWork work(database_);
    AccountRepository& accounts = database_.accounts();
    require(accounts.findById(address.accountId).has_value(), "account: no such account");
    for (const Address& a : accounts.addresses(address.accountId))
        if (a.kind == address.kind && !a.validTo) checkEffective(a.validFrom, effective, a.kind + " address");
    address.recordedBy = by.user;
    address.recordedOn = by.on;
    const std::int64_t id = accounts.replaceAddress(address, effective);
    work.commit();
    return id;
}

std::int64_t AccountContacts::saveContact(Contact contact, std::optional<std::int64_t> replacing, Date effective,
                                          const Actor& by) {
    requirePermission(by, Permission::EditContacts);
    refuseProblems(contactProblems(contact));
    UnitOfWork work(database_);
    AccountRepository& accounts = database_.accounts();
    const std::vector<Contact> current = [&] {
        std::vector<Contact> all = accounts.contacts(contact.accountId);
        std::erase_if(all, [](const Contact& c) { return c.validTo.has_value(); });
        return all;
    }();
    if (replacing) {
        const auto old = std::ranges::find(current, *replacing, &Contact::id);
        require(old != current.end(), "contact: not a current contact of this account");
        checkEffective(old->validFrom, effective, "contact");
        accounts.endContact(*replacing, effective.addDays(-1), *by.user, by.on);
    }
    if (contact.primary) {
        for (const Contact& other : current) {
            if (!other.primary || (replacing && other.id == *replacing)) continue;
            checkEffective(other.validFrom, effective, "primary contact");
            accounts.endContact(other.id, effective.addDays(-1), *by.user, by.on);
            Contact demoted = other;
            demoted.primary = false;
            demoted.validFrom = effective;
            demoted.recordedBy = by.user;
            demoted.recordedOn = by.on;
            accounts.addContact(demoted);
        }
    }
    contact.validFrom = effective;
    contact.validTo.reset();
    contact.recordedBy = by.user;
    contact.recordedOn = by.on;
    const std::int64_t id = accounts.addContact(contact);
    work.commit();
    return id;
}

void AccountContacts::endContact(AccountId account, std::int64_t contactId, Date effective, const Actor& by) {
    requirePermission(by, Permission::EditContacts);
    UnitOfWork work(database_);
    AccountRepository& accounts = database_.accounts();
    std::vector<Contact> all = accounts.contacts(account);
    const auto it = std::ranges::find_if(all, [&](const Contact& c) { return c.id == contactId && !c.validTo; });
    require(it != all.end(), "contact: not a current contact of this account");
    checkEffective(it->validFrom, effective, "contact");
    accounts.endContact(contactId, effective.addDays(-1), *by.user, by.on);
    work.commit();
}

} // namespace duedesk
