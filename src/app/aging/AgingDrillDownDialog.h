// AgingDrillDownDialog: the documents behind one cell of the aging view,
// read off the UI thread. The layout is the form ui/AgingDrillDownDialog.ui.
#pragma once

#include "app/aging/AgingDrillDownModel.h"
#include "app/common/BackgroundTask.h"

#include "duedesk/reports/AgingDrillDown.h"
#include "duedesk/storage/LedgerConnector.h"

#include <QDialog>

#include <memory>
#include <optional>
#include <string>

class QTableView;

namespace Ui {
class AgingDrillDownDialog;
}

namespace duedesk::app {

class AgingDrillDownDialog final : public QDialog {
    Q_OBJECT
public:
    AgingDrillDownDialog(const LedgerConnector& connector, const AgingOptions& options, const AgingRow& row,
                         std::optional<std::size_t> bucket, AgingCellScope scope, const QString& columnTitle,
                         QWidget* parent = nullptr);
    ~AgingDrillDownDialog() override;
    // A total cell can stand for hundreds of thousands of documents: the
    // largest this many are listed, and the summary says so.
    static constexpr int kMaxListed = 5000;
    // The documents as shown (sorted as the user chose).
    QTableView& items();

signals:
    void loaded();
    // The user opened a document's account (double-click or Enter).
    void accountActivated(AccountId account);

private:
    std::unique_ptr<Ui::AgingDrillDownDialog> ui_;
    void openAccount(const std::string& number);

    AgingDrillDownModel items_;
    LedgerConnector connector_;
    RequestSequence loads_;
};

} // namespace duedesk::app
