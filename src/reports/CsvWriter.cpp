// RFC 4180 field quoting.
#include "duedesk/reports/CsvWriter.h"

namespace duedesk {

CsvWriter& CsvWriter::field(std::string_view value) {
    if (rowStarted_) out_.push_back(separator_);
    rowStarted_ = true;
    const bool needsQuotes = value.find_first_of(std::string{'"', '\n', '\r', separator_}) != std::string_view::npos;
    if (!needsQuotes) {
        out_.append(value);
        return *this;
    }
    out_.push_back('"');
    for (char c : value) {
        if (c == '"') out_.push_back('"');
        out_.push_back(c);
    }
    out_.push_back('"');
    return *this;
}

void CsvWriter::endRow() {
    out_.append("\r\n");
    rowStarted_ = false;
}

} // namespace duedesk
