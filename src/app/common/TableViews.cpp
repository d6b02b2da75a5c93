// Table view set-up shared by every view.
#include "app/common/TableViews.h"

#include "app/common/ModelRoles.h"

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

} // namespace duedesk::app
