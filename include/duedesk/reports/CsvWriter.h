// CsvWriter: RFC 4180 output, quoting only the fields that need it.
#pragma once

#include <string>
#include <string_view>

namespace duedesk {

class CsvWriter final {
public:
    explicit CsvWriter(std::string& out, char separator = ',') : out_(out), separator_(separator) {}
    CsvWriter& field(std::string_view value);
    void endRow();

private:
    std::string& out_;
    char separator_;
    bool rowStarted_ = false;
};

} // namespace duedesk
