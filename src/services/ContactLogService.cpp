// Rules for recording a contact, and the diary it moves on.
#include "duedesk/services/ContactLogService.h"

#include "services/PromiseWriting.h"

#include "duedesk/services/AccessPolicy.h"

#include "duedesk/domain/ContactRules.h"

#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/ContactLogRepository.h"
#include "duedesk/storage/DiaryRepository.h"
#include "duedesk/storage/DocumentRepository.h"
#include "duedesk/storage/StrategyRepository.h"
#include "duedesk/storage/UnitOfWork.h"

#include <algorithm>
#include <utility>

namespace duedesk {

ContactLogService::ContactLogService(LedgerDatabase& database) : database_(database) {}

bool ContactLogService::followUpRequired(AccountId account, Date today) {
    return database_.documents().hasOverdueInvoice(account, today);
}

std::int64_t ContactLogService::logContact(ContactLogEntry entry, const Actor& by, const NextStep& next) {
    requirePermission(by, Permission::LogContacts);
    UnitOfWork work(database_);
    const std::int64_t id = write(std::move(entry), by, next);
    work.commit();
    return id;
}

std::int64_t ContactLogService::logContact(ContactLogEntry entry, const Actor& by, const NextStep& next,
                                           Promise promise) {
    requirePermission(by, Permission::LogContacts);
    requirePermission(by, Permission::TakePromises);
    if (entry.outcome != ContactOutcome::PromiseToPay)
        throw ContactRejected("outcome: only a contact with the outcome Promise to pay takes a promise");
    if (promise.accountId != entry.accountId)
        throw ContactRejected("promise: the promise is for another account than the contact");
    UnitOfWork work(database_);
    const std::int64_t id = write(std::move(entry), by, next);
    promise.contactLogId = id;
    writePromise(database_, std::move(promise), by);
    work.commit();
    return id;
}

std::int64_t ContactLogService::write(ContactLogEntry entry, const Actor& by, const NextStep& next) {
    const auto refuse = [](const std::string& message) { throw ContactRejected(message); };
    AccountRepository& accounts = database_.accounts();
    const auto account = accounts.findById(entry.accountId);
    if (!account) refuse("account: no such account");
    if (const auto problems = contactLogProblems(entry, by.on, followUpRequired(entry.accountId, by.on));
        !problems.empty())
        refuse(problemsText(problems));
    if (entry.contactId) {
        const auto contacts = accounts.contacts(entry.accountId);
        if (std::ranges::find(contacts, *entry.contactId, &Contact::id) == contacts.end())
            refuse("contact: not a contact of this account");
    }
    const auto logged = database_.contactLog().forAccount(entry.accountId);
    if (entry.correctsId && std::ranges::find(logged, *entry.correctsId, &ContactLogEntry::id) == logged.end())
        refuse("corrects: entry " + std::to_string(*entry.correctsId) + " is not in this account's contact log");
    entry.recordedBy = *by.user; // LogContacts is allowed only to a person
    entry.recordedOn = by.on;
    const std::int64_t id = database_.contactLog().add(entry);

    // A contact recorded late, about a day before one already logged, goes
    // in the log only: the later contact has set the next step since.
    const bool superseded =
        std::ranges::any_of(logged, [&entry](const ContactLogEntry& e) { return e.contactedOn > entry.contactedOn; });
    // The new follow-up supersedes every open one due on or before it; a
    // contact without one works what was due by today.
    DiaryRepository& diary = database_.diary();
    if (!superseded) diary.completeOpen(entry.accountId, entry.followUpOn.value_or(by.on), by.on, by.user, id);
    if (entry.followUpOn && !superseded) {
        DiaryEntry followUp;
        followUp.accountId = entry.accountId;
        followUp.dueOn = *entry.followUpOn;
        followUp.action = next.action;
        followUp.ownerId = account->analystId ? account->analystId : by.user;
        followUp.note = next.note;
        followUp.fromContactId = id;
        followUp.createdBy = by.user;
        followUp.createdOn = by.on;
        diary.add(followUp);
    }
    if (next.workedStep) {
        const auto strategy = database_.strategies().find(next.workedStep->strategy);
        if (!strategy || std::ranges::find(strategy->steps, next.workedStep->daysPastDue, &StrategyStep::daysPastDue) ==
                             strategy->steps.end())
            refuse("step: the strategy has no step at " + std::to_string(next.workedStep->daysPastDue) +
                   " days past due");
        StrategyStepDone done;
        done.accountId = entry.accountId;
        done.strategyId = strategy->id;
        done.daysPastDue = next.workedStep->daysPastDue;
        done.doneOn = by.on;
        done.doneBy = by.user;
        done.contactLogId = id;
        database_.strategies().recordStepDone(done);
    }
    return id;
}

} // namespace duedesk
