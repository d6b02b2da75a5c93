// ImportMapping: how one export format names and writes the fields Duedesk
// needs. Every profile is a mapping read by the same RecordMapper, so a new
// ERP format is a new mapping, not new code.
#pragma once

#include "duedesk/domain/Document.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace duedesk {

enum class ImportField {
    Account,
    AccountName,
    Document,
    Type,
    DocumentDate,
    DueDate,
    Currency,
    Amount,
    OpenAmount,
    Reference,
    Analyst,
};
inline constexpr int kImportFieldCount = 11;

// The generic profile's column name for a field: "account", "due_date" ...
std::string_view importFieldName(ImportField field);

enum class DateFormat {
    IsoYmd, // 2026-11-23
};

struct NumberFormat {
    char decimalPoint = '.';
    char thousandsSeparator = '\0'; // none
};

struct ColumnSpec {
    ImportField field;
    std::vector<std::string> headerNames; // accepted names, compared case-insensitively
    bool required = false;
};

struct ImportMapping {
    std::string profileName;
    char separator = ',';
    std::vector<ColumnSpec> columns;
    std::vector<std::pair<std::string, DocumentType>> typeCodes;
    DateFormat dateFormat = DateFormat::IsoYmd;
    NumberFormat numbers;
};

// The generic CSV profile described in docs/import-formats.md.
ImportMapping genericMapping();

} // namespace duedesk
