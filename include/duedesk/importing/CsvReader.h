// CsvReader: RFC 4180 records from text already decoded to UTF-8, with the
// physical line each record starts on (quoted fields may span lines), so
// every problem can be reported as FILE:LINE.
#pragma once

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
    // The text must outlive the reader and every record it returns.
    CsvReader(std::string_view text, char separator = ',');
    // Starts reading at a byte offset known to begin line `line`.
    CsvReader(std::string_view text, char separator, std::size_t offset, std::size_t line);

    // Reads the next non-blank record; false at the end of the text. The
    // record's fields stay valid until the next call.
    bool next(CsvRecord& record);

    // Unconverted SAP lists are printed text, not CSV: a '"' in them is part
    // of the text ("5\" pipe"), never quoting. Off by default.
    void setQuotesAreText(bool quotesAreText) { quotesAreText_ = quotesAreText; }

    // Bytes consumed so far, for progress.
    std::size_t offset() const { return pos_; }
    std::size_t size() const { return text_.size(); }

private:
    std::string_view quotedField(std::size_t fieldIndex, std::size_t recordLine);

    std::string_view text_;
    char separator_;
    std::size_t pos_ = 0;
    std::size_t line_ = 1;
    bool quotesAreText_ = false;
    // Unescaped copies of quoted fields that contained doubled quotes;
    // kept per field index so their buffers are reused record to record.
    // A deque, because growing it must not move strings already viewed.
    std::deque<std::string> unescaped_;
};

} // namespace duedesk
