// FirstStartDialog: shown when there is no ledger at the database path yet.
// The user loads the demo portfolio (to try Duedesk out) or starts an empty
// ledger as its first administrator. The ledger is created off the UI
// thread with progress shown; on success the dialog accepts, and the
// sign-in dialog that follows offers the right user name. The layout is the
// form ui/FirstStartDialog.ui.
#pragma once

#include "duedesk/demo/DemoPortfolio.h"

#include <QDialog>

#include <memory>
#include <string>

namespace Ui {
class FirstStartDialog;
}

namespace duedesk::app {

class FirstStartDialog final : public QDialog {
    Q_OBJECT
public:
    // `demo` sizes the demo portfolio (the workstation loads 2,000 accounts).
    FirstStartDialog(std::string databasePath, DemoOptions demo, QWidget* parent = nullptr);
    ~FirstStartDialog() override;
    // Starts creating the chosen ledger; the dialog accepts when it is made,
    // or shows what is wrong and stays open.
    void create();
    void reject() override;

signals:
    void failed(const QString& message);

private:
    void setBusy(bool busy);
    void updateChoice();
    void showError(const QString& message);

    std::unique_ptr<Ui::FirstStartDialog> ui_;
    std::string path_;
    DemoOptions demo_;
};

} // namespace duedesk::app
