// Rules for changing addresses and contacts; the history itself is kept by
// AccountRepository, which never overwrites.
#include "duedesk/services/AccountContacts.h"

#include "duedesk/services/AccessPolicy.h"

#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/UnitOfWork.h"

#include <algorithm>

namespace duedesk {
namespace {

bool blank(const std::string& s) {
    return std::ranges::all_of(s, [](char c) { return c == ' ' || c == '\t'; });
}

void require(bool ok, const std::string& message) {
    if (!ok) throw ContactRejected(message);
}

void checkAddress(const Address& a) {
    require(addressKindFromName(a.kind).has_value(), "kind: \"" + a.kind + "\" is not one of " + addressKindList());
    require(!blank(a.line1), "line 1: is required");
    require(!blank(a.city), "city: is required");
    require(a.country.size() == 2 && std::ranges::all_of(a.country, [](char c) { return c >= 'A' && c <= 'Z'; }),
            "country: \"" + a.country + "\" is not a two-letter ISO 3166 country code (GB, DE, US ...)");
}

void checkContact(const Contact& c) {
    require(!blank(c.name), "name: is required");
    require(!blank(c.phone) || !blank(c.email), "phone or e-mail: one of them is required");
    if (!blank(c.email)) {
        const auto at = c.email.find('@');
        require(at != std::string::npos && at > 0 && c.email.find('.', at) != std::string::npos &&
                    c.email.find(' ') == std::string::npos,
                "e-mail: \"" + c.email + "\" is not an e-mail address");
    }
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
    checkAddress(address);
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
    checkContact(contact);
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
