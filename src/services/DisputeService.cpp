// Rules for raising, following up and closing a dispute.
#include "duedesk/services/DisputeService.h"

#include "duedesk/domain/DisputeRules.h"
#include "duedesk/services/AccessPolicy.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/DisputeRepository.h"
#include "duedesk/storage/DocumentRepository.h"
#include "duedesk/storage/SettingsRepository.h"
#include "duedesk/storage/UnitOfWork.h"

#include <vector>

namespace duedesk {
namespace {

[[noreturn]] void refuse(const std::string& message) { throw DisputeRejected(message); }

bool blank(const std::string& text) { return text.find_first_not_of(" \t\r\n") == std::string::npos; }

std::string amountText(const Money& m) { return m.toGroupedString() + " " + std::string(m.currency().code()); }

Dispute existing(LedgerDatabase& database, DisputeId id) {
    auto found = database.disputes().findById(id);
    if (!found) refuse("dispute: there is no dispute " + std::to_string(id));
    return std::move(*found);
}

void record(LedgerDatabase& database, const Dispute& d, const std::string& note, const Actor& by) {
    DisputeEvent e;
    e.disputeId = d.id;
    e.state = d.state;
    e.owner = d.owner;
    e.note = note;
    e.recordedBy = by.user;
    e.recordedOn = by.on;
    database.disputes().addEvent(e);
}

} // namespace

DisputeService::DisputeService(LedgerDatabase& database) : database_(database) {}

DisputeId DisputeService::open(Dispute d, const Actor& by) {
    requirePermission(by, Permission::RaiseDisputes);
    if (const auto problems = disputeEntryProblems(d); !problems.empty()) refuse(problems.front());
    if (d.raisedOn.dayNumber() == 0) d.raisedOn = by.on;
    if (d.raisedOn > by.on)
        refuse("date: a dispute cannot be raised on " + d.raisedOn.toIso() + ", after today (" + by.on.toIso() + ")");
    UnitOfWork work(database_);
    if (!database_.accounts().findById(d.accountId)) refuse("account: no such account");
    std::vector<DocumentId> ids;
    for (const DisputedInvoice& i : d.invoices) ids.push_back(i.document);
    const auto already = database_.disputes().activeDisputed(ids);
    for (DisputedInvoice& i : d.invoices) {
        const auto doc = database_.documents().findById(i.document);
        if (!doc || doc->accountId != d.accountId || doc->type != DocumentType::Invoice)
            refuse("invoices: document " + std::to_string(i.document) + " is not an invoice of this account");
        if (doc->amount.currency() != i.amount.currency())
            refuse("invoices: " + doc->number + " is in " + std::string(doc->amount.currency().code()) + ", not " +
                   std::string(i.amount.currency().code()));
        if (!doc->openAmount.isPositive()) refuse("invoices: " + doc->number + " is not open");
        const Money disputed(already.at(i.document), doc->openAmount.currency());
        const Money free = doc->openAmount - disputed;
        // Only what the customer still owes can be withheld, and only once.
        if (i.amount > free) {
            if (disputed.isZero())
                refuse("invoices: " + amountText(i.amount) + " is more than the " + amountText(doc->openAmount) +
                       " open on " + doc->number);
            refuse("invoices: " + amountText(i.amount) + " is more than the " + amountText(free) + " of " +
                   doc->number + " not yet disputed (" + amountText(doc->openAmount) + " open, " +
                   amountText(disputed) + " disputed)");
        }
        i.number = doc->number;
    }
    d.state = DisputeState::Open;
    d.closedOn.reset();
    d.raisedBy = by.user;
    d.dueOn = disputeDueDate(d.raisedOn, d.reason, readDisputeServiceLevels(database_.settings()));
    d.id = database_.disputes().add(d);
    record(database_, d, d.note, by);
    work.commit();
    return d.id;
}

void DisputeService::update(DisputeId id, const DisputeUpdate& change, const Actor& by) {
    requirePermission(by, Permission::RaiseDisputes);
    if (!change.state && !change.owner && blank(change.note)) refuse("update: give a new state, a new owner or a note");
    if (change.owner && blank(*change.owner)) refuse("owner: say who must resolve the dispute");
    if (change.state && (*change.state == DisputeState::Credited || *change.state == DisputeState::Rejected))
        refuse("state: a dispute is resolved with a note saying why (resolve), not updated");
    UnitOfWork work(database_);
    Dispute d = existing(database_, id);
    if (!isActive(d.state)) refuse("state: " + *disputeTransitionProblem(d.state, d.state));
    // Naming the state it is already in is a mistake, not a follow-up: it
    // is refused ("already open") rather than recorded as a change.
    if (change.state) {
        if (const auto problem = disputeTransitionProblem(d.state, *change.state)) refuse("state: " + *problem);
        d.state = *change.state;
    }
    if (change.owner) d.owner = *change.owner;
    if (!isActive(d.state)) d.closedOn = by.on;
    database_.disputes().update(d.id, d.state, d.owner, d.closedOn);
    record(database_, d, change.note, by);
    work.commit();
}

void DisputeService::resolve(DisputeId id, DisputeState outcome, const std::string& note, const Actor& by) {
    requirePermission(by, Permission::RaiseDisputes);
    if (isActive(outcome)) refuse("outcome: a dispute is resolved as credited, rejected or withdrawn");
    if (blank(note)) refuse("note: say why the dispute is " + std::string(disputeStateLabel(outcome)));
    UnitOfWork work(database_);
    Dispute d = existing(database_, id);
    if (const auto problem = disputeTransitionProblem(d.state, outcome)) refuse("state: " + *problem);
    if (by.on < d.raisedOn)
        refuse("date: " + by.on.toIso() + " is before the dispute was raised, " + d.raisedOn.toIso());
    d.state = outcome;
    d.closedOn = by.on;
    database_.disputes().update(d.id, d.state, d.owner, d.closedOn);
    record(database_, d, note, by);
    work.commit();
}

} // namespace duedesk
