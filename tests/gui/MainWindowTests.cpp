// The main window: navigation, status bar and remembered state.
#include "app/MainWindow.h"
#include "app/aging/AgingView.h"
#include "app/diary/DiaryView.h"
#include "app/diary/TeamQueuesView.h"
#include "app/dispute/DisputesView.h"
#include "app/ledger/LedgerView.h"
#include "app/writeoff/WriteOffsView.h"
#include "gui/GuiSupport.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThreadPool>

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

TEST_CASE("The main window navigates between views and shows who and when", "[gui][main]") {
    QSettings().clear();
    HandLedgerSession s;
    {
        app::MainWindow window(*s.session);
        QSignalSpy loaded(&window.ledgerView(), &app::LedgerView::loaded);
        QSignalSpy aged(&window.agingView(), &app::AgingView::refreshed);
        REQUIRE(loaded.wait(10000));
        if (aged.isEmpty()) REQUIRE(aged.wait(10000));
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        auto* pages = window.findChild<QStackedWidget*>();
        REQUIRE(navigation->count() == 6);
        CHECK(navigation->item(0)->text() == QStringLiteral("Ledger"));
        CHECK(navigation->item(2)->text() == QStringLiteral("My day"));
        CHECK(navigation->item(3)->text() == QStringLiteral("Disputes"));
        CHECK(navigation->item(4)->text() == QStringLiteral("Write-offs"));
        CHECK(navigation->item(5)->text() == QStringLiteral("Escalations"));
        // An analyst starts on their diary.
        CHECK(pages->currentWidget() == window.myDay());
        navigation->setCurrentRow(0);
        CHECK(pages->currentWidget() == &window.ledgerView());
        navigation->setCurrentRow(1);
        CHECK(pages->currentWidget() == &window.agingView());
        navigation->setCurrentRow(3);
        CHECK(pages->currentWidget() == &window.disputesView());
        // View > Write-offs, Ctrl+7.
        QAction* writeOffs = nullptr;
        for (QAction* action : window.findChildren<QAction*>())
            if (action->text() == QStringLiteral("&Write-offs")) writeOffs = action;
        REQUIRE(writeOffs);
        CHECK(writeOffs->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_7));
        writeOffs->trigger();
        CHECK(pages->currentWidget() == &window.writeOffsView());

        QStringList status;
        for (auto* label : window.statusBar()->findChildren<QLabel*>()) status << label->text();
        CHECK(status.contains(QStringLiteral("Signed in: Alice Morgan (amorgan)")));
        CHECK(status.contains(QStringLiteral("As of 2026-06-30")));
        window.close();
    }
    // ... and on it again the next time, whatever page was left open.
    app::MainWindow again(*s.session);
    QSignalSpy loaded(&again.ledgerView(), &app::LedgerView::loaded);
    REQUIRE(loaded.wait(10000));
    CHECK(again.findChild<QStackedWidget*>()->currentWidget() == again.myDay());
    QThreadPool::globalInstance()->waitForDone();
}

TEST_CASE("Someone without a diary or queues comes back to the view they left", "[gui][main]") {
    HandLedgerSession s("wapprover", Role::WriteOffApprover);
    {
        app::MainWindow window(*s.session);
        QSignalSpy loaded(&window.ledgerView(), &app::LedgerView::loaded);
        REQUIRE(loaded.wait(10000));
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        REQUIRE(navigation->count() == 5); // the ledger, the aging, the disputes, the write-offs and the escalations
        CHECK(window.myDay() == nullptr);
        CHECK(window.teamQueues() == nullptr);
        CHECK(window.findChild<QStackedWidget*>()->currentWidget() == &window.ledgerView());
        navigation->setCurrentRow(1);
        window.close(); // remembers the aging page
    }
    CHECK(QSettings().value(QStringLiteral("MainWindow/page")).toString() == QStringLiteral("Aging"));
    app::MainWindow again(*s.session);
    QSignalSpy loaded(&again.ledgerView(), &app::LedgerView::loaded);
    REQUIRE(loaded.wait(10000));
    CHECK(again.findChild<QStackedWidget*>()->currentWidget() == &again.agingView());
    QThreadPool::globalInstance()->waitForDone();
}
