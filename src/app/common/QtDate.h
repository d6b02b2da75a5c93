// Converting between the core's Date and Qt's QDate, for date pickers and
// the clock. One place, so every view converts the same way.
#pragma once

#include "duedesk/domain/Date.h"

#include <QDate>

namespace duedesk::app {

inline QDate toQDate(Date d) { return QDate(d.year(), static_cast<int>(d.month()), static_cast<int>(d.day())); }

inline Date fromQDate(QDate d) {
    return Date::ymd(d.year(), static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
}

} // namespace duedesk::app
