// The chain's hashed text, in one place: the storage layer stamps records
// with it and the verification recomputes it.
#include "duedesk/domain/AuditRecord.h"

#include "duedesk/security/Sha256.h"

namespace duedesk {

std::string auditHashedText(const AuditRecord& record) {
    const std::string id = std::to_string(record.id);
    std::string text;
    text.reserve(160 + record.before.size() + record.after.size());
    for (const std::string_view field :
         {std::string_view(record.previousHash), std::string_view(id), std::string_view(record.at),
          std::string_view(record.actor), std::string_view(record.entity), std::string_view(record.action),
          std::string_view(record.key), std::string_view(record.before), std::string_view(record.after)}) {
        text.append(field);
        text.push_back('\n');
    }
    return text;
}

std::string auditHashOf(const AuditRecord& record) { return sha256Hex(auditHashedText(record)); }

} // namespace duedesk
