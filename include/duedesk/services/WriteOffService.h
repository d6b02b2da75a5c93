// WriteOffService: requesting a write-off of open amounts, approving it
// within the approver's write-off limit or rejecting it with a reason,
// handing the approved ones to the write-off administrator as a journal,
// and posting them when booked, which closes the open amounts. Every rule
// and permission is checked here, so each front end gets the same
// refusals; a refusal writes nothing. docs/writeoffs.md states the rules.
#pragma once

#include "duedesk/services/ChangeRefused.h"

#include "duedesk/domain/Actor.h"
#include "duedesk/domain/WriteOff.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace duedesk {

// A write-off or a change to one breaks a rule. The message names the
// field or step ("documents: ...", "approval: ..."); nothing was written.
class WriteOffRejected final : public ChangeRefused {
public:
    using ChangeRefused::ChangeRefused;
};

// One line of the write-off journal: a document of an approved, not yet
// posted write-off.
struct WriteOffJournalLine {
    WriteOffId writeOff = 0;
    std::string accountNumber;
    std::string accountName;
    std::string document;
    Money amount = Money::zero(Currency());
    WriteOffReason reason = WriteOffReason::Other;
    std::string requester; // sign-in names
    Date requestedOn = Date::fromDayNumber(0);
    std::string approver;
    Date approvedOn = Date::fromDayNumber(0);
};

// Why someone may not approve a write-off: a kind a window can mark the
// request with, and the refusal approve() gives.
struct WriteOffApprovalProblem {
    enum class Kind { NotAllowed, NotRequested, OwnRequest, NoLimit, NoRate, AboveLimit };
    Kind kind = Kind::NotAllowed;
    std::string message; // "approval: ..." as approve() refuses it
};

class WriteOffService final {
public:
    explicit WriteOffService(LedgerDatabase& database);
    // Needs Permission::SetWriteOffLimits. Who may approve write-offs up to
    // `limit` (zero: none); an analyst is never given one.
    void setLimit(UserId user, const Money& limit, const Actor& by);
    // Needs Permission::RequestWriteOffs. Requested on the actor's day.
    // Each item is an open invoice of the account, in its currency, for
    // no more than is open on it, and in no other pending write-off.
    WriteOffId request(WriteOff request, const Actor& by);
    // Needs Permission::ApproveWriteOffs and a write-off limit that covers
    // the total (converted into the limit's currency at the rates in force
    // on the day it was requested); never the requester's own.
    void approve(WriteOffId id, const Actor& by);
    // What approve() would refuse `w` with for `by` (no permission, not
    // requested, their own request, no limit, no rate, a total above the
    // limit), or nothing: so that a window can say why before it is asked.
    // Writes nothing.
    std::optional<WriteOffApprovalProblem> approvalProblem(const WriteOff& w, const Actor& by);
    // Needs Permission::ApproveWriteOffs and a reason; never the requester's
    // own. Any approver may reject, whatever the total.
    void reject(WriteOffId id, const std::string& reason, const Actor& by);
    // Needs Permission::PostWriteOffs. The approved write-offs not yet
    // posted, a line per document, by write-off and document.
    std::vector<WriteOffJournalLine> journal(const Actor& by);
    // Needs Permission::PostWriteOffs. Marks them posted on the actor's
    // day, all or none, and closes their amounts on their documents.
    void post(const std::vector<WriteOffId>& ids, const Actor& by);

private:
    LedgerDatabase& database_;
};

} // namespace duedesk
