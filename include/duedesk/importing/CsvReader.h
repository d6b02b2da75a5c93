// CsvReader: RFC 4180 records from UTF-8 text, with the physical line each
// record starts on (quoted fields may span lines), so every problem can be
// reported as FILE:LINE. The text is either in memory or read from a
// TextSource through a buffer, so a file of any size is read in bounded
// memory.
#pragma once

#include "duedesk/importing/TextSource.h"

#include <cstddef>
#include <deque>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace duedesk {

struct CsvRecord {
    std::size_t line = 0; // 1-based physical line where the record starts
    std::vector<std::string_view> fields;
};

// Malformed quoting; the reader cannot resynchronise after it.
class CsvSyntaxError final : public std::runtime_error {
public:
    CsvSyntaxError(std::size_t line, const std::string& reason) : std::runtime_error(reason), line_(line) {}
    std::size_t line() const { return line_; }

private:
    std::size_t line_;
};

class CsvReader final {
public:
    // The buffer a source is read through. It grows only for a record that
    // fills more than half of it.
    static constexpr std::size_t kBufferSize = std::size_t(1) << 18;

    // The text must outlive the reader and every record it returns.
    explicit CsvReader(std::string_view text, char separator = ',');
    // Reads the text from `source`, which must outlive the reader.
    explicit CsvReader(TextSource& source, char separator = ',', std::size_t bufferSize = kBufferSize);

    // Reads the next non-blank record; false at the end of the text. The
    // record's fields stay valid until the next call.
    bool next(CsvRecord& record);

    // Unconverted SAP lists are printed text, not CSV: a '"' in them is part
    // of the text ("5\" pipe"), never quoting. Off by default.
    void setQuotesAreText(bool quotesAreText) { quotesAreText_ = quotesAreText; }

    // Offset into the text of the next byte to read.
    std::size_t offset() const { return base_ + pos_; }

    // For a search that tries the first lines one by one (the header
    // search): while kept, all text from the start stays in the buffer, so
    // restart() may go back to any offset read so far.
    void keepTextFromStart(bool keep) { keepStart_ = keep; }
    // Reads on from `offset`, known to begin line `line`, with `separator`.
    void restart(std::size_t offset, std::size_t line, char separator);
    // The offset just past the line feed ending the line at `offset`, or
    // the end of the text. Only while the text is kept from the start.
    std::size_t nextLineStart(std::size_t offset);
    // Whether the text goes on at `offset`. Only while the text is kept.
    bool hasTextAt(std::size_t offset);

private:
    // False when the record runs past the buffer before the end of the text.
    bool parseRecord(CsvRecord& record);
    bool quotedField(std::size_t fieldIndex, std::size_t recordLine, std::string_view& field);
    // Drops the buffer's text before `keepFrom` (unless the start is kept)
    // and appends more from the source; false at the end of the text.
    bool readMore(std::size_t keepFrom);

    TextSource* source_ = nullptr; // none: the text is all in memory
    std::vector<char> buffer_;
    std::string_view text_; // the text in memory, or the buffer's filled part
    bool atEnd_ = true; // text_ runs to the end of the text
    bool keepStart_ = false;
    std::size_t base_ = 0; // offset into the text of text_[0]
    char separator_;
    std::size_t pos_ = 0; // into text_
    std::size_t line_ = 1;
    bool quotesAreText_ = false;
    // Unescaped copies of quoted fields that contained doubled quotes;
    // kept per field index so their buffers are reused record to record.
    // A deque, because growing it must not move strings already viewed.
    std::deque<std::string> unescaped_;
};

} // namespace duedesk
