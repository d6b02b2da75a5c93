// Reading dates by pattern, strictly: every character must be accounted for.
#include "duedesk/importing/DatePattern.h"

#include <array>

namespace duedesk {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                                      "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// Reads between min and max digits at pos.
bool readNumber(std::string_view text, std::size_t& pos, int minDigits, int maxDigits, int& value) {
    value = 0;
    int n = 0;
    while (n < maxDigits && pos < text.size() && isDigit(text[pos])) {
        value = value * 10 + (text[pos] - '0');
        ++pos;
        ++n;
    }
    return n >= minDigits;
}

} // namespace

DatePattern DatePattern::iso() { return *parse("YYYY-MM-DD"); }

std::optional<DatePattern> DatePattern::parse(std::string_view pattern, std::string* reason) {
    std::vector<Part> parts;
    bool year = false, month = false, day = false;
    for (std::size_t i = 0; i < pattern.size();) {
        const std::string_view rest = pattern.substr(i);
        const auto take = [&](Token t, std::size_t length, bool& seen) {
            parts.push_back({t, 0});
            i += length;
            const bool twice = seen;
            seen = true;
            return !twice;
        };
        bool ok = true;
        if (rest.starts_with("YYYY"))
            ok = take(Token::Year4, 4, year);
        else if (rest.starts_with("YY"))
            ok = take(Token::Year2, 2, year);
        else if (rest.starts_with("MON"))
            ok = take(Token::MonthName, 3, month);
        else if (rest.starts_with("MM"))
            ok = take(Token::Month2, 2, month);
        else if (rest.starts_with("M"))
            ok = take(Token::Month12, 1, month);
        else if (rest.starts_with("DD"))
            ok = take(Token::Day2, 2, day);
        else if (rest.starts_with("D"))
            ok = take(Token::Day12, 1, day);
        else {
            parts.push_back({Token::Literal, pattern[i]});
            ++i;
        }
        if (!ok) {
            if (reason) *reason = "\"" + std::string(pattern) + "\" names the year, month or day twice";
            return std::nullopt;
        }
    }
    if (!year || !month || !day) {
        if (reason)
            *reason =
                "\"" + std::string(pattern) + "\" needs a year (YYYY), a month (MM, M or MON) and a day (DD or D)";
        return std::nullopt;
    }
    return DatePattern(std::string(pattern), std::move(parts));
}

std::optional<Date> DatePattern::read(std::string_view text) const {
    int y = 0, m = 0, d = 0;
    std::size_t pos = 0;
    for (const Part& part : parts_) {
        switch (part.token) {
        case Token::Year4:
            if (!readNumber(text, pos, 4, 4, y)) return std::nullopt;
            break;
        case Token::Year2:
            if (!readNumber(text, pos, 2, 2, y)) return std::nullopt;
            y += 2000;
            break;
        case Token::Month2:
            if (!readNumber(text, pos, 2, 2, m)) return std::nullopt;
            break;
        case Token::Month12:
            if (!readNumber(text, pos, 1, 2, m)) return std::nullopt;
            break;
        case Token::Day2:
            if (!readNumber(text, pos, 2, 2, d)) return std::nullopt;
            break;
        case Token::Day12:
            if (!readNumber(text, pos, 1, 2, d)) return std::nullopt;
            break;
        case Token::MonthName: {
            if (pos + 3 > text.size()) return std::nullopt;
            std::string name(text.substr(pos, 3));
            for (char& c : name)
                if (c >= 'a' && c <= 'z') c = char(c - 'a' + 'A');
            m = 0;
            for (std::size_t i = 0; i < kMonths.size(); ++i)
                if (kMonths[i] == name) m = static_cast<int>(i) + 1;
            if (m == 0) return std::nullopt;
            pos += 3;
            break;
        }
        case Token::Literal:
            if (pos >= text.size() || text[pos] != part.literal) return std::nullopt;
            ++pos;
            break;
        }
    }
    if (pos != text.size()) return std::nullopt;
    return Date::fromYmd(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
}

} // namespace duedesk
