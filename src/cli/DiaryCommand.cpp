// duedesk-cli diary: add a follow-up by hand, list an account's diary, and
// mark an entry done without a contact.
#include "cli/CliContext.h"
#include "cli/CommandSupport.h"

#include "duedesk/services/DiaryService.h"
#include "duedesk/storage/DiaryRepository.h"

#include <nlohmann/json.hpp>

#include <iomanip>
#include <iostream>
#include <sstream>

namespace duedesk::cli {
namespace {

void addAdd(CLI::App& parent, CliContext& context) {
    auto* cmd = parent.add_subcommand("add", "Add a follow-up to an account's diary");
    struct Options {
        std::string account, on, action, note, owner, user, today;
    };
    auto o = std::make_shared<Options>();
    cmd->add_option("--account", o->account, "The account (its number)")->required();
    cmd->add_option("--on", o->on, "The day it is due (YYYY-MM-DD)")->required();
    cmd->add_option("--action", o->action, "call, email, letter, visit or review")->required();
    cmd->add_option("--note", o->note, "What to do or check");
    cmd->add_option("--owner", o->owner, "Whose diary it goes in (sign-in name; default the account's analyst)");
    cmd->add_option("--user", o->user, kSignedInUserHelp)->required();
    cmd->add_option("--today", o->today, kTodayHelp);
    cmd->callback([&context, o] {
        const Date today = CliContext::asOfOrToday(o->today, "--today");
        DiaryEntry entry;
        entry.dueOn = dateOption(o->on, "--on");
        entry.action = actionOption(o->action, "--action");
        entry.note = o->note;
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        const Account account = accountOption(*db, o->account, "--account");
        entry.accountId = account.id;
        if (!o->owner.empty()) entry.ownerId = userOption(*db, o->owner, "--owner").id;
        const Actor by = context.signedIn(*db, o->user, today);
        try {
            const std::int64_t id = DiaryService(*db).addEntry(entry, by);
            const auto added = db->diary().findById(id);
            std::cout << "Diary entry " << id << " for " << account.number << ": " << diaryActionName(added->action)
                      << " on " << added->dueOn.toIso() << ", owner " << nameOf(userNames(*db), added->ownerId) << "\n";
        } catch (const DiaryRejected& e) {
            refuse(context, "diary entry", e);
        }
    });
}

void addDone(CLI::App& parent, CliContext& context) {
    auto* cmd = parent.add_subcommand("done", "Mark a diary entry done without logging a contact (a review done)");
    struct Options {
        std::int64_t id = 0;
        std::string user, today;
    };
    auto o = std::make_shared<Options>();
    cmd->add_option("ID", o->id, "The entry (its id, as diary list prints it)")->required();
    cmd->add_option("--user", o->user, kSignedInUserHelp)->required();
    cmd->add_option("--today", o->today, "The day it was done (YYYY-MM-DD, default today)");
    cmd->callback([&context, o] {
        const Date today = CliContext::asOfOrToday(o->today, "--today");
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        const Actor by = context.signedIn(*db, o->user, today);
        try {
            DiaryService(*db).completeEntry(o->id, by);
            std::cout << "Diary entry " << o->id << " done on " << today.toIso() << "\n";
        } catch (const DiaryRejected& e) {
            refuse(context, "diary entry", e);
        }
    });
}

std::string textList(const std::vector<DiaryEntry>& entries, const std::map<UserId, std::string>& users) {
    std::ostringstream out;
    out << std::left << std::setw(5) << "ID" << std::setw(12) << "DUE" << std::setw(8) << "ACTION" << std::setw(10)
        << "OWNER" << std::setw(17) << "STATUS"
        << "NOTE\n";
    for (const DiaryEntry& e : entries) {
        std::string note;
        if (e.fromContactId) note = "(from contact " + std::to_string(*e.fromContactId) + ")";
        if (!e.note.empty()) note += (note.empty() ? "" : " ") + oneLine(e.note);
        out << std::setw(5) << e.id << std::setw(12) << e.dueOn.toIso() << std::setw(8) << diaryActionName(e.action)
            << std::setw(10) << nameOf(users, e.ownerId) << std::setw(17)
            << (e.doneOn ? "done " + e.doneOn->toIso() : std::string("open")) << note << "\n";
    }
    return withoutTrailingBlanks(out.str());
}

std::string jsonList(const Account& account, const std::vector<DiaryEntry>& entries,
                     const std::map<UserId, std::string>& users) {
    using json = nlohmann::ordered_json;
    const auto optionalId = [](const std::optional<std::int64_t>& id) { return id ? json(*id) : json(nullptr); };
    json doc;
    doc["account"] = account.number;
    doc["entries"] = json::array();
    for (const DiaryEntry& e : entries) {
        json j;
        j["id"] = e.id;
        j["due_on"] = e.dueOn.toIso();
        j["action"] = std::string(diaryActionName(e.action));
        j["owner"] = e.ownerId ? json(nameOf(users, e.ownerId)) : json(nullptr);
        j["note"] = e.note;
        j["from_contact"] = optionalId(e.fromContactId);
        j["created_by"] = e.createdBy ? json(nameOf(users, e.createdBy)) : json(nullptr);
        j["created_on"] = e.createdOn.toIso();
        j["done_on"] = e.doneOn ? json(e.doneOn->toIso()) : json(nullptr);
        j["done_by"] = e.doneBy ? json(nameOf(users, e.doneBy)) : json(nullptr);
        j["done_by_contact"] = optionalId(e.doneByContactId);
        doc["entries"].push_back(std::move(j));
    }
    return doc.dump(2) + "\n";
}

void addList(CLI::App& parent, CliContext& context) {
    auto* cmd = parent.add_subcommand("list", "List an account's diary: open entries by due day, then done ones");
    struct Options {
        std::string account, format = "text";
    };
    auto o = std::make_shared<Options>();
    cmd->add_option("--account", o->account, "The account (its number)")->required();
    cmd->add_option("--format", o->format, "text or json")->check(CLI::IsMember({"text", "json"}));
    cmd->callback([&context, o] {
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        const Account account = accountOption(*db, o->account, "--account");
        const auto entries = DiaryService(*db).entries(account.id);
        const auto users = userNames(*db);
        if (o->format == "json")
            std::cout << jsonList(account, entries, users);
        else if (entries.empty())
            std::cout << "No diary entries for " << account.number << ".\n";
        else
            std::cout << textList(entries, users);
    });
}

} // namespace

void addDiaryCommand(CLI::App& app, CliContext& context) {
    auto* cmd = app.add_subcommand("diary", "Add follow-ups by hand, list an account's diary, mark entries done");
    cmd->require_subcommand(1);
    addAdd(*cmd, context);
    addList(*cmd, context);
    addDone(*cmd, context);
}

} // namespace duedesk::cli
