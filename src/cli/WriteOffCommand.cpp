// duedesk-cli writeoff: request a write-off of open amounts, approve or
// reject it, list write-offs, export the journal of approved ones for the
// write-off administrator and mark them posted; and `users set-limit`,
// the approvers' write-off limits. Every rule is the core's.
#include "cli/CliContext.h"
#include "cli/CommandSupport.h"
#include "cli/CommitmentOptions.h"
#include "cli/ExitCode.h"

#include "duedesk/reports/AgingXlsx.h"
#include "duedesk/reports/WriteOffJournal.h"
#include "duedesk/services/TeamSettings.h"
#include "duedesk/services/WriteOffService.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/DocumentRepository.h"
#include "duedesk/storage/WriteOffRepository.h"

#include <fstream>
#include <iostream>
#include <sstream>

namespace duedesk::cli {
namespace {

std::string reasonList() {
    std::string out;
    for (const WriteOffReason r : writeOffReasons())
        out += (out.empty() ? "" : ", ") + std::string(writeOffReasonName(r));
    return out;
}

std::string amountText(const Money& m) { return std::string(m.currency().code()) + " " + m.toGroupedString(); }

// "INV-7" writes off all that is open on it; "INV-7=12.50" that amount, in
// the invoice's currency.
std::vector<WriteOffItem> documentArguments(LedgerDatabase& db, const Account& account,
                                            const std::vector<std::string>& values) {
    std::vector<WriteOffItem> out;
    for (const std::string& value : values) {
        const auto equals = value.find('=');
        const std::string number = value.substr(0, equals);
        const auto invoice = db.documents().findByKey(account.id, DocumentType::Invoice, number);
        if (!invoice) throw UsageError("--document: " + account.number + " has no invoice numbered \"" + number + "\"");
        WriteOffItem item;
        item.document = invoice->id;
        item.number = invoice->number;
        item.amount = equals == std::string::npos
                          ? invoice->openAmount
                          : amountOption(value.substr(equals + 1), invoice->amount.currency(), "--document " + number);
        out.push_back(std::move(item));
    }
    return out;
}

void addRequest(CLI::App& parent, CliContext& context) {
    auto* cmd = parent.add_subcommand("request", "Request a write-off of open amounts of an account's invoices");
    struct Options {
        std::string account, reason, note, user, today;
        std::vector<std::string> documents;
    };
    auto o = std::make_shared<Options>();
    cmd->add_option("--account", o->account, "The account (its number)")->required();
    cmd->add_option("--document", o->documents,
                    "An invoice: NUMBER for all that is open on it, NUMBER=AMOUNT for part; repeat for several")
        ->required();
    cmd->add_option("--reason", o->reason, "Why: " + reasonList())->required();
    cmd->add_option("--note", o->note, "The evidence: what shows the money is lost")->required();
    cmd->add_option("--user", o->user, kSignedInUserHelp)->required();
    cmd->add_option("--today", o->today, kTodayHelp);
    cmd->callback([&context, o] {
        const Date today = CliContext::asOfOrToday(o->today, "--today");
        WriteOff request;
        const auto reason = writeOffReasonFromName(o->reason);
        if (!reason) throw UsageError("--reason \"" + o->reason + "\" is not one of " + reasonList());
        request.reason = *reason;
        request.evidence = o->note;
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        const Account account = accountOption(*db, o->account, "--account");
        request.accountId = account.id;
        request.items = documentArguments(*db, account, o->documents);
        const Actor by = context.signedIn(*db, o->user, today);
        try {
            const WriteOffId id = WriteOffService(*db).request(request, by);
            const WriteOff stored = *db->writeOffs().findById(id);
            std::cout << "Write-off " << id << " requested on " << account.number << " ("
                      << writeOffReasonName(stored.reason) << "):";
            for (const WriteOffItem& i : stored.items) std::cout << " " << i.number << " " << amountText(i.amount);
            std::cout << "\n";
        } catch (const WriteOffRejected& e) {
            refuse(context, "write-off", e);
        }
    });
}

void addApprove(CLI::App& parent, CliContext& context) {
    auto* cmd = parent.add_subcommand("approve", "Approve a requested write-off, within your write-off limit");
    struct Options {
        WriteOffId id = 0;
        std::string user, today;
    };
    auto o = std::make_shared<Options>();
    cmd->add_option("ID", o->id, "The write-off (its id)")->required();
    cmd->add_option("--user", o->user, kSignedInUserHelp)->required();
    cmd->add_option("--today", o->today, kTodayHelp);
    cmd->callback([&context, o] {
        const Date today = CliContext::asOfOrToday(o->today, "--today");
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        const Actor by = context.signedIn(*db, o->user, today);
        try {
            WriteOffService(*db).approve(o->id, by);
            std::cout << "Write-off " << o->id << " approved by " << by.name << " on " << today.toIso() << "\n";
        } catch (const WriteOffRejected& e) {
            refuse(context, "write-off approval", e);
        }
    });
}

void addReject(CLI::App& parent, CliContext& context) {
    auto* cmd = parent.add_subcommand("reject", "Reject a requested write-off, saying why");
    struct Options {
        WriteOffId id = 0;
        std::string reason, user, today;
    };
    auto o = std::make_shared<Options>();
    cmd->add_option("ID", o->id, "The write-off (its id)")->required();
    cmd->add_option("--reason", o->reason, "Why it is rejected")->required();
    cmd->add_option("--user", o->user, kSignedInUserHelp)->required();
    cmd->add_option("--today", o->today, kTodayHelp);
    cmd->callback([&context, o] {
        const Date today = CliContext::asOfOrToday(o->today, "--today");
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        const Actor by = context.signedIn(*db, o->user, today);
        try {
            WriteOffService(*db).reject(o->id, o->reason, by);
            std::cout << "Write-off " << o->id << " rejected by " << by.name << " on " << today.toIso() << "\n";
        } catch (const WriteOffRejected& e) {
            refuse(context, "write-off rejection", e);
        }
    });
}

void addList(CLI::App& parent, CliContext& context) {
    auto* cmd = parent.add_subcommand("list", "List write-offs with their documents and who decided them");
    struct Options {
        std::string state;
    };
    auto o = std::make_shared<Options>();
    cmd->add_option("--state", o->state, "Only those requested, approved, rejected or posted")
        ->check(CLI::IsMember({"requested", "approved", "rejected", "posted"}));
    cmd->callback([&context, o] {
        std::optional<WriteOffState> state;
        if (!o->state.empty()) state = writeOffStateFromName(o->state);
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        const auto names = userNames(*db);
        std::ostringstream out;
        out << "Id\tAccount\tReason\tState\tRequested\tBy\tDecided\tBy\tPosted\tDocuments\n";
        for (const WriteOff& w : db->writeOffs().list(state)) {
            const auto account = db->accounts().findById(w.accountId);
            std::string documents;
            for (const WriteOffItem& i : w.items)
                documents += (documents.empty() ? "" : ", ") + i.number + " " + amountText(i.amount);
            out << w.id << "\t" << (account ? account->number : "") << "\t" << writeOffReasonName(w.reason) << "\t"
                << writeOffStateName(w.state) << "\t" << w.requestedOn.toIso() << "\t" << nameOf(names, w.requestedBy)
                << "\t" << (w.decidedOn ? w.decidedOn->toIso() : "-") << "\t" << nameOf(names, w.decidedBy) << "\t"
                << (w.postedOn ? w.postedOn->toIso() : "-") << "\t" << documents << "\n";
        }
        std::cout << out.str();
    });
}

void addExport(CLI::App& parent, CliContext& context) {
    auto* cmd = parent.add_subcommand("export", "Write the journal of approved write-offs not yet posted");
    struct Options {
        std::string format = "csv", output, user, today;
    };
    auto o = std::make_shared<Options>();
    cmd->add_option("--format", o->format, "csv or xlsx")->check(CLI::IsMember({"csv", "xlsx"}));
    cmd->add_option("--output", o->output, "The file to write")->required();
    cmd->add_option("--user", o->user, kSignedInUserHelp)->required();
    cmd->add_option("--today", o->today, kTodayHelp);
    cmd->callback([&context, o] {
        const Date today = CliContext::asOfOrToday(o->today, "--today");
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        const Actor by = context.signedIn(*db, o->user, today);
        const auto lines = WriteOffService(*db).journal(by);
        try {
            if (o->format == "xlsx") {
                writeWriteOffJournalXlsx(lines, o->output);
            } else {
                std::ofstream file(o->output, std::ios::binary);
                file << renderWriteOffJournalCsv(lines);
                if (!file.flush()) throw ExportError(o->output + ": the file could not be written");
            }
        } catch (const ExportError& e) {
            std::cerr << "duedesk-cli: " << e.what() << "\n";
            context.log.failed("write-off journal", e.what());
            context.exitCode = kFile;
            return;
        }
        std::cout << "Wrote " << lines.size() << (lines.size() == 1 ? " line" : " lines") << " to " << o->output
                  << "\n";
    });
}

void addPosted(CLI::App& parent, CliContext& context) {
    auto* cmd = parent.add_subcommand("posted", "Mark approved write-offs posted: their open amounts close");
    struct Options {
        std::vector<WriteOffId> ids;
        std::string user, today;
    };
    auto o = std::make_shared<Options>();
    cmd->add_option("ID", o->ids, "The write-offs booked (their ids)")->required();
    cmd->add_option("--user", o->user, kSignedInUserHelp)->required();
    cmd->add_option("--today", o->today, kTodayHelp);
    cmd->callback([&context, o] {
        const Date today = CliContext::asOfOrToday(o->today, "--today");
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        const Actor by = context.signedIn(*db, o->user, today);
        try {
            WriteOffService(*db).post(o->ids, by);
            for (const WriteOffId id : o->ids)
                std::cout << "Write-off " << id << " posted on " << today.toIso() << "\n";
        } catch (const WriteOffRejected& e) {
            refuse(context, "write-off posting", e);
        }
    });
}

void addSetLimit(CLI::App& users, CliContext& context) {
    auto* cmd = users.add_subcommand("set-limit", "Set the largest write-off total a user may approve");
    struct Options {
        std::string name, amount, currency, user;
    };
    auto o = std::make_shared<Options>();
    cmd->add_option("NAME", o->name, "Sign-in name")->required();
    cmd->add_option("AMOUNT", o->amount, "The limit (0: none)")->required();
    cmd->add_option("--currency", o->currency, "Its currency (default: the reporting currency)");
    cmd->add_option("--user", o->user, "User name the change is made as (default: the command line's operator)");
    cmd->callback([&context, o] {
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        std::optional<Currency> currency;
        if (!o->currency.empty())
            currency = currencyOption(o->currency, "--currency");
        else
            currency = TeamSettings(*db).reportingCurrency();
        if (!currency) throw UsageError("--currency: no reporting currency is set; name the limit's currency");
        const Money limit = amountOption(o->amount, *currency, "AMOUNT");
        const User user = userOption(*db, o->name, "NAME");
        const Actor by = context.actor(*db, o->user);
        try {
            WriteOffService(*db).setLimit(user.id, limit, by);
            std::cout << "Write-off limit of " << user.name << ": " << amountText(limit) << "\n";
        } catch (const WriteOffRejected& e) {
            refuse(context, "write-off limit", e);
        }
    });
}

} // namespace

void addWriteOffCommand(CLI::App& app, CliContext& context) {
    auto* writeOff = app.add_subcommand("writeoff", "Write-offs: request, approve, reject, list, export, posted");
    writeOff->require_subcommand(1);
    addRequest(*writeOff, context);
    addApprove(*writeOff, context);
    addReject(*writeOff, context);
    addList(*writeOff, context);
    addExport(*writeOff, context);
    addPosted(*writeOff, context);
    if (CLI::App* users = app.get_subcommand("users")) addSetLimit(*users, context);
}

} // namespace duedesk::cli
