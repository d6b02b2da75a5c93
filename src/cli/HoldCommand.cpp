// duedesk-cli hold: pause an account's chasing until a day, release a hold
// early, and list an account's holds.
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
    auto* cmd = parent.add_subcommand(
        "add", "Pause an account's chasing from today until a day (a hold pausing it already is released today)");
    struct Options {
        std::string account, until, reason, user, today;
    };
    auto o = std::make_shared<Options>();
    cmd->add_option("--account", o->account, "The account (its number)")->required();
    cmd->add_option("--until", o->until, "The day chasing resumes by itself (YYYY-MM-DD; at most 90 days ahead)")
        ->required();
    cmd->add_option("--reason", o->reason, "Why: customer on holiday, awaiting remittance, query with sales, ...")
        ->required();
    cmd->add_option("--user", o->user, kSignedInUserHelp)->required();
    cmd->add_option("--today", o->today, kTodayHelp);
    cmd->callback([&context, o] {
        const Date today = CliContext::asOfOrToday(o->today, "--today");
        const Date until = dateOption(o->until, "--until");
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        const Account account = accountOption(*db, o->account, "--account");
        const Actor by = context.signedIn(*db, o->user, today);
        try {
            const PlacedHold placed = DiaryService(*db).placeHold(account.id, until, o->reason, by);
            const Hold hold = *db->diary().findHold(placed.id);
            std::cout << "Hold " << placed.id << " on " << account.number << ": chasing paused " << today.toIso()
                      << " to " << until.addDays(-1).toIso() << ", resumes " << until.toIso() << " (" << hold.reason
                      << ")\n";
            if (placed.replacedId)
                std::cout << "Hold " << *placed.replacedId << " released on " << today.toIso() << ": hold " << placed.id
                          << " takes over\n";
        } catch (const DiaryRejected& e) {
            refuse(context, "hold", e);
        }
    });
}

void addRelease(CLI::App& parent, CliContext& context) {
    auto* cmd = parent.add_subcommand("release", "End a hold early: chasing resumes today");
    struct Options {
        std::int64_t id = 0;
        std::string user, today;
    };
    auto o = std::make_shared<Options>();
    cmd->add_option("ID", o->id, "The hold (its id, as hold list prints it)")->required();
    cmd->add_option("--user", o->user, kSignedInUserHelp)->required();
    cmd->add_option("--today", o->today, kTodayHelp);
    cmd->callback([&context, o] {
        const Date today = CliContext::asOfOrToday(o->today, "--today");
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        const Actor by = context.signedIn(*db, o->user, today);
        try {
            DiaryService(*db).releaseHold(o->id, by);
            std::cout << "Hold " << o->id << " released on " << today.toIso() << ": chasing resumes\n";
        } catch (const DiaryRejected& e) {
            refuse(context, "hold", e);
        }
    });
}

// What a hold does on `day`, as the listing says it.
std::string holdStatus(const Hold& h, Date day) {
    if (h.pausesOn(day)) return "pausing";
    if (h.releasedOn && *h.releasedOn <= day) return "released " + h.releasedOn->toIso();
    if (h.placedOn > day) return "not yet placed";
    return "ended";
}

std::string textList(const std::vector<Hold>& holds, const std::map<UserId, std::string>& users, Date day) {
    std::ostringstream out;
    out << std::left << std::setw(5) << "ID" << std::setw(12) << "PLACED" << std::setw(12) << "UNTIL" << std::setw(21)
        << "STATUS" << std::setw(10) << "BY"
        << "REASON\n";
    for (const Hold& h : holds)
        out << std::setw(5) << h.id << std::setw(12) << h.placedOn.toIso() << std::setw(12) << h.untilOn.toIso()
            << std::setw(21) << holdStatus(h, day) << std::setw(10) << nameOf(users, h.placedBy) << oneLine(h.reason)
            << "\n";
    return withoutTrailingBlanks(out.str());
}

std::string jsonList(const Account& account, const std::vector<Hold>& holds, const std::map<UserId, std::string>& users,
                     Date day) {
    using json = nlohmann::ordered_json;
    json doc;
    doc["account"] = account.number;
    doc["as_of"] = day.toIso();
    doc["holds"] = json::array();
    for (const Hold& h : holds) {
        json j;
        j["id"] = h.id;
        j["placed_on"] = h.placedOn.toIso();
        j["until_on"] = h.untilOn.toIso();
        j["reason"] = h.reason;
        j["placed_by"] = h.placedBy ? json(nameOf(users, h.placedBy)) : json(nullptr);
        j["released_on"] = h.releasedOn ? json(h.releasedOn->toIso()) : json(nullptr);
        j["released_by"] = h.releasedBy ? json(nameOf(users, h.releasedBy)) : json(nullptr);
        j["pausing"] = h.pausesOn(day);
        doc["holds"].push_back(std::move(j));
    }
    return doc.dump(2) + "\n";
}

void addList(CLI::App& parent, CliContext& context) {
    auto* cmd = parent.add_subcommand("list", "List an account's holds, newest first, and what each does on a day");
    struct Options {
        std::string account, asOf, format = "text";
    };
    auto o = std::make_shared<Options>();
    cmd->add_option("--account", o->account, "The account (its number)")->required();
    cmd->add_option("--as-of", o->asOf, "The day the status is for (YYYY-MM-DD, default today)");
    cmd->add_option("--format", o->format, "text or json")->check(CLI::IsMember({"text", "json"}));
    cmd->callback([&context, o] {
        const Date asOf = CliContext::asOfOrToday(o->asOf, "--as-of");
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        const Account account = accountOption(*db, o->account, "--account");
        const auto holds = DiaryService(*db).holds(account.id);
        const auto users = userNames(*db);
        if (o->format == "json")
            std::cout << jsonList(account, holds, users, asOf);
        else if (holds.empty())
            std::cout << "No holds on " << account.number << ".\n";
        else
            std::cout << textList(holds, users, asOf);
    });
}

} // namespace

void addHoldCommand(CLI::App& app, CliContext& context) {
    auto* cmd = app.add_subcommand("hold", "Pause an account's chasing until a day, release a hold, list holds");
    cmd->require_subcommand(1);
    addAdd(*cmd, context);
    addRelease(*cmd, context);
    addList(*cmd, context);
}

} // namespace duedesk::cli
