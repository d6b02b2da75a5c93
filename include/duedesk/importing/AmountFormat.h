// AmountFormat: how an export writes amounts (decimal point, thousands
// separator, how negatives look, currency symbols), and the exact reading
// of such text into minor units.
#pragma once

#include "duedesk/domain/Currency.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace duedesk {

struct AmountFormat {
    char decimalPoint = '.';
    char thousandsSeparator = '\0'; // none
    bool leadingMinus = true; // -1234.56
    bool trailingMinus = false; // 1.234,56-  (SAP)
    bool parentheses = false; // (1,234.56) (accounting style)
    bool currencySymbols = false; // $1,234.56, 1.234,56 €, USD 1,234.56

    // Signed minor units, or nothing and the reason, naming the text as
    // written: "\"1.234,567\" has more decimal places than EUR allows (2)".
    std::optional<std::int64_t> read(std::string_view text, Currency currency, std::string* reason = nullptr) const;
    // The inverse of read(), for messages that show a sum the way the file
    // writes amounts: -1234567 EUR as "12.345,67-" (SAP) or "-12,345.67".
    std::string write(std::int64_t minorUnits, Currency currency) const;
};

} // namespace duedesk
