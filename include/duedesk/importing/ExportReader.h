// ExportReader: the records of an export file as its mapping describes it.
// Finds the header (on a fixed line, or the first line that names every
// required column, trying each separator when the mapping leaves it open),
// and yields data rows with frames, rule lines and total lines removed.
#pragma once

#include "duedesk/importing/CsvReader.h"
#include "duedesk/importing/ImportMapping.h"
#include "duedesk/importing/ImportProblem.h"
#include "duedesk/importing/RecordMapper.h"

#include <cstddef>

namespace duedesk {

class ExportReader final {
public:
    // How far the header search looks.
    static constexpr std::size_t kHeaderSearchLines = 100;

    // Reads the text from `source`, which must outlive the reader.
    ExportReader(TextSource& source, const ImportMapping& mapping, RecordMapper& mapper,
                 std::size_t bufferSize = CsvReader::kBufferSize);

    // Finds and binds the header; false, with problems, when there is none.
    bool readHeader(ImportProblems& problems);
    // The next data row; false at the end. Throws CsvSyntaxError.
    bool next(CsvRecord& record);

    std::size_t headerLine() const { return headerLine_; }
    char separator() const { return separator_; }
    // Bytes of the file read so far and in all, for progress.
    std::size_t offset() const { return source_.bytesRead(); }
    std::size_t size() const { return source_.bytesTotal(); }

private:
    bool tryHeaderAt(std::size_t offset, std::size_t line, char separator, ImportProblems& problems);
    void unframe(CsvRecord& record) const;
    bool isDataRow(const CsvRecord& record) const;

    TextSource& source_;
    const ImportMapping& mapping_;
    RecordMapper& mapper_;
    CsvReader reader_;
    std::size_t headerLine_ = 0;
    char separator_ = ',';
};

} // namespace duedesk
