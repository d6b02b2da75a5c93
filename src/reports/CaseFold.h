// Folding and searching text without regard to ASCII case, without
// allocating: the ledger filter searches 100,000 rows a keystroke.
// Letters beyond ASCII match as they are.
#pragma once

#include <algorithm>
#include <string_view>

namespace duedesk::casefold {

inline unsigned char fold(char c) { return static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c); }

inline bool contains(std::string_view haystack, std::string_view needle) {
    const auto equal = [](char x, char y) { return fold(x) == fold(y); };
    return std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(), equal) != haystack.end();
}

} // namespace duedesk::casefold
