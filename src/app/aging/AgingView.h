// AgingView: the aged debt table by analyst, account, currency or risk
// class as of any date (past dates reconstruct the ledger as it was), with
// configurable buckets and a bar chart of the bucket totals. Aging is
// computed off the UI thread, and only the newest request's answer is shown.
#pragma once

#include "app/aging/AgingTableModel.h"
#include "app/common/BackgroundTask.h"
#include "app/session/AppSession.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace duedesk::app {

class AgingView final : public QWidget {
    Q_OBJECT
public:
    AgingView(AppSession& session, QWidget* parent = nullptr);
    void refresh();
    AgingTableModel& model() { return *model_; }
    // Opens the documents behind a cell (double-click); nothing for the
    // group and currency columns.
    class AgingDrillDownDialog* openDrillDown(const QModelIndex& index);
    enum class ExportFormat { Csv, Xlsx };
    // Writes the table as shown to a file, off the UI thread; exported()
    // tells how it went, and the status line says so.
    void exportTable(const QString& path, ExportFormat format);

signals:
    void refreshed();
    void exported(bool written);

private:
    void showChart(const AgingTable& table);

    AppSession& session_;
    AgingTableModel* model_;
    QDateEdit* asOf_;
    QComboBox* grouping_;
    QLineEdit* buckets_;
    QTableView* table_;
    QChartView* chart_;
    QLabel* status_;
    RequestSequence computations_;
};

} // namespace duedesk::app
