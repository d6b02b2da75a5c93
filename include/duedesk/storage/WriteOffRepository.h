// WriteOffRepository: write-off requests with their documents and events,
// and the approvers' write-off limits.
#pragma once

#include "duedesk/domain/WriteOff.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <optional>
#include <span>
#include <unordered_map>
#include <vector>

namespace duedesk {

class WriteOffRepository {
public:
    virtual ~WriteOffRepository() = default;
    // Sets (or replaces) the user's limit, recorded as set by `by` on `on`.
    virtual void setLimit(const WriteOffLimit& limit, std::optional<UserId> by, Date on) = 0;
    virtual std::optional<WriteOffLimit> limitOf(UserId user) = 0;
    // Every limit, by user id.
    virtual std::vector<WriteOffLimit> limits() = 0;

    // The request with its items; returns its id.
    virtual WriteOffId add(const WriteOff& request) = 0;
    virtual void addEvent(const WriteOffEvent& event) = 0;
    // Approved or rejected by `by` on `on` (with the reason of a rejection).
    virtual void decide(WriteOffId id, WriteOffState state, std::optional<UserId> by, Date on,
                        const std::string& rejectionReason) = 0;
    virtual void markPosted(WriteOffId id, std::optional<UserId> by, Date on) = 0;
    // With items and events.
    virtual std::optional<WriteOff> findById(WriteOffId id) = 0;
    // Those in `state` (all without one), by id.
    virtual std::vector<WriteOff> list(std::optional<WriteOffState> state) = 0;
    // For each of `documents` in a pending (requested or approved)
    // write-off, that write-off.
    virtual std::unordered_map<DocumentId, WriteOffId> pendingFor(std::span<const DocumentId> documents) = 0;
};

} // namespace duedesk
