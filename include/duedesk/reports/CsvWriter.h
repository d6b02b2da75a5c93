// CsvWriter: RFC 4180 output, quoting only the fields that need it.
//
// Who reads the file decides how text is written. A spreadsheet program
// runs a cell that begins with =, +, -, @, a tab or a carriage return as a
// formula, and customer names and references come from outside the
// company; so a file meant for a spreadsheet neutralises such text cells
// (OWASP's advice on CSV injection: a leading apostrophe), while numbers,
// written with number(), stay numbers. A file meant to be imported again
// keeps every value exact.
#pragma once

#include <string>
#include <string_view>

namespace duedesk {

enum class CsvReader {
    Spreadsheet, // aging, drill-down, reports: opened by people in a spreadsheet
    Program, // the ledger export: read back by an import, byte for byte
};

class CsvWriter final {
public:
    CsvWriter(std::string& out, CsvReader reader, char separator = ',')
        : out_(out), reader_(reader), separator_(separator) {}

    // A text cell (names, references, codes).
    CsvWriter& field(std::string_view value);
    // A number as plain text ("-300.00"), never neutralised.
    CsvWriter& number(std::string_view value);
    void endRow();

    // Whether a spreadsheet would take `value` for a formula.
    static bool looksLikeFormula(std::string_view value);

private:
    void write(std::string_view value, bool neutralise);

    std::string& out_;
    CsvReader reader_;
    char separator_;
    bool rowStarted_ = false;
};

} // namespace duedesk
