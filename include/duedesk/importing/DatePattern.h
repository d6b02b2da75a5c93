// DatePattern: how an export writes dates, as a pattern of tokens:
// YYYY, YY (20YY), MM (two digits), M (one or two), DD, D, MON (JAN..DEC,
// any case); any other character must appear as it is.
// "DD.MM.YYYY" reads 01.06.2026; "M/D/YYYY" 6/1/2026; "DD-MON-YYYY" 01-JUN-2026.
#pragma once

#include "duedesk/domain/Date.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace duedesk {

class DatePattern final {
public:
    static std::optional<DatePattern> parse(std::string_view pattern, std::string* reason = nullptr);
    static DatePattern iso();

    // The date, or nothing when the text does not follow the pattern or
    // names no calendar day.
    std::optional<Date> read(std::string_view text) const;
    const std::string& pattern() const { return pattern_; }

private:
    enum class Token { Year4, Year2, Month2, Month12, Day2, Day12, MonthName, Literal };
    struct Part {
        Token token;
        char literal;
    };
    DatePattern(std::string pattern, std::vector<Part> parts)
        : pattern_(std::move(pattern)), parts_(std::move(parts)) {}

    std::string pattern_;
    std::vector<Part> parts_;
};

} // namespace duedesk
