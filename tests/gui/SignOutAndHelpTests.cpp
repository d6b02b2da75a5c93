// Signing out and in again without quitting, the user guide under Help,
// and the account window's remembered size: as the user meets them.
#include "app/MainWindow.h"
#include "app/account/AccountView.h"
#include "app/help/UserGuideDialog.h"
#include "app/ledger/LedgerModel.h"
#include "app/ledger/LedgerView.h"
#include "app/session/SignInDialog.h"
#include "app/session/Workstation.h"
#include "gui/GuiSupport.h"

#include "duedesk/services/SignIn.h"
#include "duedesk/storage/AccountRepository.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTextBrowser>

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

namespace {

QAction* menuAction(QMainWindow& window, const QString& menu, const QString& text) {
    for (QAction* top : window.menuBar()->actions())
        if (top->text() == menu && top->menu())
            for (QAction* a : top->menu()->actions())
                if (a->text() == text) return a;
    return nullptr;
}

QStringList statusTexts(QMainWindow& window) {
    QStringList status;
    for (auto* label : window.statusBar()->findChildren<QLabel*>()) status << label->text();
    return status;
}

// Types the name and password into the shown sign-in dialog and signs in.
void signIn(app::Workstation& workstation, const QString& name, const QString& password) {
    app::SignInDialog* dialog = workstation.signInDialog();
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    dialog->findChild<QComboBox*>(QStringLiteral("signInName"))->setEditText(name);
    dialog->findChild<QLineEdit*>(QStringLiteral("signInPassword"))->setText(password);
    QSignalSpy signedIn(&workstation, &app::Workstation::signedIn);
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    REQUIRE(signedIn.size() == 1);
}

} // namespace

TEST_CASE("File > Sign out closes the session's windows and signs in the next user in a new session",
          "[gui][session]") {
    QSettings().clear();
    HandLedgerSession s; // the hand ledger: amorgan's accounts A1 and A2, bokafor's A3 and A4
    const std::string path = s.dir.file("ledger.db");
    {
        auto db = LedgerDatabase::open(path, LedgerDatabase::OpenMode::ExistingOnly);
        SignIn(*db).setPassword(db->users().findByName("amorgan")->id, "alice-password");
        SignIn(*db).setPassword(db->users().findByName("bokafor")->id, "ben-password");
    }
    app::Workstation workstation(path, Date::ymd(2026, 6, 30));
    QSignalSpy ended(&workstation, &app::Workstation::ended);
    workstation.start();
    signIn(workstation, QStringLiteral("amorgan"), QStringLiteral("alice-password"));
    app::MainWindow* first = workstation.mainWindow();
    REQUIRE(first);
    CHECK(first->isVisible());
    CHECK(statusTexts(*first).contains(QStringLiteral("Signed in: Alice Morgan (amorgan)")));
    QPointer<app::AccountView> account =
        first->openAccount(workstation.session()->database().accounts().findByNumber("A1")->id);
    CHECK(account->isVisible());

    QAction* signOut = menuAction(*first, QStringLiteral("&File"), QStringLiteral("Sign &out"));
    REQUIRE(signOut);
    QSignalSpy signedOut(&workstation, &app::Workstation::signedOut);
    signOut->trigger();
    REQUIRE(signedOut.wait(10000));
    CHECK_FALSE(workstation.mainWindow());
    CHECK_FALSE(workstation.session());
    CHECK(account.isNull()); // the account window went with the session
    CHECK(ended.isEmpty());
    REQUIRE(workstation.signInDialog());
    CHECK(workstation.signInDialog()->isVisible());

    signIn(workstation, QStringLiteral("bokafor"), QStringLiteral("ben-password"));
    app::MainWindow* second = workstation.mainWindow();
    REQUIRE(second);
    CHECK(workstation.session()->user().name == "bokafor");
    CHECK(workstation.session()->actor().user == workstation.session()->user().id);
    CHECK(statusTexts(*second).contains(QStringLiteral("Signed in: Ben Okafor (bokafor)")));
    QSignalSpy loaded(&second->ledgerView(), &app::LedgerView::loaded);
    REQUIRE(loaded.wait(10000));
    // Ben's own accounts, not Alice's: A3 (JPY) and A4 (a GBP and a USD row).
    const auto& ledger = second->ledgerView().model();
    REQUIRE(ledger.rowCount() == 3);
    QStringList numbers;
    for (int r = 0; r < ledger.rowCount(); ++r)
        numbers << cell(ledger, r, app::LedgerModel::section(LedgerColumn::Number));
    numbers.sort();
    CHECK(numbers == QStringList{QStringLiteral("A3"), QStringLiteral("A4"), QStringLiteral("A4")});

    // Signing out and closing the sign-in ends the program.
    menuAction(*second, QStringLiteral("&File"), QStringLiteral("Sign &out"))->trigger();
    REQUIRE(signedOut.wait(10000));
    workstation.signInDialog()->reject();
    CHECK(ended.size() == 1);
}

TEST_CASE("Help > User guide shows the guide", "[gui][help]") {
    HandLedgerSession s;
    app::MainWindow window(*s.session);
    QAction* guideAction = menuAction(window, QStringLiteral("&Help"), QStringLiteral("&User guide"));
    REQUIRE(guideAction);
    CHECK(guideAction->shortcut() == QKeySequence(QKeySequence::HelpContents));
    guideAction->trigger();
    auto* guide = window.findChild<app::UserGuideDialog*>(QStringLiteral("userGuideDialog"));
    REQUIRE(guide);
    CHECK(guide->isVisible());
    CHECK(guide->windowTitle() == QStringLiteral("Duedesk user guide"));
    auto* text = guide->findChild<QTextBrowser*>(QStringLiteral("userGuideText"));
    REQUIRE(text);
    const QString shown = text->toPlainText();
    CHECK(shown.startsWith(QStringLiteral("Duedesk user guide")));
    for (const char* part : {"Where to start the morning", "The ledger's columns", "Risk classes",
                             "Net overdue and unapplied cash", "Keyboard shortcuts", "Follow-up due", "Ctrl+I"})
        CHECK(shown.contains(QString::fromLatin1(part)));
    // The guide is docs/user-guide.md itself.
    CHECK(app::UserGuideDialog::guideText() == QString::fromStdString(readFile(DUEDESK_USER_GUIDE)));
    // Asked again, the same window comes forward.
    guideAction->trigger();
    CHECK(window.findChildren<app::UserGuideDialog*>().size() == 1);
    guide->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close)->click();
    CHECK_FALSE(guide->isVisible());
}

TEST_CASE("The account window opens at the size it was last given", "[gui][account][settings]") {
    QSettings().clear();
    HandLedgerSession s;
    app::MainWindow window(*s.session);
    const AccountId a1 = s.session->database().accounts().findByNumber("A1")->id;
    const AccountId a2 = s.session->database().accounts().findByNumber("A2")->id;
    app::AccountView* first = window.openAccount(a1);
    first->resize(900, 500);
    first->close();
    CHECK(QSettings().value(app::AccountView::sizeSettingKey()).toSize() == QSize(900, 500));
    app::AccountView* second = window.openAccount(a2);
    CHECK(second->size() == QSize(900, 500));
}
