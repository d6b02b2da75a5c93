// LedgerModel: the ledger list as a table, one row per shown account and
// currency. The
// core's LedgerSelection decides which rows show and in what order, and
// its LedgerColumns table which columns there are; the model only turns
// them into cells. A filter or sort is one model reset: at 100,000 rows a
// reset is far cheaper for the view than the row moves a sorting proxy
// reports.
#pragma once

#include "duedesk/reports/LedgerColumns.h"
#include "duedesk/reports/LedgerSelection.h"

#include <QAbstractTableModel>
#include <QLocale>

#include <vector>

namespace duedesk::app {

class LedgerModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    // The view's section of a column: the columns show in the core's order.
    static constexpr int section(LedgerColumn column) { return static_cast<int>(column); }

    explicit LedgerModel(QObject* parent = nullptr);
    void setListing(LedgerListing listing);
    void setFilter(LedgerFilter filter);
    // The day follow-ups are due by: those on or before it stand out.
    void setAsOf(Date asOf) { asOf_ = asOf; }
    const LedgerRow& ledgerRow(int row) const { return selection_.shown(static_cast<std::size_t>(row)); }
    const LedgerSelection& selection() const { return selection_; }
    const Currency& reportingCurrency() const { return reportingCurrency_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    // Qt::DisplayRole: the text; RawValueRole: the value the core sorts on.
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

private:
    QString text(const LedgerRow& row, LedgerColumn column) const;

    LedgerSelection selection_;
    Currency reportingCurrency_;
    QLocale locale_;
    Date asOf_ = Date::fromDayNumber(0);
};

} // namespace duedesk::app
