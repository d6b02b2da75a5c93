// MainWindow: navigation on the left (Ledger, Aging, My day for those who
// own accounts, Team queues for those who may reassign them, Disputes,
// Write-offs), the chosen view on the right, and the database, user and
// as-of date in the status bar. Analysts start on My day, team leaders
// on the team queues; others on the view they last used. Geometry is
// remembered between runs.
#pragma once

#include "app/session/AppSession.h"

#include "duedesk/domain/Account.h"
#include "duedesk/reports/Worklist.h"

#include <QMainWindow>

#include <optional>
#include <vector>

class QListWidget;
class QStackedWidget;

namespace duedesk::app {

class AccountView;
class AgingView;
class ExchangeRatesDialog;
class CashView;
class DiaryView;
class ReassignDialog;
class StrategyEditor;
class TeamQueuesView;
class DisputesView;
class WriteOffsView;
class EscalationsView;
class ImportWizard;
class LedgerView;
class UserGuideDialog;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(AppSession& session, QWidget* parent = nullptr);
    LedgerView& ledgerView() { return *ledger_; }
    AgingView& agingView() { return *aging_; }
    // The signed-in user's diary, for analysts and team leaders; else null.
    DiaryView* myDay() { return myDay_; }
    // The team's queues, for those who may reassign accounts; else null.
    TeamQueuesView* teamQueues() { return team_; }
    DisputesView& disputesView() { return *disputes_; }
    WriteOffsView& writeOffsView() { return *writeOffs_; }
    EscalationsView& escalationsView() { return *escalations_; }
    void showPage(int page);
    void showPage(const QString& name);
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

    // Diary > Work next (F8): My day's next item, on My day.
    void workNext();
    // Works an item of `diary`: its account window with the contact log
    // dialog open, the next step preset from the item's action. F8 in that
    // window closes it and works the diary's next item.
    AccountView* workOn(const duedesk::WorkItem& item, DiaryView& diary);
    // Another analyst's diary in a window of its own (from the team queues).
    DiaryView* openDiaryOf(const duedesk::User& analyst);
    // Reassign… the accounts (all of `from`'s, or a selection); the views
    // reload when they have moved.
    ReassignDialog* openReassign(const std::vector<duedesk::AccountId>& accounts,
                                 const std::optional<duedesk::User>& from = {});
    // Diary > Collection strategies…, for those who may edit them: one
    // window, brought forward when asked again.
    StrategyEditor* openStrategyEditor();
    // Reloads everything a contact, a hold or a reassignment changes.
    void reloadWork();
    // The day's strategy assignment (see StrategyChoices.h), in the
    // background; the status bar says what it did.
    void recordStrategyChoices();

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
    DiaryView* myDay_ = nullptr;
    TeamQueuesView* team_ = nullptr;
    DisputesView* disputes_ = nullptr;
    WriteOffsView* writeOffs_ = nullptr;
    EscalationsView* escalations_ = nullptr;
};

} // namespace duedesk::app
