// LedgerModel: the ledger list as a table, one row per account. Each cell
// has display text and, under SortRole, the raw value to sort by, so
// "1,200.00" never sorts before "900.00".
#pragma once

#include "duedesk/reports/LedgerList.h"

#include <QAbstractTableModel>
#include <QLocale>

#include <vector>

namespace duedesk::app {

class LedgerModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, Name, Analyst, CurrencyCode, Balance, Overdue, OldestDays, CreditLimit, CreditUse, Risk, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit LedgerModel(QObject* parent = nullptr);
    void setRows(std::vector<LedgerRow> rows);
    const LedgerRow& ledgerRow(int row) const { return rows_[static_cast<std::size_t>(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<LedgerRow> rows_;
    QLocale locale_;
};

} // namespace duedesk::app
