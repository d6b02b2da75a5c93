// Field names and the built-in generic mapping.
#include "duedesk/importing/ImportMapping.h"

#include <array>

namespace duedesk {
namespace {
constexpr std::array<std::string_view, kImportFieldCount> kFieldNames = {
    "account",  "account_name", "document",    "type",      "document_date", "due_date",
    "currency", "amount",       "open_amount", "reference", "analyst",
};
} // namespace

std::string_view importFieldName(ImportField field) { return kFieldNames[static_cast<std::size_t>(field)]; }

ImportMapping genericMapping() {
    ImportMapping m;
    m.profileName = "generic";
    m.separator = ',';
    const auto column = [](ImportField f, bool required) {
        return ColumnSpec{f, {std::string(importFieldName(f))}, required};
    };
    m.columns = {
        column(ImportField::Account, true),       column(ImportField::AccountName, false),
        column(ImportField::Document, true),      column(ImportField::Type, true),
        column(ImportField::DocumentDate, true),  column(ImportField::DueDate, false),
        column(ImportField::Currency, true),      column(ImportField::Amount, true),
        column(ImportField::OpenAmount, false),   column(ImportField::Reference, false),
        column(ImportField::Analyst, false),
    };
    m.typeCodes = {{"invoice", DocumentType::Invoice},
                   {"credit_note", DocumentType::CreditNote},
                   {"payment", DocumentType::Payment}};
    return m;
}

} // namespace duedesk
