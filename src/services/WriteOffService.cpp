// Rules for requesting, deciding, exporting and posting write-offs.
#include "duedesk/services/WriteOffService.h"

#include "duedesk/domain/ExchangeRateTable.h"
#include "duedesk/services/AccessPolicy.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/CreditMemoRepository.h"
#include "duedesk/storage/DocumentRepository.h"
#include "duedesk/storage/ExchangeRateRepository.h"
#include "duedesk/storage/UnitOfWork.h"
#include "duedesk/storage/UserRepository.h"
#include "duedesk/storage/WriteOffRepository.h"

#include <map>
#include <variant>

namespace duedesk {
namespace {

[[noreturn]] void refuse(const std::string& message) { throw WriteOffRejected(message); }

bool blank(const std::string& text) { return text.find_first_not_of(" \t\r\n") == std::string::npos; }

std::string amountText(const Money& m) { return m.toGroupedString() + " " + std::string(m.currency().code()); }

std::string name(WriteOffId id) { return "write-off " + std::to_string(id); }

WriteOff existing(LedgerDatabase& database, WriteOffId id) {
    auto found = database.writeOffs().findById(id);
    if (!found) refuse("write-off: there is no " + name(id));
    return std::move(*found);
}

void record(LedgerDatabase& database, WriteOffId id, WriteOffState state, const std::string& note, const Actor& by) {
    WriteOffEvent e;
    e.writeOffId = id;
    e.state = state;
    e.note = note;
    e.recordedBy = by.user;
    e.recordedOn = by.on;
    database.writeOffs().addEvent(e);
}

void checkTransition(const WriteOff& w, WriteOffState to) {
    if (const auto problem = writeOffTransitionProblem(w.state, to)) refuse("state: " + name(w.id) + ": " + *problem);
}

// The request's total in the limit's currency, at the rates in force on
// the day it was requested: the amount the requester asked for, not one
// that drifts with later rates. Without a rate, why not.
std::variant<Money, std::string> totalIn(LedgerDatabase& database, const WriteOff& w, const Currency& currency) {
    const ExchangeRateTable rates(currency, database.exchangeRates().inForceOn(w.requestedOn));
    std::int64_t total = 0;
    for (const WriteOffItem& i : w.items) {
        std::optional<std::int64_t> converted = i.amount.minorUnits();
        if (i.amount.currency() != currency) converted = rates.convert(i.amount.minorUnits(), i.amount.currency());
        if (!converted)
            return "approval: there is no rate from " + std::string(i.amount.currency().code()) + " to " +
                   std::string(currency.code()) + " in force on " + w.requestedOn.toIso() +
                   " to compare the write-off with the limit; enter one first";
        total += *converted;
    }
    return Money(total, currency);
}

// Whether `by` has the authority for `w`: not their own request, and a
// limit that covers its total.
std::optional<WriteOffApprovalProblem> authorityProblem(LedgerDatabase& database, const WriteOff& w, const Actor& by) {
    using Kind = WriteOffApprovalProblem::Kind;
    if (w.requestedBy && w.requestedBy == by.user)
        return WriteOffApprovalProblem{Kind::OwnRequest, "approval: " + by.name + " requested " + name(w.id) +
                                                             " and may not decide it; another approver must"};
    const auto limit = by.user ? database.writeOffs().limitOf(*by.user) : std::nullopt;
    if (!limit)
        return WriteOffApprovalProblem{Kind::NoLimit,
                                       "approval: " + by.name + " has no write-off limit; an administrator sets one"};
    const auto total = totalIn(database, w, limit->amount.currency());
    if (const auto* missingRate = std::get_if<std::string>(&total))
        return WriteOffApprovalProblem{Kind::NoRate, *missingRate};
    if (const auto problem = writeOffLimitProblem(std::get<Money>(total), limit->amount))
        return WriteOffApprovalProblem{Kind::AboveLimit, "approval: " + by.name + "'s write-off " + *problem};
    return std::nullopt;
}

void refuseOwn(const WriteOff& w, const Actor& by) {
    if (w.requestedBy && w.requestedBy == by.user)
        refuse("approval: " + by.name + " requested " + name(w.id) + " and may not decide it; another approver must");
}

} // namespace

WriteOffService::WriteOffService(LedgerDatabase& database) : database_(database) {}

void WriteOffService::setLimit(UserId userId, const Money& limit, const Actor& by) {
    requirePermission(by, Permission::SetWriteOffLimits);
    if (limit.isNegative()) refuse("limit: a write-off limit cannot be below zero");
    UnitOfWork work(database_);
    const auto user = database_.users().findById(userId);
    if (!user) refuse("user: there is no such user");
    if (user->role == Role::Analyst)
        refuse("user: " + user->name + " is an analyst; analysts request write-offs and do not approve them");
    database_.writeOffs().setLimit({userId, limit}, by.user, by.on);
    work.commit();
}

WriteOffId WriteOffService::request(WriteOff w, const Actor& by) {
    requirePermission(by, Permission::RequestWriteOffs);
    // Named by number in the messages, as the person knows them.
    for (WriteOffItem& i : w.items)
        if (const auto doc = database_.documents().findById(i.document); doc && i.number.empty())
            i.number = doc->number;
    if (const auto problems = writeOffEntryProblems(w); !problems.empty()) refuse(problems.front());
    UnitOfWork work(database_);
    if (!database_.accounts().findById(w.accountId)) refuse("account: no such account");
    std::vector<DocumentId> ids;
    for (const WriteOffItem& i : w.items) ids.push_back(i.document);
    const auto pending = database_.writeOffs().pendingFor(ids);
    // Money a pending credit memo will credit is not also written off: the
    // two together would relieve more than is open.
    std::map<DocumentId, std::pair<Money, CreditMemoId>> toBeCredited;
    for (const CreditMemoRequest& r : database_.creditMemos().list({std::nullopt, w.accountId, std::nullopt})) {
        if (!isPending(r.state)) continue;
        for (const CreditMemoItem& c : r.items)
            if (const auto [it, added] = toBeCredited.try_emplace(c.document, c.amount, r.id); !added)
                it->second.first += c.amount;
    }
    for (WriteOffItem& i : w.items) {
        const auto doc = database_.documents().findById(i.document);
        if (!doc || doc->accountId != w.accountId || !isDebit(doc->type))
            refuse("documents: document " + std::to_string(i.document) + " is not an invoice of this account");
        if (doc->amount.currency() != i.amount.currency())
            refuse("documents: " + doc->number + " is in " + std::string(doc->amount.currency().code()) + ", not " +
                   std::string(i.amount.currency().code()));
        if (!doc->openAmount.isPositive()) refuse("documents: " + doc->number + " is not open");
        if (i.amount > doc->openAmount)
            refuse("documents: " + amountText(i.amount) + " is more than the " + amountText(doc->openAmount) +
                   " open on " + doc->number);
        if (const auto other = pending.find(i.document); other != pending.end())
            refuse("documents: " + doc->number + " is already in " + name(other->second) + ", still pending");
        if (const auto credit = toBeCredited.find(i.document); credit != toBeCredited.end()) {
            const auto& [credited, memo] = credit->second;
            if (credited.currency() == i.amount.currency() && i.amount > doc->openAmount - credited)
                refuse("documents: " + amountText(credited) + " of " + doc->number + " awaits the credit note of " +
                       creditMemoNumber(memo) + "; at most " + amountText(doc->openAmount - credited) +
                       " is left to write off");
        }
        i.number = doc->number;
    }
    w.state = WriteOffState::Requested;
    w.requestedBy = by.user;
    w.requestedOn = by.on;
    w.decidedBy.reset();
    w.decidedOn.reset();
    w.rejectionReason.clear();
    w.postedBy.reset();
    w.postedOn.reset();
    w.id = database_.writeOffs().add(w);
    record(database_, w.id, WriteOffState::Requested, w.evidence, by);
    work.commit();
    return w.id;
}

void WriteOffService::approve(WriteOffId id, const Actor& by) {
    requirePermission(by, Permission::ApproveWriteOffs);
    UnitOfWork work(database_);
    const WriteOff w = existing(database_, id);
    checkTransition(w, WriteOffState::Approved);
    if (const auto problem = authorityProblem(database_, w, by)) refuse(problem->message);
    if (by.on < w.requestedOn) refuse("date: " + by.on.toIso() + " is before the request, " + w.requestedOn.toIso());
    database_.writeOffs().decide(id, WriteOffState::Approved, by.user, by.on, "");
    record(database_, id, WriteOffState::Approved, "", by);
    work.commit();
}

std::optional<WriteOffApprovalProblem> WriteOffService::approvalProblem(const WriteOff& w, const Actor& by) {
    using Kind = WriteOffApprovalProblem::Kind;
    if (!allows(by, Permission::ApproveWriteOffs))
        return WriteOffApprovalProblem{Kind::NotAllowed, "approval: " + by.name + " may not approve write-offs"};
    if (const auto problem = writeOffTransitionProblem(w.state, WriteOffState::Approved))
        return WriteOffApprovalProblem{Kind::NotRequested, "state: " + name(w.id) + ": " + *problem};
    return authorityProblem(database_, w, by);
}

void WriteOffService::reject(WriteOffId id, const std::string& reason, const Actor& by) {
    requirePermission(by, Permission::ApproveWriteOffs);
    if (blank(reason)) refuse("reason: say why the write-off is rejected");
    UnitOfWork work(database_);
    const WriteOff w = existing(database_, id);
    checkTransition(w, WriteOffState::Rejected);
    refuseOwn(w, by);
    if (by.on < w.requestedOn) refuse("date: " + by.on.toIso() + " is before the request, " + w.requestedOn.toIso());
    database_.writeOffs().decide(id, WriteOffState::Rejected, by.user, by.on, reason);
    record(database_, id, WriteOffState::Rejected, reason, by);
    work.commit();
}

std::vector<WriteOffJournalLine> WriteOffService::journal(const Actor& by) {
    requirePermission(by, Permission::PostWriteOffs);
    std::map<UserId, std::string> users;
    for (const User& u : database_.users().all()) users[u.id] = u.name;
    const auto userName = [&](const std::optional<UserId>& id) {
        return id && users.contains(*id) ? users.at(*id) : std::string();
    };
    std::vector<WriteOffJournalLine> out;
    for (const WriteOff& w : database_.writeOffs().list(WriteOffState::Approved)) {
        const auto account = database_.accounts().findById(w.accountId);
        for (const WriteOffItem& i : w.items) {
            WriteOffJournalLine line;
            line.writeOff = w.id;
            line.accountNumber = account ? account->number : "";
            line.accountName = account ? account->name : "";
            line.document = i.number;
            line.amount = i.amount;
            line.reason = w.reason;
            line.requester = userName(w.requestedBy);
            line.requestedOn = w.requestedOn;
            line.approver = userName(w.decidedBy);
            line.approvedOn = w.decidedOn.value_or(w.requestedOn);
            out.push_back(std::move(line));
        }
    }
    return out;
}

void WriteOffService::post(const std::vector<WriteOffId>& ids, const Actor& by) {
    requirePermission(by, Permission::PostWriteOffs);
    if (ids.empty()) refuse("write-off: name at least one write-off to post");
    UnitOfWork work(database_);
    DocumentRepository& documents = database_.documents();
    for (std::size_t n = 0; n < ids.size(); ++n) {
        for (std::size_t m = 0; m < n; ++m)
            if (ids[m] == ids[n]) refuse("write-off: " + name(ids[n]) + " is named twice");
        const WriteOff w = existing(database_, ids[n]);
        checkTransition(w, WriteOffState::Posted);
        if (w.decidedOn && by.on < *w.decidedOn)
            refuse("date: " + by.on.toIso() + " is before " + name(w.id) + " was approved, " + w.decidedOn->toIso());
        for (const WriteOffItem& i : w.items) {
            // An import or an allocation may have settled part of it since
            // the request: only what is still open can be written off.
            const auto doc = documents.findById(i.document);
            if (!doc || i.amount > doc->openAmount)
                refuse("documents: " + i.number + " has " + (doc ? amountText(doc->openAmount) : "nothing") +
                       " open, less than the " + amountText(i.amount) + " of " + name(w.id) +
                       "; reject it and request what is open");
            documents.changeOpenAmount(i.document, -i.amount.minorUnits(), by.on,
                                       {MovementCause::WriteOff, std::nullopt, std::nullopt});
        }
        database_.writeOffs().markPosted(w.id, by.user, by.on);
        record(database_, w.id, WriteOffState::Posted, "", by);
    }
    work.commit();
}

} // namespace duedesk
