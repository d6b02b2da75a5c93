// AgingTableModel: an AgingTable as rows (groups) and columns (group,
// currency, buckets, unapplied, total, disputed), the per-currency totals
// last.
// Amount cells give their minor units under RawValueRole.
#pragma once

#include "duedesk/reports/AgingReport.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QSortFilterProxyModel>

namespace duedesk::app {

class AgingTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit AgingTableModel(QObject* parent = nullptr);
    void setTable(AgingTable table);
    const AgingTable& table() const { return table_; }
    // The row behind a model row (a group's or a currency total's).
    const AgingRow& agingRow(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    int bucketCount() const { return static_cast<int>(table_.options.buckets.count()); }
    AgingTable table_;
    QLocale locale_;
};

// Sorts the groups on the raw value of the clicked column; the
// per-currency totals stay below them in either direction.
class AgingSortProxy final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit AgingSortProxy(AgingTableModel& model, QObject* parent = nullptr);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    bool isTotal(const QModelIndex& index) const;
    AgingTableModel& model_;
};

} // namespace duedesk::app
