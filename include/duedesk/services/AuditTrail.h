// AuditTrail: checks the audit trail's hash chain and hands its records to
// auditors. The records themselves are written by the storage layer as
// rows change (storage/AuditSession.h, domain/AuditRecord.h); docs/audit.md
// says what is recorded and how to check the chain independently.
#pragma once

#include "duedesk/domain/Actor.h"
#include "duedesk/domain/AuditRecord.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace duedesk {

// A record's id and hash as an auditor noted them at an earlier check.
struct AuditAnchor {
    std::int64_t id = 0;
    std::string hash;
};

// The first record that does not match, and why.
struct AuditChainBreak {
    std::int64_t record = 0;
    std::string reason;
};

struct AuditChainCheck {
    std::int64_t records = 0; // records read
    // The last record that matched and its hash: an auditor who notes them
    // can later tell whether records were removed from the end.
    std::int64_t lastGoodId = 0;
    std::string lastGoodHash = std::string(kAuditChainStart);
    std::optional<AuditChainBreak> firstBreak;
    bool intact() const { return !firstBreak; }
};

// Walks `records` in id order and stops at the first that does not match.
// A record's hash must be the hash of its content and the previous
// record's hash; ids run 1, 2, 3 with no gaps.
class AuditChainVerifier final {
public:
    AuditChainVerifier() = default;
    // Also checks that the record `anchor` names is still in the chain with
    // the hash noted: records removed from the end, or the chain rewritten
    // from some record on, break that.
    explicit AuditChainVerifier(AuditAnchor anchor) : anchor_(std::move(anchor)) {}
    // After the last record: the break the anchor shows, if any.
    void finish();
    // False once a break is found (the rest is not looked at).
    bool next(const AuditRecord& record);
    const AuditChainCheck& result() const { return check_; }

private:
    AuditChainCheck check_;
    std::optional<AuditAnchor> anchor_;
    bool anchorSeen_ = false;
};

class AuditTrail final {
public:
    explicit AuditTrail(LedgerDatabase& database);
    // Anyone may check the chain: the answer shows no data.
    AuditChainCheck verify(std::optional<AuditAnchor> anchor = std::nullopt);
    // Needs Permission::ReadAuditTrail: the records written on the UTC
    // days from `from` to `to`, both included.
    std::vector<AuditRecord> records(Date from, Date to, const Actor& by);

private:
    LedgerDatabase& database_;
};

} // namespace duedesk
