// RecordMapper: turns the records of an export file into ImportRows using
// an ImportMapping, checking every value and reporting each problem with
// the column name the file itself uses.
#pragma once

#include "duedesk/domain/Currency.h"
#include "duedesk/domain/Date.h"
#include "duedesk/domain/Document.h"
#include "duedesk/importing/CsvReader.h"
#include "duedesk/importing/ImportMapping.h"
#include "duedesk/importing/ImportProblem.h"

#include <array>
#include <optional>
#include <string_view>

namespace duedesk {

// One document line of an import file. Text fields view the record they
// came from and are valid until the reader's next record.
struct ImportRow {
    std::size_t line = 0;
    std::string_view account;
    std::string_view accountName; // empty when the file has none
    std::string_view document;
    DocumentType type = DocumentType::Invoice;
    Date documentDate = Date::fromDayNumber(0);
    Date dueDate = Date::fromDayNumber(0);
    Currency currency;
    std::int64_t amount = 0; // minor units, positive
    std::int64_t openAmount = 0; // minor units, 0..amount
    std::string_view reference;
    std::string_view analyst; // empty: leave the account's analyst alone
};

class RecordMapper final {
public:
    explicit RecordMapper(ImportMapping mapping);

    // Finds each field's column in the header; false (with problems) when
    // a required column is missing or a column appears twice.
    bool bindHeader(const CsvRecord& header, ImportProblems& problems);

    // Checks and converts one record; false (with problems) when any value
    // is invalid. Several problems of one row are all reported.
    bool map(const CsvRecord& record, ImportRow& row, ImportProblems& problems) const;

    // Whether the file has a column for the field at all. A missing
    // optional column leaves the stored value alone; an empty cell sets it.
    bool hasColumn(ImportField field) const { return columnIndex_[static_cast<std::size_t>(field)] >= 0; }
    // The column's name as the file writes it (for messages).
    std::string columnLabel(ImportField field) const;
    const ImportMapping& mapping() const { return mapping_; }
    // The field's text in a record, trimmed; empty when the file has no
    // such column or the record is too short (total lines read it too).
    std::string_view value(const CsvRecord& record, ImportField field) const;

private:
    // The column the spec names (its first name the header has), or -1;
    // a name found twice is a problem.
    int findColumn(const CsvRecord& header, const ColumnSpec& spec, std::string& label, ImportProblems& problems) const;
    void bindFallbackColumns(const CsvRecord& header, ImportProblems& problems);
    bool readAmounts(const CsvRecord& record, ImportRow& row, std::string_view typeCode, bool typeKnown,
                     ImportProblems& problems) const;

    ImportMapping mapping_;
    std::array<int, kImportFieldCount> columnIndex_{};
    std::array<std::string, kImportFieldCount> headerLabel_{};
    std::array<ColumnPart, kImportFieldCount> columnPart_{};
    std::size_t headerWidth_ = 0;
};

} // namespace duedesk
