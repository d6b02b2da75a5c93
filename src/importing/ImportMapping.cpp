// Field names and look-ups of an import mapping.
#include "duedesk/importing/ImportMapping.h"

#include "duedesk/importing/ImportProfiles.h"

#include <array>
#include <stdexcept>

namespace duedesk {
namespace {
constexpr std::array<std::string_view, kImportFieldCount> kFieldNames = {
    "account",  "account_name", "document",    "type",      "document_date", "due_date",
    "currency", "amount",       "open_amount", "reference", "analyst",
};
} // namespace

std::string_view importFieldName(ImportField field) { return kFieldNames[static_cast<std::size_t>(field)]; }

std::optional<ImportField> importFieldFromName(std::string_view name) {
    for (std::size_t i = 0; i < kFieldNames.size(); ++i)
        if (kFieldNames[i] == name) return static_cast<ImportField>(i);
    return std::nullopt;
}

bool isRequiredField(ImportField field) {
    switch (field) {
    case ImportField::Account:
    case ImportField::Document:
    case ImportField::Type:
    case ImportField::DocumentDate:
    case ImportField::Currency:
    case ImportField::Amount: return true;
    default: return false;
    }
}

const ColumnSpec* ImportMapping::column(ImportField field) const {
    for (const ColumnSpec& spec : columns)
        if (spec.field == field) return &spec;
    return nullptr;
}

ImportMapping genericMapping() {
    auto mapping = builtInProfile("generic");
    if (!mapping) throw std::logic_error("the generic profile is not built in");
    return *mapping;
}

} // namespace duedesk
