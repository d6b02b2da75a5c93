// MainWindow: navigation on the left (Ledger, Aging), the chosen view on
// the right, and the database, user and as-of date in the status bar.
// Geometry and the last view are remembered between runs.
#pragma once

#include "app/session/AppSession.h"

#include "duedesk/domain/Account.h"

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace duedesk::app {

class AccountView;
class AgingView;
class ExchangeRatesDialog;
class CashView;
class ImportWizard;
class LedgerView;
class UserGuideDialog;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(AppSession& session, QWidget* parent = nullptr);
    LedgerView& ledgerView() { return *ledger_; }
    AgingView& agingView() { return *aging_; }
    void showPage(int page);
    // Opens the account in a window of its own.
    AccountView* openAccount(duedesk::AccountId account);
    // File > Import: the wizard, window-modal; the views reload after a
    // successful import.
    ImportWizard* openImportWizard();
    // Tools > Exchange rates: the ledger reloads when a rate changes.
    ExchangeRatesDialog* openExchangeRates();
    // Help > User guide: the guide (docs/user-guide.md) in a window of its own.
    UserGuideDialog* openUserGuide();

    // View > Cash application: the proposals for the signed-in analyst's
    // accounts (everyone's for other roles) in a window of its own.
    CashView* openCashApplication();

signals:
    // File > Sign out: the session should end and the sign-in show again.
    void signOutRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();

    AppSession& session_;
    QListWidget* navigation_;
    QStackedWidget* pages_;
    LedgerView* ledger_;
    AgingView* aging_;
};

} // namespace duedesk::app
