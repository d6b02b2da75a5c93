// AgingTableModel: an AgingTable as rows (groups) and columns (group,
// currency, buckets, unapplied, total), the per-currency totals last.
// Amount cells give their minor units under RawValueRole.
#pragma once

#include "duedesk/reports/AgingReport.h"

#include <QAbstractTableModel>
#include <QLocale>

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

} // namespace duedesk::app
