// LedgerProxy: sorts the ledger on raw values and shows the rows the core's
// LedgerFilter accepts; the proxy holds no rule of its own.
#pragma once

#include "duedesk/reports/LedgerList.h"

#include <QSortFilterProxyModel>

namespace duedesk::app {

class LedgerProxy final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit LedgerProxy(QObject* parent = nullptr);
    void setFilter(LedgerFilter filter);
    const LedgerFilter& filter() const { return filter_; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    LedgerFilter filter_;
};

} // namespace duedesk::app
