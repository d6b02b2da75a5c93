// DisputeService: raising a customer's dispute on invoices, following it
// up (investigating, a new owner, a note) and closing it (credited,
// rejected, withdrawn). Each operation is checked, written in one
// transaction and recorded as an event under the person who made it; a
// refusal writes nothing. docs/disputes.md states the rules.
#pragma once

#include "duedesk/services/ChangeRefused.h"

#include "duedesk/domain/Actor.h"
#include "duedesk/domain/Dispute.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <optional>
#include <stdexcept>
#include <string>

namespace duedesk {

// A dispute or a change to one breaks a rule. The message names the field
// ("invoices: ...", "state: ..."); nothing was written.
class DisputeRejected final : public ChangeRefused {
public:
    using ChangeRefused::ChangeRefused;
};

// A follow-up: any of a new state (investigating, or withdrawn), a new
// owner and a note.
struct DisputeUpdate {
    std::optional<DisputeState> state;
    std::optional<std::string> owner;
    std::string note;
};

class DisputeService final {
public:
    explicit DisputeService(LedgerDatabase& database);
    // Needs Permission::RaiseDisputes. The dispute's account, reason,
    // owner, note, invoices and amounts are as given; raisedOn, when set,
    // is not after the actor's day (a dispute raised on a call yesterday is
    // entered today), else it is the actor's day. Each invoice is an open
    // invoice of the account, and what is disputed on it, with the
    // disputes already open on it, is not more than is open. The due date
    // comes from the service level for the reason. Returns its id.
    DisputeId open(Dispute dispute, const Actor& by);
    // Needs Permission::RaiseDisputes. Moves it to investigating or
    // withdrawn, changes its owner, or adds a note; at least one.
    void update(DisputeId id, const DisputeUpdate& change, const Actor& by);
    // Needs Permission::RaiseDisputes. Closes it as credited, rejected or
    // withdrawn on the actor's day, with a note saying why.
    void resolve(DisputeId id, DisputeState outcome, const std::string& note, const Actor& by);

private:
    LedgerDatabase& database_;
};

} // namespace duedesk
