// Document type names as stored, imported and shown.
#include "duedesk/domain/Document.h"

#include "domain/NameTable.h"

namespace duedesk {
namespace {
constexpr NameTable<DocumentType, 4> kTypes{{{
    {DocumentType::Invoice, "invoice"},
    {DocumentType::CreditNote, "credit_note"},
    {DocumentType::Payment, "payment"},
    {DocumentType::Adjustment, "adjustment"},
}}};
} // namespace

std::string_view documentTypeName(DocumentType type) { return kTypes.nameOf(type); }
std::optional<DocumentType> documentTypeFromName(std::string_view name) { return kTypes.valueOf(name); }

} // namespace duedesk
