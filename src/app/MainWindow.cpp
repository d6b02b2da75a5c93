// The workstation's main window.
#include "app/MainWindow.h"

#include "app/account/AccountView.h"
#include "app/aging/AgingView.h"
#include "app/cash/CashView.h"
#include "app/diary/DiaryView.h"
#include "app/diary/ReassignDialog.h"
#include "app/diary/StrategyChoices.h"
#include "app/diary/TeamQueuesView.h"
#include "app/dispute/DisputesView.h"
#include "app/escalation/EscalationsView.h"
#include "app/help/UserGuideDialog.h"
#include "app/import/ImportWizard.h"
#include "app/ledger/LedgerView.h"
#include "app/settings/ExchangeRatesDialog.h"
#include "app/strategy/StrategyEditor.h"
#include "app/writeoff/WriteOffsView.h"

#include "duedesk/services/AccessPolicy.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace duedesk::app {

MainWindow::MainWindow(AppSession& session, QWidget* parent)
    : QMainWindow(parent), session_(session), navigation_(new QListWidget(this)), pages_(new QStackedWidget(this)),
      ledger_(new LedgerView(session, this)), aging_(new AgingView(session, this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Duedesk"));
    navigation_->setObjectName(QStringLiteral("navigation"));
    navigation_->addItem(tr("Ledger"));
    navigation_->addItem(tr("Aging"));
    pages_->addWidget(ledger_);
    pages_->addWidget(aging_);
    const Role role = session_.user().role;
    if (role == Role::Analyst || role == Role::TeamLeader) {
        myDay_ = new DiaryView(session_, session_.user(), this);
        navigation_->addItem(tr("My day"));
        pages_->addWidget(myDay_);
        connect(myDay_, &DiaryView::workRequested, this, [this](const WorkItem& item) { workOn(item, *myDay_); });
        connect(myDay_, &DiaryView::holdPlaced, this, &MainWindow::reloadWork);
    }
    if (allows(session_.actor(), Permission::ReassignAccounts)) {
        team_ = new TeamQueuesView(session_, this);
        navigation_->addItem(tr("Team queues"));
        pages_->addWidget(team_);
        connect(team_, &TeamQueuesView::diaryRequested, this, &MainWindow::openDiaryOf);
        connect(team_, &TeamQueuesView::reassignRequested, this,
                [this](const AnalystQueue& queue) { openReassign(queue.accounts, queue.analyst); });
    }
    disputes_ = new DisputesView(session_, this);
    navigation_->addItem(tr("Disputes"));
    pages_->addWidget(disputes_);
    connect(disputes_, &DisputesView::accountActivated, this,
            [this](AccountId account) { openAccount(account)->showDisputes(); });
    writeOffs_ = new WriteOffsView(session_, this);
    navigation_->addItem(tr("Write-offs"));
    pages_->addWidget(writeOffs_);
    connect(writeOffs_, &WriteOffsView::accountActivated, this,
            [this](AccountId account) { openAccount(account)->showWriteOffs(); });
    // Posting closes open amounts: the ledger, the worklists, the aging and
    // any account window open on them change.
    connect(writeOffs_, &WriteOffsView::changed, this, [this] {
        reloadWork();
        aging_->refresh();
        for (AccountView* account : findChildren<AccountView*>()) account->reload();
    });
    escalations_ = new EscalationsView(session_, this);
    navigation_->addItem(tr("Escalations"));
    pages_->addWidget(escalations_);
    connect(escalations_, &EscalationsView::accountActivated, this, &MainWindow::openAccount);
    // An answered request leaves the team leader's own day (the page
    // reloads itself).
    connect(escalations_, &EscalationsView::changeFinished, this, [this](bool written) {
        if (written) reloadWork();
    });
    connect(ledger_, &LedgerView::reassignRequested, this,
            [this](const std::vector<AccountId>& accounts) { openReassign(accounts); });
    auto* split = new QSplitter(this);
    split->addWidget(navigation_);
    split->addWidget(pages_);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setCollapsible(1, false);
    // The navigation is as wide as its longest entry, the rest is the view.
    split->setSizes({navigation_->sizeHintForColumn(0) + 4 * navigation_->frameWidth() + 24, 10000});
    setCentralWidget(split);
    connect(navigation_, &QListWidget::currentRowChanged, pages_, &QStackedWidget::setCurrentIndex);
    connect(ledger_, &LedgerView::accountActivated, this, &MainWindow::openAccount);
    connect(aging_, &AgingView::accountActivated, this, &MainWindow::openAccount);

    const User& user = session_.user();
    statusBar()->addWidget(
        new QLabel(tr("Database: %1").arg(QString::fromStdString(session_.location().displayName())), this), 1);
    statusBar()->addPermanentWidget(new QLabel(
        tr("Signed in: %1 (%2)").arg(QString::fromStdString(user.fullName), QString::fromStdString(user.name)), this));
    statusBar()->addPermanentWidget(
        new QLabel(tr("As of %1").arg(QString::fromStdString(session_.asOf().toIso())), this));
    buildMenus();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("MainWindow/geometry")).toByteArray())) resize(1280, 760);
    restoreState(settings.value(QStringLiteral("MainWindow/state")).toByteArray());
    // The day's work first: an analyst's diary, a team leader's queues.
    if (role == Role::Analyst && myDay_)
        navigation_->setCurrentRow(pages_->indexOf(myDay_));
    else if (role == Role::TeamLeader && team_)
        navigation_->setCurrentRow(pages_->indexOf(team_));
    else
        showPage(settings.value(QStringLiteral("MainWindow/page")).toString());
}

AccountView* MainWindow::openAccount(AccountId account) {
    auto* view = new AccountView(session_, account, this);
    view->setAttribute(Qt::WA_DeleteOnClose);
    connect(view, &AccountView::contactLogged, this, &MainWindow::reloadWork);
    connect(view, &AccountView::holdPlaced, this, &MainWindow::reloadWork);
    connect(view, &AccountView::commitmentsChanged, this, &MainWindow::reloadWork);
    connect(view, &AccountView::disputesChanged, this, [this] {
        reloadWork();
        aging_->refresh();
        disputes_->reload();
    });
    connect(view, &AccountView::writeOffsChanged, writeOffs_, &WriteOffsView::reload);
    // A referred account leaves the worklist and joins the Escalations page.
    connect(view, &AccountView::referred, this, [this] {
        reloadWork();
        escalations_->reload();
    });
    connect(view, &AccountView::attentionAsked, escalations_, &EscalationsView::reload);
    connect(view, &AccountView::cashApplied, this, [this] {
        ledger_->reload();
        aging_->refresh();
    });
    view->show();
    return view;
}

void MainWindow::workNext() {
    if (!myDay_) return;
    navigation_->setCurrentRow(pages_->indexOf(myDay_));
    if (!myDay_->workNext()) statusBar()->showMessage(tr("Nothing left to work on My day."), 5000);
}

AccountView* MainWindow::workOn(const WorkItem& item, DiaryView& diary) {
    AccountView* view = openAccount(item.account);
    view->logContactWhenLoaded(item.action);
    // The diary outlives the account window only while it is open itself.
    connect(view, &AccountView::workNextRequested, &diary, [view, &diary] {
        view->close();
        diary.workNext();
    });
    return view;
}

DiaryView* MainWindow::openDiaryOf(const User& analyst) {
    auto* diary = new DiaryView(session_, analyst, this);
    diary->setWindowFlag(Qt::Window);
    diary->setAttribute(Qt::WA_DeleteOnClose);
    diary->addWindowShortcuts();
    diary->resize(1100, 640);
    connect(diary, &DiaryView::workRequested, this, [this, diary](const WorkItem& item) { workOn(item, *diary); });
    connect(diary, &DiaryView::holdPlaced, this, &MainWindow::reloadWork);
    diary->show();
    return diary;
}

ReassignDialog* MainWindow::openReassign(const std::vector<AccountId>& accounts, const std::optional<User>& from) {
    auto* dialog = new ReassignDialog(session_, accounts, from, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reloadWork();
        aging_->refresh();
    });
    dialog->open();
    return dialog;
}

StrategyEditor* MainWindow::openStrategyEditor() {
    auto* editor = findChild<StrategyEditor*>(QString(), Qt::FindDirectChildrenOnly);
    if (!editor) {
        editor = new StrategyEditor(session_, this);
        editor->setAttribute(Qt::WA_DeleteOnClose);
        // A step's label or a strategy's steps are what the diaries show.
        connect(editor, &StrategyEditor::saveFinished, this, [this](bool written) {
            if (written) reloadWork();
        });
    }
    editor->show();
    editor->raise();
    editor->activateWindow();
    return editor;
}

void MainWindow::reloadWork() {
    ledger_->reload();
    // My day and any colleague's diary open in a window of its own.
    for (DiaryView* diary : findChildren<DiaryView*>()) diary->reload();
    if (team_) team_->reload();
}

void MainWindow::recordStrategyChoices() {
    app::recordStrategyChoices(session_, this, [this](const Outcome<StrategyAssignmentCounts>& outcome) {
        if (const auto* counts = std::get_if<StrategyAssignmentCounts>(&outcome)) {
            if (const auto text = strategyChoicesText(*counts)) statusBar()->showMessage(*text, 15000);
        } else {
            statusBar()->showMessage(tr("Collection strategies could not be assigned today: %1")
                                         .arg(QString::fromStdString(std::get<std::string>(outcome))),
                                     15000);
        }
    });
}

CashView* MainWindow::openCashApplication() {
    OpenDocumentsScope scope;
    if (session_.user().role == Role::Analyst) scope.analyst = session_.user().id;
    auto* view = new CashView(session_, scope, this);
    view->setWindowFlag(Qt::Window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->resize(1100, 640);
    connect(view, &CashView::accountActivated, this, &MainWindow::openAccount);
    connect(view, &CashView::applied, this, [this] {
        ledger_->reload();
        aging_->refresh();
    });
    view->show();
    return view;
}

ImportWizard* MainWindow::openImportWizard() {
    auto* wizard = new ImportWizard(session_, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::importEnded, this, [this](bool changed) {
        if (!changed) return;
        ledger_->reload();
        aging_->refresh();
    });
    wizard->open();
    return wizard;
}

ExchangeRatesDialog* MainWindow::openExchangeRates() {
    auto* dialog = new ExchangeRatesDialog(session_, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // New rates rank the ledger anew.
    connect(dialog, &ExchangeRatesDialog::ratesChanged, ledger_, &LedgerView::reload);
    dialog->open();
    return dialog;
}

UserGuideDialog* MainWindow::openUserGuide() {
    // One guide window: asking again brings it forward.
    auto* guide = findChild<UserGuideDialog*>(QString(), Qt::FindDirectChildrenOnly);
    if (!guide) {
        guide = new UserGuideDialog(this);
        guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    guide->show();
    guide->raise();
    guide->activateWindow();
    return guide;
}

void MainWindow::showPage(int page) { navigation_->setCurrentRow(std::clamp(page, 0, pages_->count() - 1)); }

// By name: the next user to sign in may see other pages, or fewer.
void MainWindow::showPage(const QString& name) {
    const auto found = navigation_->findItems(name, Qt::MatchExactly);
    navigation_->setCurrentRow(found.isEmpty() ? 0 : navigation_->row(found.first()));
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Import…"), QKeySequence(Qt::CTRL | Qt::Key_I), this, &MainWindow::openImportWizard);
    file->addSeparator();
    file->addAction(tr("Sign &out"), this, &MainWindow::signOutRequested);
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Ledger"), QKeySequence(Qt::CTRL | Qt::Key_1), this, [this] { showPage(0); });
    view->addAction(tr("&Aging"), QKeySequence(Qt::CTRL | Qt::Key_2), this, [this] { showPage(1); });
    view->addAction(tr("&Cash application…"), QKeySequence(Qt::CTRL | Qt::Key_3), this,
                    &MainWindow::openCashApplication);
    if (myDay_)
        view->addAction(tr("&My day"), QKeySequence(Qt::CTRL | Qt::Key_4), this,
                        [this] { navigation_->setCurrentRow(pages_->indexOf(myDay_)); });
    if (team_)
        view->addAction(tr("&Team queues"), QKeySequence(Qt::CTRL | Qt::Key_5), this,
                        [this] { navigation_->setCurrentRow(pages_->indexOf(team_)); });
    view->addAction(tr("&Disputes"), QKeySequence(Qt::CTRL | Qt::Key_6), this,
                    [this] { navigation_->setCurrentRow(pages_->indexOf(disputes_)); });
    view->addAction(tr("&Write-offs"), QKeySequence(Qt::CTRL | Qt::Key_7), this,
                    [this] { navigation_->setCurrentRow(pages_->indexOf(writeOffs_)); });
    view->addAction(tr("&Escalations"), QKeySequence(Qt::CTRL | Qt::Key_8), this,
                    [this] { navigation_->setCurrentRow(pages_->indexOf(escalations_)); });
    view->addSeparator();
    view->addAction(tr("&Refresh"), QKeySequence::Refresh, this, [this] {
        reloadWork();
        aging_->refresh();
        escalations_->reload();
    });
    const bool editsStrategies = allows(session_.actor(), Permission::EditStrategies);
    if (myDay_ || editsStrategies) {
        QMenu* diary = menuBar()->addMenu(tr("&Diary"));
        if (myDay_) {
            diary->addAction(tr("&Work next"), QKeySequence(Qt::Key_F8), this, &MainWindow::workNext);
            diary->addAction(tr("&Pause chasing…"), this, [this] {
                navigation_->setCurrentRow(pages_->indexOf(myDay_));
                myDay_->pauseSelected();
            });
        }
        if (editsStrategies) {
            if (myDay_) diary->addSeparator();
            diary->addAction(tr("Collection &strategies…"), this, &MainWindow::openStrategyEditor);
        }
    }
    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("&Exchange rates…"), this, &MainWindow::openExchangeRates);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&User guide"), QKeySequence::HelpContents, this, &MainWindow::openUserGuide);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings settings;
    settings.setValue(QStringLiteral("MainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("MainWindow/state"), saveState());
    if (const QListWidgetItem* page = navigation_->currentItem())
        settings.setValue(QStringLiteral("MainWindow/page"), page->text());
    event->accept();
}

} // namespace duedesk::app
