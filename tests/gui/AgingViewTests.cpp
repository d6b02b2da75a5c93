// The aging view shows exactly the core's numbers, for any grouping and date.
#include "app/AgingDrillDownDialog.h"
#include "app/AgingView.h"

#include "duedesk/reports/AgingRendering.h"
#include "gui/GuiSupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

TEST_CASE("The aging view's cells are the core's aging of the ledger", "[gui][aging]") {
    HandLedgerSession s;
    app::AgingView view(*s.session);
    QSignalSpy refreshed(&view, &app::AgingView::refreshed);
    REQUIRE(refreshed.wait(10000));
    QAbstractItemModelTester tester(&view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QAbstractItemModel& m = view.model();

    // Five analyst rows, then the four currency totals (see AgingTests.cpp).
    REQUIRE(m.rowCount() == 9);
    REQUIRE(m.columnCount() == 10);
    CHECK(m.headerData(4, Qt::Horizontal).toString() == QStringLiteral("31-60"));
    CHECK(cell(m, 0, 0) == QStringLiteral("amorgan"));
    CHECK(cell(m, 0, 1) == QStringLiteral("EUR"));
    CHECK(cell(m, 0, 4) == QStringLiteral("2,000.00"));
    CHECK(cell(m, 0, 7) == QStringLiteral("750.25"));
    CHECK(cell(m, 1, 2) == QStringLiteral("1,000.00"));
    CHECK(cell(m, 1, 8) == QStringLiteral("-300.00"));
    CHECK(cell(m, 1, 9) == QStringLiteral("1,150.50"));
    CHECK(cell(m, 3, 5) == QStringLiteral("120,000"));
    CHECK(cell(m, 6, 0) == QStringLiteral("Total"));
    CHECK(cell(m, 6, 9) == QStringLiteral("1,200.00"));

    // Row for row the same as the core computes.
    AgingOptions o;
    o.asOf = Date::ymd(2026, 6, 30);
    const AgingTable core = computeAging(s.session->database(), o);
    for (std::size_t i = 0; i < core.rows.size(); ++i) CHECK(view.model().agingRow(static_cast<int>(i)) == core.rows[i]);
}

TEST_CASE("Changing grouping and date recomputes the aging", "[gui][aging]") {
    HandLedgerSession s;
    app::AgingView view(*s.session);
    QSignalSpy refreshed(&view, &app::AgingView::refreshed);
    REQUIRE(refreshed.wait(10000));
    auto* grouping = view.findChild<QComboBox*>(QStringLiteral("agingGrouping"));
    grouping->setCurrentIndex(2); // by currency
    REQUIRE(refreshed.wait(10000));
    CHECK(view.model().rowCount() == 8); // four currencies and their totals
    view.findChild<QDateEdit*>(QStringLiteral("agingAsOf"))->setDate(QDate(2026, 3, 15));
    REQUIRE(refreshed.wait(10000));
    // On 2026-03-15: EUR 750.25 in 31-60, GBP 250.50 current, USD 10.01 in 1-30.
    const QAbstractItemModel& m = view.model();
    REQUIRE(m.rowCount() == 6);
    CHECK(cell(m, 0, 4) == QStringLiteral("750.25"));
    CHECK(cell(m, 1, 2) == QStringLiteral("250.50"));
    CHECK(cell(m, 2, 3) == QStringLiteral("10.01"));
    CHECK(view.findChild<QLabel*>(QStringLiteral("agingStatus"))->text() == QStringLiteral("3 rows as of 2026-03-15"));
}

TEST_CASE("Double-clicking an aging cell lists the documents behind it", "[gui][aging]") {
    HandLedgerSession s;
    app::AgingView view(*s.session);
    QSignalSpy refreshed(&view, &app::AgingView::refreshed);
    REQUIRE(refreshed.wait(10000));
    // amorgan GBP, 91-120: INV-3, 91 days, 250.50.
    app::AgingDrillDownDialog* dialog = view.openDrillDown(view.model().index(1, 6));
    REQUIRE(dialog);
    QSignalSpy loaded(dialog, &app::AgingDrillDownDialog::loaded);
    REQUIRE(loaded.wait(10000));
    QTableWidget& items = dialog->items();
    REQUIRE(items.rowCount() == 1);
    CHECK(items.item(0, 0)->text() == QStringLiteral("A1"));
    CHECK(items.item(0, 1)->text() == QStringLiteral("INV-3"));
    CHECK(items.item(0, 4)->text() == QStringLiteral("91"));
    CHECK(items.item(0, 5)->text() == QStringLiteral("250.50"));
    CHECK(dialog->windowTitle() == QStringLiteral("amorgan GBP, 91-120 — Duedesk"));
    CHECK(view.openDrillDown(view.model().index(1, 0)) == nullptr); // the group column has nothing behind it
}

TEST_CASE("The aging view exports what it shows as CSV", "[gui][aging]") {
    HandLedgerSession s;
    app::AgingView view(*s.session);
    QSignalSpy refreshed(&view, &app::AgingView::refreshed);
    REQUIRE(refreshed.wait(10000));
    const std::string path = s.dir.file("aging.csv");
    REQUIRE(view.exportCsv(QString::fromStdString(path)));
    CHECK(readFile(path) == renderAgingCsv(view.model().table()));
    CHECK(readFile(path).starts_with("analyst,currency,current,1-30,31-60,61-90,91-120,121+,unapplied,total\r\n"
                                     "amorgan,EUR,0.00,0.00,2000.00,0.00,0.00,750.25,0.00,2750.25\r\n"));
    CHECK_FALSE(view.exportCsv(QStringLiteral("/nonexistent-dir/aging.csv")));
    CHECK(view.findChild<QLabel*>(QStringLiteral("agingStatus"))->text().startsWith(QStringLiteral("Could not write /nonexistent-dir/aging.csv")));
}
