// The ledger proxy delegates every decision to LedgerFilter.
#include "app/LedgerProxy.h"

#include "app/LedgerModel.h"

namespace duedesk::app {

LedgerProxy::LedgerProxy(QObject* parent) : QSortFilterProxyModel(parent) { setSortRole(LedgerModel::SortRole); }

void LedgerProxy::setFilter(LedgerFilter filter) {
    filter_ = std::move(filter);
    invalidateRowsFilter();
}

bool LedgerProxy::filterAcceptsRow(int sourceRow, const QModelIndex&) const {
    const auto* model = static_cast<const LedgerModel*>(sourceModel());
    return filter_.accepts(model->ledgerRow(sourceRow));
}

} // namespace duedesk::app
