// The account view opened from the ledger, on A1 of the hand ledger.
#include "app/AccountView.h"
#include "app/LedgerView.h"
#include "app/MainWindow.h"
#include "gui/GuiSupport.h"

#include <QLabel>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

namespace {
QString at(QTableWidget& t, int row, int column) { return t.item(row, column) ? t.item(row, column)->text() : QString(); }
} // namespace

TEST_CASE("Enter on a ledger row opens the account with its open items and running balance", "[gui][account]") {
    HandLedgerSession s;
    app::MainWindow window(*s.session);
    QSignalSpy loaded(&window.ledgerView(), &app::LedgerView::loaded);
    REQUIRE(loaded.wait(10000));
    window.showPage(0);
    QTableView& table = window.ledgerView().table();
    // amorgan's accounts, worst overdue first: A2, then A1.
    table.setCurrentIndex(window.ledgerView().model().index(1, 0));
    QSignalSpy activated(&window.ledgerView(), &app::LedgerView::accountActivated);
    QTest::keyClick(&table, Qt::Key_Return);
    REQUIRE(activated.count() == 1);
    auto* view = window.findChild<app::AccountView*>(QStringLiteral("accountView"));
    REQUIRE(view);
    QSignalSpy accountLoaded(view, &app::AccountView::loaded);
    REQUIRE(accountLoaded.wait(10000));

    CHECK(view->findChild<QLabel*>(QStringLiteral("accountTitle"))->text() == QStringLiteral("A1  Acme Ltd"));
    CHECK(view->findChild<QLabel*>(QStringLiteral("accountFacts"))->text().contains(QStringLiteral("Balance: GBP 1,150.50")));
    CHECK(view->findChild<QLabel*>(QStringLiteral("accountAging"))->text() ==
          QStringLiteral("GBP: current 1,000.00  |  1-30 200.00  |  91-120 250.50  |  unapplied -300.00"));
    // Due-date order with the running balance: 250.50, 450.50, 150.50, 1,150.50.
    QTableWidget& open = view->openItems();
    REQUIRE(open.rowCount() == 4);
    CHECK(at(open, 0, 0) == QStringLiteral("INV-3"));
    CHECK(at(open, 0, 4) == QStringLiteral("91"));
    CHECK(at(open, 1, 8) == QStringLiteral("450.50"));
    CHECK(at(open, 2, 0) == QStringLiteral("PAY-1"));
    CHECK(at(open, 2, 7) == QStringLiteral("-300.00"));
    CHECK(at(open, 2, 8) == QStringLiteral("150.50"));
    CHECK(at(open, 3, 8) == QStringLiteral("1,150.50"));
    CHECK(Qt::Alignment(open.item(3, 8)->textAlignment()) == (Qt::AlignRight | Qt::AlignVCenter));
    REQUIRE(view->closedItems().rowCount() == 1);
    CHECK(at(view->closedItems(), 0, 0) == QStringLiteral("CN-1"));
    CHECK(view->activity().rowCount() == 0); // nothing has moved since the import
}
