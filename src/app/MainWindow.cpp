// The workstation's main window.
#include "app/MainWindow.h"

#include "app/account/AccountView.h"
#include "app/aging/AgingView.h"
#include "app/cash/CashView.h"
#include "app/help/UserGuideDialog.h"
#include "app/import/ImportWizard.h"
#include "app/ledger/LedgerView.h"
#include "app/settings/ExchangeRatesDialog.h"

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
    showPage(settings.value(QStringLiteral("MainWindow/page"), 0).toInt());
}

AccountView* MainWindow::openAccount(AccountId account) {
    auto* view = new AccountView(session_, account, this);
    view->setAttribute(Qt::WA_DeleteOnClose);
    connect(view, &AccountView::contactLogged, ledger_, &LedgerView::reload);
    connect(view, &AccountView::cashApplied, this, [this] {
        ledger_->reload();
        aging_->refresh();
    });
    view->show();
    return view;
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
    view->addSeparator();
    view->addAction(tr("&Refresh"), QKeySequence::Refresh, this, [this] {
        ledger_->reload();
        aging_->refresh();
    });
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
    settings.setValue(QStringLiteral("MainWindow/page"), pages_->currentIndex());
    event->accept();
}

} // namespace duedesk::app
