// The chain check names the first record that breaks it, in words an
// auditor can act on: which record, and whether it was changed, removed
// or put in.
#include "duedesk/services/AuditTrail.h"

#include "duedesk/services/AccessPolicy.h"
#include "duedesk/storage/AuditLogQuery.h"

namespace duedesk {

bool AuditChainVerifier::next(const AuditRecord& record) {
    if (check_.firstBreak) return false;
    ++check_.records;
    const std::int64_t expected = check_.lastGoodId + 1;
    const auto fail = [&](std::int64_t id, std::string reason) {
        check_.firstBreak = AuditChainBreak{id, std::move(reason)};
        return false;
    };
    if (record.id != expected)
        return fail(expected, "record " + std::to_string(expected) + " is missing: record " +
                                  std::to_string(record.id) + " follows record " + std::to_string(check_.lastGoodId) +
                                  " (records were deleted)");
    if (record.previousHash != check_.lastGoodHash)
        return fail(record.id, "record " + std::to_string(record.id) + " does not follow record " +
                                   std::to_string(check_.lastGoodId) +
                                   ": the previous hash it carries is not that record's hash (a record was "
                                   "replaced or put in)");
    if (auditHashOf(record) != record.hash)
        return fail(record.id, "record " + std::to_string(record.id) +
                                   " does not match its hash: it was changed after it was written");
    check_.lastGoodId = record.id;
    check_.lastGoodHash = record.hash;
    if (anchor_ && record.id == anchor_->id) {
        anchorSeen_ = true;
        if (record.hash != anchor_->hash)
            return fail(record.id, "record " + std::to_string(record.id) + " no longer has the hash noted (" +
                                       anchor_->hash + "): the trail was rewritten from there on");
    }
    return true;
}

void AuditChainVerifier::finish() {
    if (check_.firstBreak || !anchor_ || anchorSeen_) return;
    check_.firstBreak = AuditChainBreak{
        anchor_->id, "record " + std::to_string(anchor_->id) + " noted earlier is gone: the trail ends at record " +
                         std::to_string(check_.lastGoodId) + " (records were removed from the end)"};
}

AuditTrail::AuditTrail(LedgerDatabase& database) : database_(database) {}

AuditChainCheck AuditTrail::verify(std::optional<AuditAnchor> anchor) {
    AuditChainVerifier verifier = anchor ? AuditChainVerifier(std::move(*anchor)) : AuditChainVerifier();
    database_.auditLog().forEach([&](const AuditRecord& record) { return verifier.next(record); });
    verifier.finish();
    return verifier.result();
}

std::vector<AuditRecord> AuditTrail::records(Date from, Date to, const Actor& by) {
    requirePermission(by, Permission::ReadAuditTrail);
    std::vector<AuditRecord> out;
    database_.auditLog().forEachBetween(from, to, [&](const AuditRecord& r) { out.push_back(r); });
    return out;
}

} // namespace duedesk
