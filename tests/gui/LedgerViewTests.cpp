// The ledger view, driven through its widgets on the hand ledger as of
// 2026-06-30 (balances worked out in tests/core/LedgerListTests.cpp).
#include "app/common/ModelRoles.h"
#include "app/ledger/LedgerView.h"
#include "gui/GuiSupport.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;
using app::LedgerModel;

namespace {
std::vector<QString> column(const QAbstractItemModel& model, int col) {
    std::vector<QString> out;
    for (int r = 0; r < model.rowCount(); ++r) out.push_back(cell(model, r, col));
    return out;
}
using Q = std::vector<QString>;
} // namespace

TEST_CASE("The ledger opens on the analyst's own accounts, worst overdue first", "[gui][ledger]") {
    HandLedgerSession s("amorgan");
    app::LedgerView view(*s.session);
    QSignalSpy loaded(&view, &app::LedgerView::loaded);
    auto* busy = view.findChild<QProgressBar*>(QStringLiteral("ledgerBusy"));
    CHECK_FALSE(busy->isHidden()); // loading off the UI thread, a moving bar meanwhile
    CHECK(view.findChild<QLabel*>(QStringLiteral("ledgerCount"))->text() == QStringLiteral("Loading the ledger…"));
    REQUIRE(loaded.wait(10000));
    CHECK(busy->isHidden());
    CHECK(loaded.first().first().toInt() == 4);
    QAbstractItemModelTester tester(&view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    const QAbstractItemModel& rows = view.model();
    CHECK(column(rows, LedgerModel::section(LedgerColumn::Number)) == Q{QStringLiteral("A2"), QStringLiteral("A1")});
    CHECK(column(rows, LedgerModel::section(LedgerColumn::Balance)) ==
          Q{QStringLiteral("3,150.25"), QStringLiteral("1,150.50")});
    CHECK(column(rows, LedgerModel::section(LedgerColumn::Overdue)) ==
          Q{QStringLiteral("2,750.25"), QStringLiteral("450.50")});
    CHECK(column(rows, LedgerModel::section(LedgerColumn::OldestDays)) ==
          Q{QStringLiteral("146"), QStringLiteral("91")});
    CHECK(column(rows, LedgerModel::section(LedgerColumn::Currency)) ==
          Q{QStringLiteral("EUR"), QStringLiteral("GBP")});
    CHECK(rows.data(rows.index(0, LedgerModel::section(LedgerColumn::Balance)), Qt::TextAlignmentRole)
              .value<Qt::Alignment>() == (Qt::AlignRight | Qt::AlignVCenter));
    CHECK(view.findChild<QLabel*>(QStringLiteral("ledgerCount"))->text() == QStringLiteral("2 of 4 accounts"));

    // Headings and raw values come from the core's one column table.
    for (const LedgerColumnSpec& c : kLedgerColumns)
        CHECK(rows.headerData(LedgerModel::section(c.column), Qt::Horizontal).toString().toStdString() == c.heading);
    CHECK(rows.headerData(LedgerModel::section(LedgerColumn::CreditUse), Qt::Horizontal).toString() ==
          QStringLiteral("Use"));
    CHECK(rows.data(rows.index(0, LedgerModel::section(LedgerColumn::Balance)), app::RawValueRole).toLongLong() ==
          315025);
    CHECK(rows.data(rows.index(0, LedgerModel::section(LedgerColumn::Name)), app::RawValueRole).toString() ==
          cell(rows, 0, LedgerModel::section(LedgerColumn::Name)));
}

TEST_CASE("Ledger filters: colleague, everyone, search, overdue and credit limit", "[gui][ledger]") {
    HandLedgerSession s("amorgan");
    app::LedgerView view(*s.session);
    QSignalSpy loaded(&view, &app::LedgerView::loaded);
    REQUIRE(loaded.wait(10000));
    const QAbstractItemModel& rows = view.model();
    auto* analyst = view.findChild<QComboBox*>(QStringLiteral("ledgerAnalyst"));
    auto* search = view.findChild<QLineEdit*>(QStringLiteral("ledgerSearch"));
    auto* overdue = view.findChild<QSpinBox*>(QStringLiteral("ledgerOverdueAbove"));
    REQUIRE(analyst);
    REQUIRE(search);
    REQUIRE(overdue);

    analyst->setCurrentIndex(analyst->findData(QStringLiteral("bokafor")));
    CHECK(column(rows, LedgerModel::section(LedgerColumn::Number)) == Q{QStringLiteral("A3"), QStringLiteral("A4")});
    analyst->setCurrentIndex(0); // Everyone
    CHECK(view.visibleRows() == 4);

    QTest::keyClicks(search, QStringLiteral("chiyoda"));
    REQUIRE(view.visibleRows() == 1);
    CHECK(cell(rows, 0, LedgerModel::section(LedgerColumn::Number)) == QStringLiteral("A3"));
    CHECK(cell(rows, 0, LedgerModel::section(LedgerColumn::Balance)) == QStringLiteral("100,000"));
    search->clear();

    // Overdue above 1,000 whole units of each row's currency: A2 (2,750.25
    // EUR) and A3 (120,000 JPY). Sorting compares minor units as they are
    // (275,025 before 120,000): amounts in different currencies have no
    // common order without exchange rates.
    overdue->setValue(1000);
    CHECK(column(rows, LedgerModel::section(LedgerColumn::Number)) == Q{QStringLiteral("A2"), QStringLiteral("A3")});
    overdue->setValue(0);
    view.findChild<QCheckBox*>(QStringLiteral("ledgerOverLimit"))->setChecked(true);
    CHECK(view.visibleRows() == 0); // no account of the hand ledger has a limit
}

TEST_CASE("Ledger columns sort on their raw values", "[gui][ledger]") {
    HandLedgerSession s("hreid"); // a team leader starts on everyone
    app::LedgerView view(*s.session);
    QSignalSpy loaded(&view, &app::LedgerView::loaded);
    REQUIRE(loaded.wait(10000));
    REQUIRE(view.visibleRows() == 4);
    view.table().sortByColumn(LedgerModel::section(LedgerColumn::Name), Qt::AscendingOrder);
    CHECK(column(view.model(), LedgerModel::section(LedgerColumn::Name)) ==
          Q{QStringLiteral("Acme Ltd"), QStringLiteral("Bravo Maschinenbau GmbH"), QStringLiteral("Chiyoda KK"),
            QStringLiteral("Delta Supplies, Inc.")});
    view.table().sortByColumn(LedgerModel::section(LedgerColumn::OldestDays), Qt::DescendingOrder);
    CHECK(column(view.model(), LedgerModel::section(LedgerColumn::OldestDays)) ==
          Q{QStringLiteral("146"), QStringLiteral("119"), QStringLiteral("91"), QStringLiteral("61")});
}
