// How the workstation's table views are set up, in one place: compact
// rows, columns fitted to the view, and sorting on the raw values when the
// user clicks a heading.
#pragma once

class QAbstractItemModel;
class QSortFilterProxyModel;
class QTableView;

namespace duedesk::app {

// Rows one line of text high with a little air, whatever the font.
void setCompactRows(QTableView& view);

// Shows `model` in `view` through a proxy, owned by the view, that sorts
// on RawValueRole when the user clicks a heading. Until then, and after a
// third click on the same heading, the rows keep the model's own order.
// Returns the proxy, to map the view's rows to the model's.
QSortFilterProxyModel* showSortable(QTableView& view, QAbstractItemModel& model);

// Sizes the columns to their contents, but no text column wider than two
// fifths of the view: a long note or reason is cut short (its tooltip
// shows it whole) rather than pushing the columns after it out of sight.
void fitColumns(QTableView& view);

} // namespace duedesk::app
