// Table view set-up shared by every view.
#include "app/common/TableViews.h"

#include "app/common/ModelRoles.h"

#include <algorithm>

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace duedesk::app {

void setCompactRows(QTableView& view) { view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 8); }

QSortFilterProxyModel* showSortable(QTableView& view, QAbstractItemModel& model) {
    auto* proxy = new QSortFilterProxyModel(&view);
    proxy->setSortRole(RawValueRole);
    proxy->setSourceModel(&model);
    view.setModel(proxy);
    // No sort column yet: the model's order until a heading is clicked.
    view.horizontalHeader()->setSortIndicatorClearable(true);
    view.horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    view.setSortingEnabled(true);
    return proxy;
}

void fitColumns(QTableView& view) {
    view.resizeColumnsToContents();
    const int widest = std::max(200, view.viewport()->width() * 2 / 5);
    for (int c = 0; c < view.horizontalHeader()->count(); ++c)
        if (view.columnWidth(c) > widest) view.setColumnWidth(c, widest);
}

} // namespace duedesk::app
