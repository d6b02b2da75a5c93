// ExportReader: the records of an export file as its mapping describes it.
// Finds the header (on a fixed line, or the first line that names every
// required column, trying each separator when the mapping leaves it open),
// and yields data rows with frames, rule lines and total lines removed.
#pragma once

#include "duedesk/importing/CsvReader.h"
#include "duedesk/importing/ImportMapping.h"
#include "duedesk/importing/ImportProblem.h"
#include "duedesk/importing/RecordMapper.h"

#include <optional>
#include <string_view>

namespace duedesk {

class ExportReader final {
public:
    // How far the header search looks.
    static constexpr std::size_t kHeaderSearchLines = 100;

    ExportReader(std::string_view text, const ImportMapping& mapping, RecordMapper& mapper);

    // Finds and binds the header; false, with problems, when there is none.
    bool readHeader(ImportProblems& problems);
    // The next data row; false at the end. Throws CsvSyntaxError.
    bool next(CsvRecord& record);

    std::size_t headerLine() const { return headerLine_; }
    char separator() const { return separator_; }
    std::size_t offset() const { return reader_ ? reader_->offset() : 0; }
    std::size_t size() const { return text_.size(); }

private:
    bool tryHeaderAt(std::size_t offset, std::size_t line, char separator, ImportProblems& problems);
    void unframe(CsvRecord& record) const;
    bool isDataRow(const CsvRecord& record) const;

    std::string_view text_;
    const ImportMapping& mapping_;
    RecordMapper& mapper_;
    std::optional<CsvReader> reader_;
    std::size_t headerLine_ = 0;
    char separator_ = ',';
};

} // namespace duedesk
