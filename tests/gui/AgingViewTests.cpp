// The aging view shows exactly the core's numbers, for any grouping and date.
#include "app/aging/AgingDrillDownDialog.h"
#include "app/aging/AgingView.h"
#include "app/common/ModelRoles.h"

#include "duedesk/reports/AgingRendering.h"
#include "duedesk/services/DisputeService.h"
#include "duedesk/services/UserDirectory.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/DocumentRepository.h"
#include "gui/GuiSupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QTableView>

#include <QProcess>
#include <QRegularExpression>

#include <catch2/catch.hpp>

#include <map>

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
    REQUIRE(m.columnCount() == 11);
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
    CHECK(m.headerData(10, Qt::Horizontal).toString() == QStringLiteral("Disputed"));
    CHECK(cell(m, 1, 10) == QStringLiteral("0.00")); // nothing is disputed on the hand ledger

    // Row for row the same as the core computes.
    AgingOptions o;
    o.asOf = Date::ymd(2026, 6, 30);
    const AgingTable core = computeAging(s.session->database(), o);
    for (std::size_t i = 0; i < core.rows.size(); ++i)
        CHECK(view.model().agingRow(static_cast<int>(i)) == core.rows[i]);
}

TEST_CASE("The aging view shows disputed money in its own column, right-aligned", "[gui][aging][disputes]") {
    HandLedgerSession s;
    // Raised on 2026-06-20: 150.00 of INV-2 and all 250.50 of INV-3, both
    // amorgan's A1 in GBP.
    LedgerDatabase& db = s.session->database();
    const AccountId a1 = db.accounts().findByNumber("A1")->id;
    Dispute d;
    d.accountId = a1;
    d.reason = DisputeReason::Pricing;
    d.owner = "Pricing desk";
    const Currency gbp = Currency::of("GBP");
    d.invoices.push_back({db.documents().findByKey(a1, DocumentType::Invoice, "INV-2")->id, "", Money(15000, gbp)});
    d.invoices.push_back({db.documents().findByKey(a1, DocumentType::Invoice, "INV-3")->id, "", Money(25050, gbp)});
    const User alice = *UserDirectory(db).find("amorgan");
    DisputeService(db).open(d, Actor::person(alice, Date::ymd(2026, 6, 20)));

    app::AgingView view(*s.session);
    QSignalSpy refreshed(&view, &app::AgingView::refreshed);
    REQUIRE(refreshed.wait(10000));
    const QAbstractItemModel& m = view.model();
    REQUIRE(m.columnCount() == 11);
    CHECK(m.headerData(10, Qt::Horizontal).toString() == QStringLiteral("Disputed"));
    CHECK(cell(m, 0, 10) == QStringLiteral("0.00")); // amorgan EUR
    CHECK(cell(m, 1, 10) == QStringLiteral("400.50")); // amorgan GBP
    CHECK(cell(m, 1, 9) == QStringLiteral("1,150.50")); // still in the total: disputed money is owed
    CHECK(cell(m, 6, 10) == QStringLiteral("400.50")); // the GBP total
    CHECK(m.data(m.index(1, 10), app::RawValueRole).toLongLong() == 40050);
    CHECK(m.data(m.index(1, 10), Qt::TextAlignmentRole).value<Qt::Alignment>() == (Qt::AlignRight | Qt::AlignVCenter));
    CHECK(view.openDrillDown(view.model().index(1, 10)) == nullptr); // a part of the total, not a bucket
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
    const QAbstractItemModel& items = *dialog->items().model();
    REQUIRE(items.rowCount() == 1);
    CHECK(cell(items, 0, 0) == QStringLiteral("A1"));
    CHECK(cell(items, 0, 1) == QStringLiteral("INV-3"));
    CHECK(cell(items, 0, 4) == QStringLiteral("91"));
    CHECK(cell(items, 0, 5) == QStringLiteral("250.50"));
    CHECK(dialog->windowTitle() == QStringLiteral("amorgan GBP, 91-120 — Duedesk"));
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("agingDrillDownSummary"))->text() ==
          QStringLiteral("1 document in GBP, 250.50"));
    CHECK(view.openDrillDown(view.model().index(1, 0)) == nullptr); // the group column has nothing behind it
}

TEST_CASE("Double-clicking a currency total lists the documents of every group", "[gui][aging]") {
    HandLedgerSession s;
    app::AgingView view(*s.session);
    QSignalSpy refreshed(&view, &app::AgingView::refreshed);
    REQUIRE(refreshed.wait(10000));
    // The GBP total, 1-30: amorgan's INV-2 (200.00, 30 days) and bokafor's
    // U-3 on A4 (49.50, 16 days): 249.50.
    REQUIRE(cell(view.model(), 6, 1) == QStringLiteral("GBP"));
    REQUIRE(cell(view.model(), 6, 3) == QStringLiteral("249.50"));
    app::AgingDrillDownDialog* dialog = view.openDrillDown(view.model().index(6, 3));
    REQUIRE(dialog);
    QSignalSpy loaded(dialog, &app::AgingDrillDownDialog::loaded);
    REQUIRE(loaded.wait(10000));
    const QAbstractItemModel& items = *dialog->items().model();
    REQUIRE(items.rowCount() == 2);
    CHECK(cell(items, 0, 1) == QStringLiteral("INV-2"));
    CHECK(cell(items, 0, 4) == QStringLiteral("30"));
    CHECK(cell(items, 1, 0) == QStringLiteral("A4"));
    CHECK(cell(items, 1, 1) == QStringLiteral("U-3"));
    CHECK(cell(items, 1, 4) == QStringLiteral("16"));
    CHECK(cell(items, 1, 5) == QStringLiteral("49.50"));
    CHECK(dialog->windowTitle() == QStringLiteral("All GBP, 1-30 — Duedesk"));
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("agingDrillDownSummary"))->text() ==
          QStringLiteral("2 documents in GBP, together 249.50"));
}

TEST_CASE("The aging view exports what it shows as CSV", "[gui][aging]") {
    HandLedgerSession s;
    app::AgingView view(*s.session);
    QSignalSpy refreshed(&view, &app::AgingView::refreshed);
    REQUIRE(refreshed.wait(10000));
    const std::string path = s.dir.file("aging.csv");
    QSignalSpy exported(&view, &app::AgingView::exported);
    view.exportTable(QString::fromStdString(path), app::AgingView::ExportFormat::Csv);
    REQUIRE(exported.wait(10000));
    CHECK(exported.takeFirst().first().toBool());
    CHECK(readFile(path) == renderAgingCsv(view.model().table()));
    CHECK(readFile(path).starts_with(
        "as_of,analyst,currency,current,1-30,31-60,61-90,91-120,121+,unapplied,total,disputed\r\n"
        "2026-06-30,amorgan,EUR,0.00,0.00,2000.00,0.00,0.00,750.25,0.00,2750.25,0.00\r\n"));
    view.exportTable(QStringLiteral("/nonexistent-dir/aging.csv"), app::AgingView::ExportFormat::Csv);
    REQUIRE(exported.wait(10000));
    CHECK_FALSE(exported.takeFirst().first().toBool());
    CHECK(view.findChild<QLabel*>(QStringLiteral("agingStatus"))
              ->text()
              .startsWith(QStringLiteral("Could not export: /nonexistent-dir/aging.csv: ")));
}

namespace {
// The cells of the first worksheet of an XLSX file: reference -> text or
// number as stored ("A4" -> "amorgan", "E4" -> "2000"). The workbook is
// written in constant-memory mode, so strings are inline.
std::map<QString, QString> xlsxCells(const std::string& path) {
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"),
                {QStringLiteral("-p"), QString::fromStdString(path), QStringLiteral("xl/worksheets/sheet1.xml")});
    REQUIRE(unzip.waitForFinished(10000));
    REQUIRE(unzip.exitCode() == 0);
    const QString xml = QString::fromUtf8(unzip.readAllStandardOutput());
    static const QRegularExpression cellPattern(
        QStringLiteral(R"re(<c r="([A-Z]+[0-9]+)"[^>]*>(?:<is><t>([^<]*)</t></is>|<v>([^<]*)</v>)</c>)re"));
    std::map<QString, QString> cells;
    for (const auto& m : cellPattern.globalMatch(xml))
        cells[m.captured(1)] = m.captured(2).isEmpty() ? m.captured(3) : m.captured(2);
    return cells;
}
} // namespace

TEST_CASE("The aging view exports what it shows as an Excel workbook", "[gui][aging]") {
    HandLedgerSession s;
    app::AgingView view(*s.session);
    QSignalSpy refreshed(&view, &app::AgingView::refreshed);
    REQUIRE(refreshed.wait(10000));
    const std::string path = s.dir.file("aging.xlsx");
    QSignalSpy exported(&view, &app::AgingView::exported);
    view.exportTable(QString::fromStdString(path), app::AgingView::ExportFormat::Xlsx);
    REQUIRE(exported.wait(10000));
    REQUIRE(exported.takeFirst().first().toBool());
    const auto cells = xlsxCells(path);
    CHECK(cells.at(QStringLiteral("A1")) == QStringLiteral("Aging as of 2026-06-30 by analyst, days past due date"));
    CHECK(cells.at(QStringLiteral("A3")) == QStringLiteral("Analyst"));
    CHECK(cells.at(QStringLiteral("C3")) == QStringLiteral("current"));
    CHECK(cells.at(QStringLiteral("J3")) == QStringLiteral("Total"));
    // The first row, amorgan EUR, as in the view; amounts are numbers.
    CHECK(cells.at(QStringLiteral("A4")) == QStringLiteral("amorgan"));
    CHECK(cells.at(QStringLiteral("B4")) == QStringLiteral("EUR"));
    CHECK(cells.at(QStringLiteral("E4")) == QStringLiteral("2000"));
    CHECK(cells.at(QStringLiteral("H4")) == QStringLiteral("750.25"));
    CHECK(cells.at(QStringLiteral("J4")) == QStringLiteral("2750.25"));
    // amorgan GBP: unapplied -300.00; JPY keeps whole units.
    CHECK(cells.at(QStringLiteral("I5")) == QStringLiteral("-300"));
    CHECK(cells.at(QStringLiteral("F7")) == QStringLiteral("120000"));
    // The GBP total on the ninth row of the view: sheet row 3 + 7.
    CHECK(cells.at(QStringLiteral("A10")) == QStringLiteral("Total"));
    CHECK(cells.at(QStringLiteral("J10")) == QStringLiteral("1200"));
    // Disputed last, a number like the others: nothing is disputed here.
    CHECK(cells.at(QStringLiteral("K3")) == QStringLiteral("Disputed"));
    CHECK(cells.at(QStringLiteral("K10")) == QStringLiteral("0"));
    // The title, then eleven headings and eleven cells on each of the nine rows.
    CHECK(cells.size() == 1 + 11 + 9 * 11);

    view.exportTable(QStringLiteral("/nonexistent-dir/aging.xlsx"), app::AgingView::ExportFormat::Xlsx);
    REQUIRE(exported.wait(10000));
    CHECK_FALSE(exported.takeFirst().first().toBool());
    CHECK(view.findChild<QLabel*>(QStringLiteral("agingStatus"))
              ->text()
              .startsWith(QStringLiteral("Could not export: /nonexistent-dir/aging.xlsx: ")));
}
