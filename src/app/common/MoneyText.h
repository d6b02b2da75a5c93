// Money as the user's locale writes it: grouping and decimal point from
// QLocale, digits exact from the integer minor units.
#pragma once

#include "duedesk/domain/Currency.h"

#include <QLocale>
#include <QString>

#include <cstdint>

namespace duedesk::app {

QString moneyText(std::int64_t minorUnits, const Currency& currency, const QLocale& locale = QLocale());

} // namespace duedesk::app
