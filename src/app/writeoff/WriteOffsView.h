// WriteOffsView: the main window's Write-offs page: the ledger's write-off
// requests (those awaiting approval unless the user picks another state
// or all), sortable, with the account, customer, amount, reason, who asked
// and when, the state and the approver. An approver sees their limit and
// Approve… and Reject… on the selected request; one they may not approve
// (their own, above their limit) is greyed and marked, and its buttons are
// disabled with a tooltip giving the core's reason (the core refuses it
// anyway). The write-off administrator exports the journal (CSV or XLSX)
// and marks approved write-offs posted. Enter or a double-click opens the
// account. It loads off the UI thread. The layout is ui/WriteOffsView.ui.
#pragma once

#include "app/common/BackgroundTask.h"
#include "app/session/AppSession.h"
#include "app/writeoff/WriteOffModels.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QTableView;

namespace Ui {
class WriteOffsView;
}

namespace duedesk::app {

class WriteOffDecisionDialog;
class WriteOffPostDialog;

class WriteOffsView final : public QWidget {
    Q_OBJECT
public:
    // Which requests the page lists: those in one state, or all.
    enum class Show { Requested, Approved, Rejected, Posted, All };
    enum class ExportFormat { Csv, Xlsx };
    explicit WriteOffsView(AppSession& session, QWidget* parent = nullptr);
    ~WriteOffsView() override;
    void reload();
    void show(Show which);
    QTableView& table();
    // Selects the row of write-off `id`, if it is shown.
    void select(WriteOffId id);
    // Approve… and Reject… on the selected request, as the buttons do
    // (nothing when the button is disabled).
    WriteOffDecisionDialog* approveSelected();
    WriteOffDecisionDialog* rejectSelected();
    // Mark posted…, as the button does (nothing when nothing is approved
    // or the user may not post).
    WriteOffPostDialog* markPosted();
    // Writes the journal of approved write-offs to `path`, off the UI
    // thread; exported() says whether it was written.
    void exportJournal(const QString& path, ExportFormat format);

signals:
    void loaded();
    void exported(bool written);
    void accountActivated(duedesk::AccountId account);
    // A write-off was approved, rejected or posted (posting closes open
    // amounts: the ledger and the aging change).
    void changed();

private:
    void showRows();
    void updateButtons();
    std::optional<WriteOffListingRow> selected() const;
    void openSelected();
    void open(QDialog* dialog);
    std::unique_ptr<Ui::WriteOffsView> ui_;
    AppSession& session_;
    WriteOffsModel model_;
    WriteOffListing listing_; // every state; the page shows those chosen
    RequestSequence loads_;
};

} // namespace duedesk::app
