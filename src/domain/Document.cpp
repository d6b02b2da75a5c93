// Document type names as stored, imported and shown.
#include "duedesk/domain/Document.h"

namespace duedesk {

std::string_view documentTypeName(DocumentType type) {
    switch (type) {
    case DocumentType::Invoice: return "invoice";
    case DocumentType::CreditNote: return "credit_note";
    case DocumentType::Payment: return "payment";
    case DocumentType::Adjustment: return "adjustment";
    }
    return "invoice";
}

std::optional<DocumentType> documentTypeFromName(std::string_view name) {
    if (name == "invoice") return DocumentType::Invoice;
    if (name == "credit_note") return DocumentType::CreditNote;
    if (name == "payment") return DocumentType::Payment;
    if (name == "adjustment") return DocumentType::Adjustment;
    return std::nullopt;
}

} // namespace duedesk
