// The ledger view, driven through its widgets on the hand ledger as of
// 2026-06-30 (balances worked out in tests/core/LedgerListTests.cpp).
#include "app/common/ModelRoles.h"
#include "app/ledger/LedgerView.h"
#include "duedesk/services/ExchangeRates.h"
#include "duedesk/services/TeamSettings.h"
#include "gui/GuiSupport.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSettings>
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

// GBP is the reporting currency; EUR 0.85, USD 0.80, and 200 JPY to the pound.
void enterHandRates(const std::string& path) {
    auto db = LedgerDatabase::open(path, LedgerDatabase::OpenMode::ExistingOnly);
    TeamSettings(*db).setReportingCurrency(Currency::of("GBP"), operatorActor());
    ExchangeRates rates(*db);
    const Date june = Date::ymd(2026, 6, 1);
    rates.put({Currency::of("EUR"), Currency::of("GBP"), june, *DecimalRate::parse("0.85")}, operatorActor());
    rates.put({Currency::of("USD"), Currency::of("GBP"), june, *DecimalRate::parse("0.8")}, operatorActor());
    rates.put({Currency::of("GBP"), Currency::of("JPY"), june, *DecimalRate::parse("200")}, operatorActor());
}
} // namespace

TEST_CASE("The ledger opens on the analyst's own accounts, worst net overdue first", "[gui][ledger]") {
    HandLedgerSession s("amorgan");
    enterHandRates(s.dir.file("ledger.db"));
    app::LedgerView view(*s.session);
    QSignalSpy loaded(&view, &app::LedgerView::loaded);
    auto* busy = view.findChild<QProgressBar*>(QStringLiteral("ledgerBusy"));
    CHECK_FALSE(busy->isHidden()); // loading off the UI thread, a moving bar meanwhile
    CHECK(view.findChild<QLabel*>(QStringLiteral("ledgerCount"))->text() == QStringLiteral("Loading the ledger…"));
    REQUIRE(loaded.wait(10000));
    CHECK(busy->isHidden());
    CHECK(loaded.first().first().toInt() == 4); // accounts, not rows
    QAbstractItemModelTester tester(&view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    // A2 owes 2,750.25 EUR overdue, 2,337.71 in GBP; A1 450.50 GBP overdue
    // but has sent 300.00 not yet applied: 150.50 is really late.
    const QAbstractItemModel& rows = view.model();
    CHECK(column(rows, LedgerModel::section(LedgerColumn::Number)) == Q{QStringLiteral("A2"), QStringLiteral("A1")});
    CHECK(column(rows, LedgerModel::section(LedgerColumn::Balance)) ==
          Q{QStringLiteral("3,150.25"), QStringLiteral("1,150.50")});
    CHECK(column(rows, LedgerModel::section(LedgerColumn::Unapplied)) == Q{QString(), QStringLiteral("300.00")});
    CHECK(column(rows, LedgerModel::section(LedgerColumn::Overdue)) ==
          Q{QStringLiteral("2,750.25"), QStringLiteral("450.50")});
    CHECK(column(rows, LedgerModel::section(LedgerColumn::NetOverdue)) ==
          Q{QStringLiteral("2,750.25"), QStringLiteral("150.50")});
    CHECK(column(rows, LedgerModel::section(LedgerColumn::NetOverdueConverted)) ==
          Q{QStringLiteral("2,337.71"), QStringLiteral("150.50")});
    CHECK(column(rows, LedgerModel::section(LedgerColumn::OldestDays)) ==
          Q{QStringLiteral("146"), QStringLiteral("91")});
    CHECK(column(rows, LedgerModel::section(LedgerColumn::Currency)) ==
          Q{QStringLiteral("EUR"), QStringLiteral("GBP")});
    CHECK(rows.data(rows.index(0, LedgerModel::section(LedgerColumn::Balance)), Qt::TextAlignmentRole)
              .value<Qt::Alignment>() == (Qt::AlignRight | Qt::AlignVCenter));
    CHECK(view.findChild<QLabel*>(QStringLiteral("ledgerCount"))->text() == QStringLiteral("2 of 5 rows"));
    CHECK(view.findChild<QLabel*>(QStringLiteral("ledgerTotals"))->text() ==
          QStringLiteral("Net overdue: EUR 2,750.25 · GBP 150.50 = GBP 2,488.21 converted"));

    // Headings and raw values come from the core's one column table; the
    // converted column names the reporting currency.
    for (const LedgerColumnSpec& c : kLedgerColumns)
        if (c.column != LedgerColumn::NetOverdueConverted)
            CHECK(rows.headerData(LedgerModel::section(c.column), Qt::Horizontal).toString().toStdString() ==
                  c.heading);
    CHECK(rows.headerData(LedgerModel::section(LedgerColumn::NetOverdueConverted), Qt::Horizontal).toString() ==
          QStringLiteral("Net overdue in GBP"));
    CHECK(rows.data(rows.index(0, LedgerModel::section(LedgerColumn::Balance)), app::RawValueRole).toLongLong() ==
          267771); // 3,150.25 EUR x 0.85 = 2,677.7125
    CHECK(rows.data(rows.index(0, LedgerModel::section(LedgerColumn::Name)), app::RawValueRole).toString() ==
          cell(rows, 0, LedgerModel::section(LedgerColumn::Name)));
}

TEST_CASE("A currency without a rate says so, and is left out of the converted total", "[gui][ledger]") {
    HandLedgerSession s("amorgan"); // no rates: GBP, the main currency, is the reporting one
    app::LedgerView view(*s.session);
    QSignalSpy loaded(&view, &app::LedgerView::loaded);
    REQUIRE(loaded.wait(10000));
    const QAbstractItemModel& rows = view.model();
    // Unconvertible rows rank below every converted one: never guessed.
    CHECK(column(rows, LedgerModel::section(LedgerColumn::Number)) == Q{QStringLiteral("A1"), QStringLiteral("A2")});
    CHECK(column(rows, LedgerModel::section(LedgerColumn::NetOverdueConverted)) ==
          Q{QStringLiteral("150.50"), QStringLiteral("no rate")});
    CHECK(view.findChild<QLabel*>(QStringLiteral("ledgerTotals"))->text() ==
          QStringLiteral("Net overdue: EUR 2,750.25 · GBP 150.50 = GBP 150.50 converted (1 row without a rate to GBP "
                         "left out: EUR, JPY, USD)"));
}

TEST_CASE("Ledger filters: colleague, everyone, search, net overdue and credit limit", "[gui][ledger]") {
    HandLedgerSession s("amorgan");
    enterHandRates(s.dir.file("ledger.db"));
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
    CHECK(column(rows, LedgerModel::section(LedgerColumn::Number)) ==
          Q{QStringLiteral("A3"), QStringLiteral("A4"), QStringLiteral("A4")});
    analyst->setCurrentIndex(0); // Everyone
    CHECK(view.visibleRows() == 5);

    QTest::keyClicks(search, QStringLiteral("chiyoda"));
    REQUIRE(view.visibleRows() == 1);
    CHECK(cell(rows, 0, LedgerModel::section(LedgerColumn::Number)) == QStringLiteral("A3"));
    CHECK(cell(rows, 0, LedgerModel::section(LedgerColumn::Balance)) == QStringLiteral("100,000"));
    search->clear();

    // Net overdue above GBP 400, converted: A2 (2,337.71) and A3 (120,000
    // JPY overdue less 20,000 unapplied, at 200 to the pound: 500.00); not
    // A1, whose 450.50 overdue is 150.50 net of the cash it has sent.
    CHECK(overdue->prefix() == QStringLiteral("Net overdue above GBP "));
    overdue->setValue(400);
    CHECK(column(rows, LedgerModel::section(LedgerColumn::Number)) == Q{QStringLiteral("A2"), QStringLiteral("A3")});
    overdue->setValue(0);
    view.findChild<QCheckBox*>(QStringLiteral("ledgerOverLimit"))->setChecked(true);
    CHECK(view.visibleRows() == 0); // no account of the hand ledger has a limit
}

TEST_CASE("Ledger columns sort on their raw values", "[gui][ledger]") {
    HandLedgerSession s("hreid"); // a team leader starts on everyone
    enterHandRates(s.dir.file("ledger.db"));
    app::LedgerView view(*s.session);
    QSignalSpy loaded(&view, &app::LedgerView::loaded);
    REQUIRE(loaded.wait(10000));
    REQUIRE(view.visibleRows() == 5);
    view.table().sortByColumn(LedgerModel::section(LedgerColumn::Name), Qt::AscendingOrder);
    CHECK(column(view.model(), LedgerModel::section(LedgerColumn::Name)) ==
          Q{QStringLiteral("Acme Ltd"), QStringLiteral("Bravo Maschinenbau GmbH"), QStringLiteral("Chiyoda KK"),
            QStringLiteral("Delta Supplies, Inc."), QStringLiteral("Delta Supplies, Inc.")});
    view.table().sortByColumn(LedgerModel::section(LedgerColumn::OldestDays), Qt::DescendingOrder);
    CHECK(column(view.model(), LedgerModel::section(LedgerColumn::OldestDays)) ==
          Q{QStringLiteral("146"), QStringLiteral("119"), QStringLiteral("91"), QStringLiteral("61"),
            QStringLiteral("16")});
    // Overdue in GBP: 2,337.71 (A2), 600.00 (A3's 120,000 JPY), 450.50, 49.50, 8.01.
    view.table().sortByColumn(LedgerModel::section(LedgerColumn::Overdue), Qt::DescendingOrder);
    CHECK(column(view.model(), LedgerModel::section(LedgerColumn::Overdue)) ==
          Q{QStringLiteral("2,750.25"), QStringLiteral("120,000"), QStringLiteral("450.50"), QStringLiteral("49.50"),
            QStringLiteral("10.01")});
}

TEST_CASE("The ledger remembers its column widths and sort", "[gui][ledger]") {
    HandLedgerSession s("hreid");
    const int analyst = LedgerModel::section(LedgerColumn::Analyst);
    const int risk = LedgerModel::section(LedgerColumn::Risk);
    {
        app::LedgerView view(*s.session);
        QSignalSpy loaded(&view, &app::LedgerView::loaded);
        REQUIRE(loaded.wait(10000));
        view.table().horizontalHeader()->resizeSection(analyst, 173);
        view.table().sortByColumn(risk, Qt::AscendingOrder);
    }
    app::LedgerView again(*s.session);
    QSignalSpy loaded(&again, &app::LedgerView::loaded);
    REQUIRE(loaded.wait(10000));
    CHECK(again.table().horizontalHeader()->sectionSize(analyst) == 173);
    CHECK(again.table().horizontalHeader()->sortIndicatorSection() == risk);
    CHECK(again.table().horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder);
    // The rows follow the remembered sort: risk classes, unrated first.
    CHECK(column(again.model(), risk).front().isEmpty());
    QSettings().clear(); // later tests in this process start afresh
}
