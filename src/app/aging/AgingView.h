// AgingView: the aged debt table by analyst, account, currency or risk
// class as of any date (past dates reconstruct the ledger as it was), with
// configurable buckets and a bar chart of the bucket totals. The layout is
// the form ui/AgingView.ui; aging is computed off the UI thread, and only
// the newest request's answer is shown.
#pragma once

#include "app/aging/AgingTableModel.h"
#include "app/common/BackgroundTask.h"
#include "app/session/AppSession.h"

#include <QWidget>

#include <memory>

namespace Ui {
class AgingView;
}

namespace duedesk::app {

class AgingView final : public QWidget {
    Q_OBJECT
public:
    AgingView(AppSession& session, QWidget* parent = nullptr);
    ~AgingView() override;
    void refresh();
    AgingTableModel& model() { return *model_; }
    // Opens the documents behind a cell of the model (double-click or
    // Enter on the table); nothing for the group and currency columns.
    class AgingDrillDownDialog* openDrillDown(const QModelIndex& index);
    enum class ExportFormat { Csv, Xlsx };
    // Writes the table as shown to a file, off the UI thread; exported()
    // tells how it went, and the status line says so. Refused while the
    // table is not the answer to the options on screen (they are invalid,
    // or it is being computed): the file would not be what it says.
    void exportTable(const QString& path, ExportFormat format);
    // The table on screen answers the options shown.
    bool tableCurrent() const { return current_; }

signals:
    void refreshed();
    void exported(bool written);
    // An account was chosen in a drill-down.
    void accountActivated(AccountId account);

private:
    void showChart(const AgingTable& table);
    // No table until the options are valid again: an old one would pass
    // for the answer to the new options.
    void clearTable(const QString& why);
    void setCurrent(bool current);

    std::unique_ptr<Ui::AgingView> ui_;
    AppSession& session_;
    AgingTableModel* model_;
    RequestSequence computations_;
    bool current_ = false;
};

} // namespace duedesk::app
