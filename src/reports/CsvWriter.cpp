// RFC 4180 field quoting, and the neutralising of formula-like text for
// files a spreadsheet opens.
#include "duedesk/reports/CsvWriter.h"

namespace duedesk {

bool CsvWriter::looksLikeFormula(std::string_view value) {
    if (value.empty()) return false;
    switch (value.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r': return true;
    default: return false;
    }
}

CsvWriter& CsvWriter::field(std::string_view value) {
    write(value, reader_ == CsvReader::Spreadsheet && looksLikeFormula(value));
    return *this;
}

CsvWriter& CsvWriter::number(std::string_view value) {
    write(value, false);
    return *this;
}

void CsvWriter::write(std::string_view value, bool neutralise) {
    if (rowStarted_) out_.push_back(separator_);
    rowStarted_ = true;
    // A neutralised cell is always quoted, so the apostrophe stays inside
    // the cell's text whatever the reader's quoting rules.
    const bool needsQuotes =
        neutralise || value.find_first_of(std::string{'"', '\n', '\r', separator_}) != std::string_view::npos;
    if (!needsQuotes) {
        out_.append(value);
        return;
    }
    out_.push_back('"');
    if (neutralise) out_.push_back('\'');
    for (char c : value) {
        if (c == '"') out_.push_back('"');
        out_.push_back(c);
    }
    out_.push_back('"');
}

void CsvWriter::endRow() {
    out_.append("\r\n");
    rowStarted_ = false;
}

} // namespace duedesk
