// ImportMapping: how one export format writes the fields Duedesk needs.
// Every profile, the built-in ones included, is a mapping read from a
// mapping file (docs/import-formats.md) and applied by the same reader, so
// a new ERP format is a new file, not new code.
#pragma once

#include "duedesk/domain/Document.h"
#include "duedesk/importing/AmountFormat.h"
#include "duedesk/importing/DatePattern.h"
#include "duedesk/importing/TextDecoding.h"

#include <optional>
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

// The field's key in mapping files and its column in the generic profile:
// "account", "due_date" ...
std::string_view importFieldName(ImportField field);
std::optional<ImportField> importFieldFromName(std::string_view name);
// Account, document, type, document date, currency and amount.
bool isRequiredField(ImportField field);

// A field may be one part of a column: NetSuite writes the customer as
// "C1001 Acme Corp", number first.
enum class ColumnPart { Whole, FirstWord, AfterFirstWord };

struct ColumnSpec {
    ImportField field;
    std::vector<std::string> headerNames; // in order of preference, compared ignoring case
    ColumnPart part = ColumnPart::Whole;
};

// What to name an account the file creates but gives no name for.
enum class NewAccountName { Required, AccountNumber };

struct ImportMapping {
    std::string profileName;
    std::string description;

    TextEncoding encoding = TextEncoding::Utf8;
    std::optional<char> separator = ','; // nothing: recognise from the header line
    int headerLine = 1; // 0: the first line that names the required columns
    bool framed = false; // rows written as |a|b|c|
    std::vector<std::string> skipRowsStartingWith; // e.g. "*" for SAP total lines
    // The skipped rows are total lines ("*" subtotal, "**" the level above):
    // each is checked against the signed amounts of the rows above it.
    bool checkTotals = false;
    bool strictWidth = true; // every row exactly as wide as the header

    DatePattern dates = DatePattern::iso();
    AmountFormat amounts;
    bool signedAmounts = false; // credits written negative; otherwise amounts must be positive
    NewAccountName newAccountName = NewAccountName::Required;

    std::vector<ColumnSpec> columns;
    // Columns that stand in, all together, for the same fields of
    // `columns` when the header lacks one of those: SAP lists show amounts
    // in local currency ("Amt in loc.cur.", "LCurr") when the layout has no
    // document-currency columns.
    std::vector<ColumnSpec> fallbackColumns;
    std::vector<std::pair<std::string, DocumentType>> typeCodes;

    const ColumnSpec* column(ImportField field) const;
};

// The generic CSV profile (resources/profiles/generic.toml).
ImportMapping genericMapping();

} // namespace duedesk
