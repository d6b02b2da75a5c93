// The item roles every table model of the workstation answers besides
// Qt's own: each cell's text is Qt::DisplayRole, and the raw value behind
// it (minor units, day numbers, counts, unformatted text) is RawValueRole,
// which the views' proxies sort on, so "1,200.00" never sorts before
// "900.00".
#pragma once

#include <Qt>

namespace duedesk::app {

inline constexpr int RawValueRole = Qt::UserRole + 1;

} // namespace duedesk::app
