// trimBlanks: text without the spaces, tabs and line ends around it, as
// fields of files and typed values are compared. One definition for the
// readers, rules and matchers that all need the same.
#pragma once

#include <string_view>

namespace duedesk {

inline std::string_view trimBlanks(std::string_view s) {
    const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!s.empty() && blank(s.front())) s.remove_prefix(1);
    while (!s.empty() && blank(s.back())) s.remove_suffix(1);
    return s;
}

} // namespace duedesk
