// duedesk-cli contact: log a contact with a customer (its follow-up
// becomes a diary entry) and list an account's contact log.
#include "cli/CliContext.h"
#include "cli/CommandSupport.h"
#include "cli/CommitmentOptions.h"

#include "duedesk/services/AccountContacts.h"
#include "duedesk/services/CommitmentRejected.h"
#include "duedesk/services/ContactLogService.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/ContactLogRepository.h"

#include <nlohmann/json.hpp>

#include <iomanip>
#include <iostream>
#include <sstream>

namespace duedesk::cli {
namespace {

// Contact names by id, current and past: a listing names whom was spoken to.
std::map<std::int64_t, std::string> contactNames(LedgerDatabase& db, AccountId account) {
    std::map<std::int64_t, std::string> names;
    for (const Contact& c : db.accounts().contacts(account)) names.emplace(c.id, c.name);
    return names;
}

std::int64_t currentContactNamed(LedgerDatabase& db, const Account& account, const std::string& name) {
    for (const Contact& c : db.accounts().contacts(account.id))
        if (!c.validTo && c.name == name) return c.id;
    throw UsageError("--with: " + account.number + " has no current contact named \"" + name + "\"");
}

void addLog(CLI::App& parent, CliContext& context) {
    auto* cmd = parent.add_subcommand("log", "Log a call, e-mail, letter, meeting or note, and its follow-up");
    struct Options {
        std::string account, channel, outcome, with, note, on, followUp, next = "call", user, today;
        std::optional<std::int64_t> corrects;
        std::string promiseAmount, promiseCurrency, promiseDate;
        std::vector<std::string> promiseInvoices;
    };
    auto o = std::make_shared<Options>();
    cmd->add_option("--account", o->account, "The account (its number)")->required();
    cmd->add_option("--channel", o->channel, "phone, email, letter, meeting or note")->required();
    cmd->add_option("--outcome", o->outcome,
                    "no_answer, left_message, promise_to_pay, dispute_raised, paid_already, remittance_requested, "
                    "refused, wrong_contact or other (other needs a --note)")
        ->required();
    cmd->add_option("--with", o->with, "The person spoken to: one of the account's current contacts, by name");
    cmd->add_option("--note", o->note, "What was said");
    cmd->add_option("--on", o->on, "The day of the contact (YYYY-MM-DD, default today)");
    auto* followUp = cmd->add_option("--follow-up", o->followUp,
                                     "The next step's day (YYYY-MM-DD); required while the account is overdue");
    cmd->add_option("--next", o->next, "The next step: call, email, letter, visit or review (default call)")
        ->needs(followUp);
    cmd->add_option("--corrects", o->corrects, "The id of the entry this one corrects");
    // A promise to pay taken on the contact is written with it, or neither is.
    auto* promiseAmount =
        cmd->add_option("--promise-amount", o->promiseAmount, "The amount promised (outcome promise_to_pay)");
    auto* promiseCurrency =
        cmd->add_option("--promise-currency", o->promiseCurrency, "The promise's currency (ISO code)");
    auto* promiseDate = cmd->add_option("--promise-date", o->promiseDate, "The day the money is to arrive");
    auto* promiseInvoice = cmd->add_option("--promise-invoice", o->promiseInvoices,
                                           "An invoice the promise covers (its number); repeat for several");
    promiseAmount->needs(promiseCurrency)->needs(promiseDate);
    promiseCurrency->needs(promiseAmount);
    promiseDate->needs(promiseAmount);
    promiseInvoice->needs(promiseAmount);
    cmd->add_option("--user", o->user, kSignedInUserHelp)->required();
    cmd->add_option("--today", o->today, kTodayHelp);
    cmd->callback([&context, o] {
        const Date today = CliContext::asOfOrToday(o->today, "--today");
        ContactLogEntry entry;
        const auto channel = contactChannelFromName(o->channel);
        if (!channel)
            throw UsageError("--channel \"" + o->channel + "\" is not one of phone, email, letter, meeting, note");
        entry.channel = *channel;
        const auto outcome = contactOutcomeFromName(o->outcome);
        if (!outcome)
            throw UsageError("--outcome \"" + o->outcome +
                             "\" is not one of no_answer, left_message, promise_to_pay, dispute_raised, "
                             "paid_already, remittance_requested, refused, wrong_contact, other");
        entry.outcome = *outcome;
        entry.contactedOn = o->on.empty() ? today : dateOption(o->on, "--on");
        if (!o->followUp.empty()) entry.followUpOn = dateOption(o->followUp, "--follow-up");
        NextStep next;
        next.action = actionOption(o->next, "--next");
        entry.note = o->note;
        entry.correctsId = o->corrects;
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        const Account account = accountOption(*db, o->account, "--account");
        entry.accountId = account.id;
        if (!o->with.empty()) entry.contactId = currentContactNamed(*db, account, o->with);
        std::optional<Promise> promise;
        if (!o->promiseAmount.empty()) {
            const Currency currency = currencyOption(o->promiseCurrency, "--promise-currency");
            promise.emplace();
            promise->accountId = account.id;
            promise->amount = amountOption(o->promiseAmount, currency, "--promise-amount");
            promise->promisedFor = dateOption(o->promiseDate, "--promise-date");
            promise->takenOn = entry.contactedOn;
            promise->documents = invoiceOptions(*db, account, o->promiseInvoices);
        }
        const Actor by = context.signedIn(*db, o->user, today);
        try {
            ContactLogService log(*db);
            const std::int64_t id =
                promise ? log.logContact(entry, by, next, *promise) : log.logContact(entry, by, next);
            std::cout << "Logged contact " << id << " for " << account.number;
            if (promise)
                std::cout << " with a promise of " << promise->amount.currency().code() << " "
                          << promise->amount.toGroupedString() << " by " << promise->promisedFor.toIso();
            if (entry.followUpOn)
                std::cout << "; follow-up: " << diaryActionName(next.action) << " on " << entry.followUpOn->toIso();
            else
                std::cout << "; no follow-up";
            std::cout << "\n";
        } catch (const ContactRejected& e) {
            refuse(context, "contact", e);
        } catch (const CommitmentRejected& e) {
            refuse(context, "promise", e);
        }
    });
}

std::string textList(const std::vector<ContactLogEntry>& entries, const std::map<UserId, std::string>& users,
                     const std::map<std::int64_t, std::string>& contacts) {
    std::ostringstream out;
    out << std::left << std::setw(5) << "ID" << std::setw(12) << "DATE" << std::setw(9) << "CHANNEL" << std::setw(22)
        << "OUTCOME" << std::setw(10) << "BY" << std::setw(12) << "FOLLOW-UP"
        << "NOTE\n";
    for (const ContactLogEntry& e : entries) {
        std::string note;
        if (e.contactId && contacts.contains(*e.contactId)) note += "with " + contacts.at(*e.contactId);
        if (e.correctsId) note += (note.empty() ? "" : "; ") + std::string("corrects ") + std::to_string(*e.correctsId);
        if (!note.empty()) note = "(" + note + ")" + (e.note.empty() ? "" : " ");
        note += oneLine(e.note);
        out << std::setw(5) << e.id << std::setw(12) << e.contactedOn.toIso() << std::setw(9)
            << contactChannelName(e.channel) << std::setw(22) << contactOutcomeName(e.outcome) << std::setw(10)
            << nameOf(users, e.recordedBy) << std::setw(12) << (e.followUpOn ? e.followUpOn->toIso() : "-") << note;
        out << "\n";
    }
    return withoutTrailingBlanks(out.str());
}

std::string jsonList(const Account& account, const std::vector<ContactLogEntry>& entries,
                     const std::map<UserId, std::string>& users, const std::map<std::int64_t, std::string>& contacts) {
    using json = nlohmann::ordered_json;
    json doc;
    doc["account"] = account.number;
    doc["contacts"] = json::array();
    for (const ContactLogEntry& e : entries) {
        json j;
        j["id"] = e.id;
        j["contacted_on"] = e.contactedOn.toIso();
        j["channel"] = std::string(contactChannelName(e.channel));
        j["outcome"] = std::string(contactOutcomeName(e.outcome));
        j["with"] = e.contactId && contacts.contains(*e.contactId) ? json(contacts.at(*e.contactId)) : json(nullptr);
        j["note"] = e.note;
        j["follow_up_on"] = e.followUpOn ? json(e.followUpOn->toIso()) : json(nullptr);
        j["corrects"] = e.correctsId ? json(*e.correctsId) : json(nullptr);
        j["recorded_by"] = nameOf(users, e.recordedBy);
        j["recorded_on"] = e.recordedOn.toIso();
        doc["contacts"].push_back(std::move(j));
    }
    return doc.dump(2) + "\n";
}

void addList(CLI::App& parent, CliContext& context) {
    auto* cmd = parent.add_subcommand("list", "List an account's contact log, newest first");
    struct Options {
        std::string account, format = "text";
    };
    auto o = std::make_shared<Options>();
    cmd->add_option("--account", o->account, "The account (its number)")->required();
    cmd->add_option("--format", o->format, "text or json")->check(CLI::IsMember({"text", "json"}));
    cmd->callback([&context, o] {
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        const Account account = accountOption(*db, o->account, "--account");
        const auto entries = db->contactLog().forAccount(account.id);
        const auto users = userNames(*db);
        const auto contacts = contactNames(*db, account.id);
        if (o->format == "json")
            std::cout << jsonList(account, entries, users, contacts);
        else if (entries.empty())
            std::cout << "No contacts logged for " << account.number << ".\n";
        else
            std::cout << textList(entries, users, contacts);
    });
}

} // namespace

void addContactCommand(CLI::App& app, CliContext& context) {
    auto* cmd = app.add_subcommand("contact", "Log contacts with customers and list an account's contact log");
    cmd->require_subcommand(1);
    addLog(*cmd, context);
    addList(*cmd, context);
}

} // namespace duedesk::cli
