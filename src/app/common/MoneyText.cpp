// Locale formatting of exact amounts.
#include "app/common/MoneyText.h"

#include "duedesk/domain/Money.h"

namespace duedesk::app {

QString moneyText(std::int64_t minorUnits, const Currency& currency, const QLocale& locale) {
    // The core formats exactly with placeholder separators; the locale's own
    // (which may be several characters, like a narrow no-break space) are
    // put in afterwards.
    const std::string plain = formatMinorUnits(minorUnits, currency.minorDigits(), '\x01', '\x02');
    QString out;
    out.reserve(static_cast<qsizetype>(plain.size()) + 4);
    for (char c : plain) {
        if (c == '\x01')
            out += locale.groupSeparator();
        else if (c == '\x02')
            out += locale.decimalPoint();
        else if (c == '-')
            out += locale.negativeSign();
        else
            out += QLatin1Char(c);
    }
    return out;
}

} // namespace duedesk::app
