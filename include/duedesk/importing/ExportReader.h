// ExportReader: the records of an export file as its mapping describes it.
// Finds the header (on a fixed line, or the first line that names every
// required column, trying each separator when the mapping leaves it open),
// and yields data rows with frames, rule lines and total lines removed.
// A printed list may repeat its header (and title lines) before every
// block; those are recognised and skipped, and total lines are checked
// when the mapping asks for it (ListTotals).
#pragma once

#include "duedesk/importing/CsvReader.h"
#include "duedesk/importing/ImportMapping.h"
#include "duedesk/importing/ImportProblem.h"
#include "duedesk/importing/ListTotals.h"
#include "duedesk/importing/RecordMapper.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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
    // The next data row; false at the end. Total lines that disagree with
    // the rows above them are added to `problems`. Throws CsvSyntaxError.
    bool next(CsvRecord& record, ImportProblems& problems);

    std::size_t headerLine() const { return headerLine_; }
    char separator() const { return separator_; }
    // Bytes of the file read so far and in all, for progress.
    std::size_t offset() const { return source_.bytesRead(); }
    std::size_t size() const { return source_.bytesTotal(); }

private:
    enum class LineKind { Data, Rule, RepeatedHeader, Text, Total, Skipped };
    struct Recognised {
        LineKind kind = LineKind::Data;
        std::size_t totalLevel = 0; // for totals: 1 for "*", 2 for "**" ...
    };

    bool tryHeaderAt(std::size_t offset, std::size_t line, char separator, ImportProblems& problems);
    // Removes the |...| frame; false when the record has none.
    bool unframe(CsvRecord& record) const;
    Recognised recognise(const CsvRecord& record, bool framed) const;
    bool isHeaderAgain(const CsvRecord& record) const;

    TextSource& source_;
    const ImportMapping& mapping_;
    RecordMapper& mapper_;
    CsvReader reader_;
    std::size_t headerLine_ = 0;
    char separator_ = ',';
    bool headerFramed_ = false; // an unconverted list: |a|b|c|
    std::vector<std::string> headerNames_; // trimmed, to recognise the header repeated
    std::optional<ListTotals> totals_;
};

} // namespace duedesk
