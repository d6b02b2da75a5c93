// Rules for recording a contact.
#include "duedesk/services/ContactLogService.h"

#include "duedesk/services/AccessPolicy.h"

#include "duedesk/domain/ContactRules.h"

#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/ContactLogRepository.h"
#include "duedesk/storage/UnitOfWork.h"

#include <algorithm>

namespace duedesk {

ContactLogService::ContactLogService(LedgerDatabase& database) : database_(database) {}

std::int64_t ContactLogService::logContact(ContactLogEntry entry, const Actor& by) {
    requirePermission(by, Permission::LogContacts);
    const auto refuse = [](const std::string& message) { throw ContactRejected(message); };
    if (const auto problems = contactLogProblems(entry, by.on); !problems.empty()) refuse(problemsText(problems));
    UnitOfWork work(database_);
    AccountRepository& accounts = database_.accounts();
    if (!accounts.findById(entry.accountId)) refuse("account: no such account");
    if (entry.contactId) {
        const auto contacts = accounts.contacts(entry.accountId);
        if (std::ranges::find(contacts, *entry.contactId, &Contact::id) == contacts.end())
            refuse("contact: not a contact of this account");
    }
    entry.recordedBy = *by.user; // LogContacts is allowed only to a person
    entry.recordedOn = by.on;
    const std::int64_t id = database_.contactLog().add(entry);
    work.commit();
    return id;
}

} // namespace duedesk
