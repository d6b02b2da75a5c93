// The demo's credit memo requests. Each dispute draws from a stream of its
// own, so the requests leave the rest of the demo as it was.
#include "demo/DemoCreditMemos.h"

#include "demo/DemoRandom.h"
#include "duedesk/domain/CreditMemo.h"
#include "duedesk/storage/CreditMemoRepository.h"
#include "duedesk/storage/DisputeRepository.h"
#include "duedesk/storage/DocumentRepository.h"
#include "duedesk/storage/OpenDocumentsQuery.h"
#include "duedesk/storage/UserRepository.h"
#include "duedesk/storage/WriteOffRepository.h"

#include <algorithm>

namespace duedesk::demo {
namespace {

std::uint64_t disputeSeed(std::uint64_t seed, DisputeId dispute) {
    DemoRandom mix(seed ^ 0xC4ED17ull ^ (static_cast<std::uint64_t>(dispute) * 0x9E3779B97F4A7C15ull));
    return mix.next();
}

const char* justificationFor(DisputeReason reason) {
    switch (reason) {
    case DisputeReason::Pricing: return "Contract price confirmed by the pricing desk";
    case DisputeReason::Quantity: return "Short delivery confirmed by the warehouse";
    case DisputeReason::NotReceived: return "Carrier has no proof of delivery";
    case DisputeReason::DuplicateBilling: return "Order billed twice; the second invoice is to be credited";
    case DisputeReason::MissingPurchaseOrder: return "Invoice to be reissued with the customer's PO number";
    case DisputeReason::Quality: return "Returned goods inspected and found faulty";
    case DisputeReason::Deduction: return "Promotion allowance agreed by sales";
    case DisputeReason::Other: return "Agreed with the account manager";
    }
    return "Agreed with the customer";
}

// The day the dispute was passed on for investigation, or the day after
// it was raised.
Date investigatedOn(const Dispute& d) {
    for (const DisputeEvent& e : d.events)
        if (e.state == DisputeState::Investigating) return e.recordedOn;
    return d.raisedOn.addDays(1);
}

// The dispute's invoices whose disputed amounts are still open and in no
// pending write-off: what a credit can settle.
std::vector<CreditMemoItem> creditable(LedgerDatabase& database, const Dispute& d) {
    std::vector<CreditMemoItem> items;
    std::vector<DocumentId> ids;
    for (const DisputedInvoice& i : d.invoices) ids.push_back(i.document);
    const auto pending = database.writeOffs().pendingFor(ids);
    for (const DisputedInvoice& i : d.invoices) {
        const auto doc = database.documents().findById(i.document);
        if (!doc || doc->openAmount < i.amount || pending.contains(i.document)) return {};
        if (!items.empty() && items.front().amount.currency() != i.amount.currency()) return {};
        items.push_back({i.document, i.number, i.amount});
    }
    return items;
}

// Whether the account is still overdue on `asOf` once `items` are credited:
// the diary already follows it as overdue, so a credit that would settle
// its last overdue invoice is left to the ERP team (no request).
bool overdueAfter(LedgerDatabase& database, AccountId account, const std::vector<CreditMemoItem>& items, Date asOf) {
    OpenDocumentsScope scope;
    scope.account = account;
    for (const OpenDocument& d : database.openDocuments().forScope(scope, asOf)) {
        if (d.document.type != DocumentType::Invoice || d.document.dueDate >= asOf) continue;
        Money left = d.document.openAmount;
        for (const CreditMemoItem& i : items)
            if (i.document == d.document.id) left -= i.amount;
        if (left.isPositive()) return true;
    }
    return false;
}

} // namespace

CreditMemoCounts writeDemoCreditMemos(LedgerDatabase& database, const DemoOptions& options) {
    CreditMemoCounts counts;
    std::optional<UserId> leader;
    for (const User& u : database.users().all())
        if (u.role == Role::TeamLeader && !leader) leader = u.id;
    if (!leader) return counts;
    CreditMemoRepository& requests = database.creditMemos();
    const Date asOf = options.asOf;
    for (const Dispute& d : database.disputes().list({})) {
        if (d.state != DisputeState::Credited && d.state != DisputeState::Investigating) continue;
        DemoRandom rng(disputeSeed(options.seed, d.id));
        const auto roll = rng.between(0, 99);
        const bool credited = d.state == DisputeState::Credited;
        // Most credits go through a request; a few were credited by the ERP
        // team directly. Under investigation, two in five wait on one.
        if (credited ? roll >= 85 : roll >= 45) continue;
        CreditMemoRequest r;
        r.disputeId = d.id;
        r.justification = justificationFor(d.reason);
        r.items = creditable(database, d);
        if (r.items.empty() || (credited && !overdueAfter(database, d.accountId, r.items, asOf))) continue;
        r.requestedBy = d.raisedBy;
        const Date lastDay = credited ? *d.closedOn : asOf;
        r.requestedOn = std::min(investigatedOn(d), lastDay);
        const int age = lastDay - r.requestedOn;
        const auto decidedOn = [&] {
            return std::min(lastDay, r.requestedOn.addDays(static_cast<std::int32_t>(rng.between(1, 2))));
        };
        if (credited) {
            r.state = CreditMemoState::Credited;
            r.decidedBy = leader;
            r.decidedOn = decidedOn();
        } else if (age >= 2 && roll < 4) {
            r.state = CreditMemoState::Rejected;
            r.decidedBy = leader;
            r.decidedOn = decidedOn();
            r.rejectionReason = "Not covered by the contract; the customer's claim goes back to sales";
        } else if (age >= 2 && roll < 6) {
            r.state = CreditMemoState::Cancelled;
        } else if (age >= 2 && roll < 25) {
            r.state = CreditMemoState::Approved;
            r.decidedBy = leader;
            r.decidedOn = decidedOn();
        } else {
            r.state = CreditMemoState::Requested;
        }

        const Money total = r.total();
        if (credited) {
            // The ERP's credit note, raised on the day the dispute closed.
            Document note;
            note.accountId = d.accountId;
            note.type = DocumentType::CreditNote;
            note.documentDate = *d.closedOn;
            note.dueDate = note.documentDate;
            note.amount = total;
            note.openAmount = total;
            // Written approved first: the credit note's number and reference
            // follow from the request's id.
            r.state = CreditMemoState::Approved;
            r.creditedOn.reset();
            r.id = requests.add(r);
            r.creditedOn = *d.closedOn;
            note.number = "CN-" + creditMemoNumber(r.id).substr(4);
            note.reference = creditMemoNumber(r.id);
            r.creditNote = database.documents().add(note);
            ++counts.creditNotes;
            for (const CreditMemoItem& i : r.items) {
                database.documents().addAllocation({0, *r.creditNote, i.document, i.amount, *r.creditedOn}, leader);
                ++counts.allocations;
            }
            requests.markCredited(r.id, *r.creditNote, *r.creditedOn);
            r.state = CreditMemoState::Credited;
            r.creditNoteNumber = note.number;
        } else {
            r.id = requests.add(r);
        }

        CreditMemoEvent e;
        e.requestId = r.id;
        e.state = CreditMemoState::Requested;
        e.note = r.justification;
        e.recordedBy = r.requestedBy;
        e.recordedOn = r.requestedOn;
        requests.addEvent(e);
        if (r.decidedOn) {
            e.state = r.state == CreditMemoState::Rejected ? CreditMemoState::Rejected : CreditMemoState::Approved;
            e.note = r.rejectionReason;
            e.recordedBy = r.decidedBy;
            e.recordedOn = *r.decidedOn;
            requests.addEvent(e);
        }
        if (r.state == CreditMemoState::Credited) {
            e.state = CreditMemoState::Credited;
            e.note = r.creditNoteNumber;
            e.recordedBy = leader;
            e.recordedOn = *r.creditedOn;
            requests.addEvent(e);
            ++counts.credited;
        } else if (r.state == CreditMemoState::Cancelled) {
            e.state = CreditMemoState::Cancelled;
            e.note = "Customer paid the invoice in full";
            e.recordedBy = r.requestedBy;
            e.recordedOn = std::min(asOf, r.requestedOn.addDays(1));
            requests.addEvent(e);
            ++counts.closedOtherwise;
        } else if (r.state == CreditMemoState::Rejected) {
            ++counts.closedOtherwise;
        } else {
            ++counts.pending;
        }
    }
    return counts;
}

} // namespace duedesk::demo
