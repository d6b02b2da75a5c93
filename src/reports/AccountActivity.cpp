// Assembles an account's activity from what the ledger recorded.
#include "duedesk/reports/AccountActivity.h"

#include "duedesk/domain/CurrencyTotals.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace duedesk {
namespace {

// Within a day: documents, then what happened to them, then the rest.
int rank(ActivityKind kind) {
    switch (kind) {
    case ActivityKind::DocumentRecorded: return 0;
    case ActivityKind::OpenAmountChanged: return 1;
    case ActivityKind::Allocation: return 2;
    case ActivityKind::AddressAdded:
    case ActivityKind::AddressChanged:
    case ActivityKind::AddressEnded:
    case ActivityKind::ContactAdded:
    case ActivityKind::ContactChanged:
    case ActivityKind::ContactEnded: return 3;
    case ActivityKind::ContactLogged: return 4;
    }
    return 5;
}

struct Sortable {
    ActivityEntry entry;
    std::int64_t id = 0; // the record's id: the order it was recorded in
};

} // namespace

std::vector<ActivityEntry> accountActivity(const std::vector<Document>& documents,
                                           const std::vector<RecordedMovement>& movements,
                                           const std::vector<RecordedAllocation>& allocations,
                                           const std::vector<Contact>& contacts, const std::vector<Address>& addresses,
                                           const std::vector<ContactLogEntry>& contactLog) {
    std::map<DocumentId, const Document*> byId;
    for (const Document& d : documents) byId.emplace(d.id, &d);
    const auto ref = [&](DocumentId id) -> std::optional<DocumentRef> {
        const auto it = byId.find(id);
        if (it == byId.end()) return std::nullopt;
        return DocumentRef{it->second->type, it->second->number};
    };

    // What each document had open when it was recorded: its open amount now
    // less every change since.
    std::map<DocumentId, std::int64_t> changedSince;
    for (const RecordedMovement& m : movements) changedSince[m.document] += m.openChange;
    for (const RecordedAllocation& a : allocations) {
        changedSince[a.invoice] -= a.amount;
        changedSince[a.credit] -= a.amount;
    }

    std::vector<Sortable> all;
    for (const Document& d : documents) {
        ActivityEntry e;
        e.on = d.documentDate;
        e.kind = ActivityKind::DocumentRecorded;
        e.document = DocumentRef{d.type, d.number};
        e.amount = d.amount;
        const Money openWhenRecorded(d.openAmount.minorUnits() - changedSince[d.id], d.amount.currency());
        e.balanceChange = balanceSign(d.type) > 0 ? openWhenRecorded : -openWhenRecorded;
        if (isDebit(d.type)) e.dueDate = d.dueDate;
        all.push_back({std::move(e), d.id});
    }
    for (const RecordedMovement& m : movements) {
        const auto it = byId.find(m.document);
        if (it == byId.end()) continue;
        const Document& d = *it->second;
        ActivityEntry e;
        e.on = m.effectiveOn;
        e.kind = ActivityKind::OpenAmountChanged;
        e.document = DocumentRef{d.type, d.number};
        e.cause = m.cause;
        e.balanceChange = Money(balanceSign(d.type) * m.openChange, d.amount.currency());
        all.push_back({std::move(e), m.id});
    }
    for (const RecordedAllocation& a : allocations) {
        const auto invoice = byId.find(a.invoice);
        if (invoice == byId.end()) continue;
        ActivityEntry e;
        e.on = a.allocatedOn;
        e.kind = ActivityKind::Allocation;
        e.document = ref(a.credit);
        e.appliedTo = ref(a.invoice);
        e.amount = Money(a.amount, invoice->second->amount.currency());
        e.recordedBy = a.recordedBy;
        all.push_back({std::move(e), a.id});
    }
    for (const ContactLogEntry& c : contactLog) {
        ActivityEntry e;
        e.on = c.contactedOn;
        e.kind = ActivityKind::ContactLogged;
        e.record = c;
        e.recordedBy = c.recordedBy;
        all.push_back({std::move(e), c.id});
    }
    // An address replaces the one of its kind that ended the day before.
    for (const Address& a : addresses) {
        const auto predecessor = std::ranges::find_if(addresses, [&](const Address& b) {
            return b.id != a.id && b.kind == a.kind && b.validTo && b.validTo->addDays(1) == a.validFrom;
        });
        ActivityEntry e;
        e.on = a.validFrom;
        e.kind = predecessor != addresses.end() ? ActivityKind::AddressChanged : ActivityKind::AddressAdded;
        e.record = a;
        e.recordedBy = a.recordedBy;
        all.push_back({e, a.id});
        if (!a.validTo) continue;
        const bool succeeded = std::ranges::any_of(addresses, [&](const Address& b) {
            return b.id != a.id && b.kind == a.kind && b.validFrom == a.validTo->addDays(1);
        });
        if (succeeded) continue;
        e.on = a.validTo->addDays(1);
        e.kind = ActivityKind::AddressEnded;
        e.recordedBy.reset();
        all.push_back({std::move(e), a.id});
    }
    // A contact of the same name from the day after another ended is that
    // contact changed (new details, or no longer the primary one).
    const auto continues = [](const Contact& earlier, const Contact& later) {
        return earlier.id != later.id && earlier.name == later.name && earlier.validTo &&
               earlier.validTo->addDays(1) == later.validFrom;
    };
    for (const Contact& c : contacts) {
        const bool changed = std::ranges::any_of(contacts, [&](const Contact& b) { return continues(b, c); });
        ActivityEntry e;
        e.on = c.validFrom;
        e.kind = changed ? ActivityKind::ContactChanged : ActivityKind::ContactAdded;
        e.record = c;
        e.recordedBy = c.recordedBy;
        all.push_back({e, c.id});
        if (!c.validTo || std::ranges::any_of(contacts, [&](const Contact& b) { return continues(c, b); })) continue;
        e.on = c.validTo->addDays(1);
        e.kind = ActivityKind::ContactEnded;
        e.recordedBy.reset();
        all.push_back({std::move(e), c.id});
    }

    std::ranges::stable_sort(all, [](const Sortable& a, const Sortable& b) {
        return std::tuple(a.entry.on, rank(a.entry.kind), a.id) < std::tuple(b.entry.on, rank(b.entry.kind), b.id);
    });
    std::vector<ActivityEntry> out;
    out.reserve(all.size());
    CurrencyTotals balance;
    for (Sortable& s : all) {
        if (s.entry.balanceChange) {
            balance.add(*s.entry.balanceChange);
            s.entry.balanceAfter = balance.in(s.entry.balanceChange->currency());
        }
        out.push_back(std::move(s.entry));
    }
    return out;
}

} // namespace duedesk
