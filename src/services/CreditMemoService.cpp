// Rules for requesting, deciding, cancelling and crediting credit memos.
#include "duedesk/services/CreditMemoService.h"

#include "duedesk/domain/DisputeRules.h"
#include "duedesk/services/AccessPolicy.h"
#include "duedesk/services/AllocationService.h"
#include "duedesk/storage/CreditMemoRepository.h"
#include "duedesk/storage/DisputeRepository.h"
#include "duedesk/storage/DocumentRepository.h"
#include "duedesk/storage/UnitOfWork.h"

#include <algorithm>

namespace duedesk {
namespace {

[[noreturn]] void refuse(const std::string& message) { throw CreditMemoRejected(message); }

bool blank(const std::string& text) { return text.find_first_not_of(" \t\r\n") == std::string::npos; }

std::string amountText(const Money& m) { return m.toGroupedString() + " " + std::string(m.currency().code()); }

CreditMemoRequest existing(LedgerDatabase& database, CreditMemoId id) {
    auto found = database.creditMemos().findById(id);
    if (!found) refuse("credit memo: there is no " + creditMemoNumber(id));
    return std::move(*found);
}

Dispute disputeOf(LedgerDatabase& database, DisputeId id) {
    auto found = database.disputes().findById(id);
    if (!found) refuse("dispute: there is no dispute " + std::to_string(id));
    return std::move(*found);
}

void record(LedgerDatabase& database, CreditMemoId id, CreditMemoState state, const std::string& note,
            const Actor& by) {
    CreditMemoEvent e;
    e.requestId = id;
    e.state = state;
    e.note = note;
    e.recordedBy = by.user;
    e.recordedOn = by.on;
    database.creditMemos().addEvent(e);
}

// The dispute's history tells of its credit memo too, under the same person.
void recordOnDispute(LedgerDatabase& database, const Dispute& d, const std::string& note, const Actor& by) {
    DisputeEvent e;
    e.disputeId = d.id;
    e.state = d.state;
    e.owner = d.owner;
    e.note = note;
    e.recordedBy = by.user;
    e.recordedOn = by.on;
    database.disputes().addEvent(e);
}

void checkTransition(const CreditMemoRequest& r, CreditMemoState to) {
    if (const auto problem = creditMemoTransitionProblem(r.state, to))
        refuse("state: " + creditMemoNumber(r.id) + ": " + *problem);
}

void checkDisputeActive(const Dispute& d, const CreditMemoRequest& r) {
    if (!isActive(d.state))
        refuse("dispute: dispute " + std::to_string(d.id) + " is " + std::string(disputeStateLabel(d.state)) +
               "; cancel " + creditMemoNumber(r.id));
}

void refuseOwn(const CreditMemoRequest& r, const Actor& by) {
    if (r.requestedBy && r.requestedBy == by.user)
        refuse("approval: " + by.name + " requested " + creditMemoNumber(r.id) +
               " and may not decide it; another approver must");
}

// Allocates the credit note against the request's invoices, marks the
// request credited and resolves its dispute as credited, inside `work`.
void applyCredit(LedgerDatabase& database, UnitOfWork& work, const CreditMemoRequest& r, DocumentId creditNoteId,
                 const Actor& by) {
    checkTransition(r, CreditMemoState::Credited);
    const std::string name = creditMemoNumber(r.id);
    const auto note = database.documents().findById(creditNoteId);
    if (!note || note->type != DocumentType::CreditNote)
        refuse("credit note: document " + std::to_string(creditNoteId) + " is not a credit note");
    if (note->accountId != r.accountId)
        refuse("credit note: " + note->number + " belongs to another account than the dispute of " + name);
    const Money total = r.total();
    if (note->amount.currency() != total.currency())
        refuse("credit note: " + note->number + " is in " + std::string(note->amount.currency().code()) + ", " + name +
               " in " + std::string(total.currency().code()));
    if (const auto other = database.creditMemos().settledBy(note->id))
        refuse("credit note: " + note->number + " already settled " + creditMemoNumber(*other));
    if (note->openAmount < total)
        refuse("credit note: " + note->number + " has " + amountText(note->openAmount) + " open, less than the " +
               amountText(total) + " of " + name);
    if (r.decidedOn && by.on < *r.decidedOn)
        refuse("date: " + by.on.toIso() + " is before " + name + " was approved, " + r.decidedOn->toIso());
    Dispute d = disputeOf(database, r.disputeId);
    if (const auto problem = disputeTransitionProblem(d.state, DisputeState::Credited))
        refuse("dispute: dispute " + std::to_string(d.id) + ": " + *problem);
    AllocationService allocations(database);
    for (const CreditMemoItem& i : r.items) {
        // A payment may have settled part of the invoice since the request.
        const auto invoice = database.documents().findById(i.document);
        if (!invoice || invoice->openAmount < i.amount)
            refuse("invoices: " + i.number + " has " + (invoice ? amountText(invoice->openAmount) : "nothing") +
                   " open, less than the " + amountText(i.amount) + " of " + name +
                   "; allocate the credit note by hand and resolve the dispute");
        try {
            allocations.allocate(work, note->id, i.document, i.amount, by.on, by);
        } catch (const AllocationRejected& e) {
            refuse(std::string("allocation: ") + e.what());
        }
    }
    database.creditMemos().markCredited(r.id, note->id, by.on);
    record(database, r.id, CreditMemoState::Credited, note->number, by);
    d.state = DisputeState::Credited;
    d.closedOn = by.on;
    database.disputes().update(d.id, d.state, d.owner, d.closedOn);
    recordOnDispute(database, d, "Credited by " + note->number + " (" + name + ", " + amountText(total) + ")", by);
}

} // namespace

std::string describeCreditNoteArrival(const CreditNoteArrival& a) {
    const std::string note = "Credit note " + a.creditNoteNumber;
    if (a.applied)
        return note + " credited " + creditMemoNumber(a.request) + "; dispute " + std::to_string(a.dispute) +
               " resolved as credited";
    return note + " names " + creditMemoNumber(a.request) + " and was not applied: " + a.problem;
}

CreditMemoService::CreditMemoService(LedgerDatabase& database) : database_(database) {}

CreditMemoId CreditMemoService::request(CreditMemoRequest r, const Actor& by) {
    requirePermission(by, Permission::RequestCreditMemos);
    // Named by number in the messages, as the person knows them.
    for (CreditMemoItem& i : r.items)
        if (const auto doc = database_.documents().findById(i.document); doc && i.number.empty())
            i.number = doc->number;
    if (const auto problems = creditMemoEntryProblems(r); !problems.empty()) refuse(problems.front());
    UnitOfWork work(database_);
    Dispute d = disputeOf(database_, r.disputeId);
    if (!isActive(d.state))
        refuse("dispute: dispute " + std::to_string(d.id) + " is " + std::string(disputeStateLabel(d.state)) +
               "; a credit memo is requested while it is open or investigated");
    if (const auto pending = database_.creditMemos().pendingFor(d.id))
        refuse("dispute: dispute " + std::to_string(d.id) + " already has " + creditMemoNumber(*pending) +
               ", still pending");
    if (by.on < d.raisedOn)
        refuse("date: " + by.on.toIso() + " is before the dispute was raised, " + d.raisedOn.toIso());
    for (CreditMemoItem& i : r.items) {
        const auto disputed = std::ranges::find(d.invoices, i.document, &DisputedInvoice::document);
        if (disputed == d.invoices.end())
            refuse("invoices: " + i.number + " is not an invoice of dispute " + std::to_string(d.id));
        if (disputed->amount.currency() != i.amount.currency())
            refuse("invoices: " + disputed->number + " is in " + std::string(disputed->amount.currency().code()) +
                   ", not " + std::string(i.amount.currency().code()));
        if (i.amount > disputed->amount)
            refuse("invoices: " + amountText(i.amount) + " is more than the " + amountText(disputed->amount) +
                   " disputed on " + disputed->number);
        const auto doc = database_.documents().findById(i.document);
        if (!doc || i.amount > doc->openAmount)
            refuse("invoices: " + amountText(i.amount) + " is more than the " +
                   (doc ? amountText(doc->openAmount) : std::string("nothing")) + " open on " + disputed->number);
        i.number = disputed->number;
    }
    r.accountId = d.accountId;
    r.state = CreditMemoState::Requested;
    r.requestedBy = by.user;
    r.requestedOn = by.on;
    r.decidedBy.reset();
    r.decidedOn.reset();
    r.rejectionReason.clear();
    r.creditNote.reset();
    r.creditedOn.reset();
    r.id = database_.creditMemos().add(r);
    record(database_, r.id, CreditMemoState::Requested, r.justification, by);
    if (d.state == DisputeState::Open) {
        d.state = DisputeState::Investigating;
        database_.disputes().update(d.id, d.state, d.owner, d.closedOn);
    }
    recordOnDispute(database_, d, "Credit memo " + creditMemoNumber(r.id) + " requested: " + amountText(r.total()), by);
    work.commit();
    return r.id;
}

void CreditMemoService::approve(CreditMemoId id, const Actor& by) {
    requirePermission(by, Permission::ApproveCreditMemos);
    UnitOfWork work(database_);
    const CreditMemoRequest r = existing(database_, id);
    checkTransition(r, CreditMemoState::Approved);
    refuseOwn(r, by);
    checkDisputeActive(disputeOf(database_, r.disputeId), r);
    if (by.on < r.requestedOn) refuse("date: " + by.on.toIso() + " is before the request, " + r.requestedOn.toIso());
    database_.creditMemos().decide(id, CreditMemoState::Approved, by.user, by.on, "");
    record(database_, id, CreditMemoState::Approved, "", by);
    work.commit();
}

void CreditMemoService::reject(CreditMemoId id, const std::string& reason, const Actor& by) {
    requirePermission(by, Permission::ApproveCreditMemos);
    if (blank(reason)) refuse("reason: say why the credit memo is rejected");
    UnitOfWork work(database_);
    const CreditMemoRequest r = existing(database_, id);
    checkTransition(r, CreditMemoState::Rejected);
    refuseOwn(r, by);
    if (by.on < r.requestedOn) refuse("date: " + by.on.toIso() + " is before the request, " + r.requestedOn.toIso());
    database_.creditMemos().decide(id, CreditMemoState::Rejected, by.user, by.on, reason);
    record(database_, id, CreditMemoState::Rejected, reason, by);
    work.commit();
}

void CreditMemoService::cancel(CreditMemoId id, const std::string& reason, const Actor& by) {
    if (!allows(by, Permission::ApproveCreditMemos)) requirePermission(by, Permission::RequestCreditMemos);
    if (blank(reason)) refuse("reason: say why the credit memo is cancelled");
    UnitOfWork work(database_);
    const CreditMemoRequest r = existing(database_, id);
    checkTransition(r, CreditMemoState::Cancelled);
    database_.creditMemos().markCancelled(id);
    record(database_, id, CreditMemoState::Cancelled, reason, by);
    work.commit();
}

void CreditMemoService::credit(CreditMemoId id, DocumentId creditNote, const Actor& by) {
    requirePermission(by, Permission::RequestCreditMemos);
    UnitOfWork work(database_);
    applyCredit(database_, work, existing(database_, id), creditNote, by);
    work.commit();
}

std::vector<CreditNoteArrival> CreditMemoService::applyArrivedCreditNotes(const Actor& by) {
    requirePermission(by, Permission::AllocateCash);
    std::vector<CreditNoteArrival> out;
    for (const CreditNoteNamingRequest& named : database_.creditMemos().creditNotesNamingApproved()) {
        CreditNoteArrival arrival;
        arrival.request = named.request;
        arrival.creditNote = named.creditNote;
        if (const auto note = database_.documents().findById(named.creditNote)) arrival.creditNoteNumber = note->number;
        try {
            UnitOfWork work(database_);
            const CreditMemoRequest r = existing(database_, named.request);
            arrival.dispute = r.disputeId;
            applyCredit(database_, work, r, named.creditNote, by);
            work.commit();
            arrival.applied = true;
        } catch (const CreditMemoRejected& e) {
            arrival.problem = e.what();
        }
        out.push_back(std::move(arrival));
    }
    return out;
}

} // namespace duedesk
