// DisputeRepository: disputes, the invoices they cover and the history of
// their changes. A dispute's state, owner and closing day are changed in
// place; each change also adds an event, and events are never changed.
#pragma once

#include "duedesk/domain/Dispute.h"
#include "duedesk/domain/OpenItemGrouping.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace duedesk {

struct DisputeFilter {
    std::optional<AccountId> account;
    std::optional<DisputeState> state;
};

// A disputed invoice as the aging counts it, on an as-of date: the group
// it falls in (as OpenItemQuery groups), what is disputed and what is
// open on it now.
struct DisputedItem {
    DocumentId document = 0;
    std::string groupKey;
    std::string groupLabel;
    Currency currency;
    std::int64_t disputed = 0; // minor units, by disputes active on the date
    std::int64_t openNow = 0;
};

class DisputeRepository {
public:
    virtual ~DisputeRepository() = default;
    // Writes the dispute and its invoices (not its events); returns its id.
    virtual DisputeId add(const Dispute& dispute) = 0;
    virtual void addEvent(const DisputeEvent& event) = 0;
    // Sets state, owner and closing day. Throws StorageError when there
    // is no such dispute.
    virtual void update(DisputeId id, DisputeState state, const std::string& owner, std::optional<Date> closedOn) = 0;
    // With its invoices (and their numbers) and its events.
    virtual std::optional<Dispute> findById(DisputeId id) = 0;
    // By account number, then the day raised and id; with invoices and events.
    virtual std::vector<Dispute> list(const DisputeFilter& filter) = 0;
    // What disputes open or investigating now hold on each of `documents`.
    virtual std::unordered_map<DocumentId, std::int64_t> activeDisputed(std::span<const DocumentId> documents) = 0;
    // Every invoice with money disputed on `asOf` (by disputes raised by
    // then and not closed by then), grouped as the aging asks.
    virtual std::vector<DisputedItem> disputedOn(Date asOf, OpenItemGrouping grouping) = 0;
};

} // namespace duedesk
