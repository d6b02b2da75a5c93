// The exchange rates dialog, driven through its widgets: a team leader
// types a rate and imports a file, and the ledger ranks anew; an analyst
// reads the rates but cannot change them.
#include "app/MainWindow.h"
#include "app/ledger/LedgerView.h"
#include "app/settings/ExchangeRatesDialog.h"
#include "gui/GuiSupport.h"

#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

namespace {
QString rowText(const QAbstractItemModel& model, int row) {
    QStringList cells;
    for (int c = 0; c < model.columnCount(); ++c) cells << cell(model, row, c);
    return cells.join(QLatin1Char(' '));
}
template <class W>
W* child(QWidget& parent, const char* name) {
    auto* w = parent.findChild<W*>(QString::fromLatin1(name));
    REQUIRE(w);
    return w;
}
} // namespace

TEST_CASE("A team leader types a rate and imports rates, and the ledger ranks anew", "[gui][rates]") {
    HandLedgerSession s("hreid");
    app::MainWindow window(*s.session);
    QSignalSpy ledgerLoaded(&window.ledgerView(), &app::LedgerView::loaded);
    REQUIRE(ledgerLoaded.wait(10000));
    // No rates: A2's EUR cannot be converted to GBP.
    const auto& ledger = window.ledgerView().model();
    CHECK(cell(ledger, 0, app::LedgerModel::section(LedgerColumn::Number)) == QStringLiteral("A1"));

    app::ExchangeRatesDialog* dialog = window.openExchangeRates();
    REQUIRE(dialog);
    CHECK(dialog->rates().rowCount() == 0);
    CHECK(child<QLineEdit>(*dialog, "ratesReportingCurrency")->placeholderText() == QStringLiteral("not set"));

    // Lower case is read as the code it means; every problem shows at once.
    QTest::keyClicks(child<QLineEdit>(*dialog, "ratesFrom"), QStringLiteral("eux"));
    QTest::keyClicks(child<QLineEdit>(*dialog, "ratesTo"), QStringLiteral("gbp"));
    QTest::keyClicks(child<QLineEdit>(*dialog, "ratesRate"), QStringLiteral("0,85"));
    child<QPushButton>(*dialog, "ratesAdd")->click();
    CHECK(child<QLabel>(*dialog, "ratesMessage")->text() ==
          QStringLiteral("From: \"EUX\" is not a known currency code.\nRate: a number above zero, such as 0.8612, "
                         "with up to 12 decimals."));
    child<QLineEdit>(*dialog, "ratesFrom")->setText(QStringLiteral("eur"));
    child<QLineEdit>(*dialog, "ratesRate")->setText(QStringLiteral("0.85"));
    child<QDateEdit>(*dialog, "ratesValidFrom")->setDate(QDate(2026, 6, 1));
    QSignalSpy changed(dialog, &app::ExchangeRatesDialog::ratesChanged);
    const auto loads = ledgerLoaded.size();
    child<QPushButton>(*dialog, "ratesAdd")->click();
    CHECK(child<QLabel>(*dialog, "ratesMessage")->text() ==
          QStringLiteral("Recorded: 1 EUR = 0.85 GBP from 2026-06-01."));
    CHECK(changed.size() == 1);
    REQUIRE(dialog->rates().rowCount() == 1);
    CHECK(rowText(dialog->rates(), 0) == QStringLiteral("EUR GBP 2026-06-01 0.85"));
    // The ledger reloads: A2's 2,750.25 EUR is 2,337.71 GBP and comes first.
    if (ledgerLoaded.size() == loads) REQUIRE(ledgerLoaded.wait(10000));
    CHECK(cell(ledger, 0, app::LedgerModel::section(LedgerColumn::Number)) == QStringLiteral("A2"));
    CHECK(cell(ledger, 0, app::LedgerModel::section(LedgerColumn::NetOverdueConverted)) == QStringLiteral("2,337.71"));

    // A bad file: every problem by line, nothing written.
    const std::string bad = s.dir.file("bad.csv");
    writeFile(bad, "from,to,valid_from,rate\nUSD,GBP,2026-06-01,abc\n");
    dialog->importFile(QString::fromStdString(bad));
    CHECK(child<QLabel>(*dialog, "ratesMessage")->text() ==
          QString::fromStdString(bad) +
              QStringLiteral(":2: rate: \"abc\" is not a rate (a number above zero, such as 0.8612, with up to 12 "
                             "decimals)\nNothing was imported."));
    CHECK(dialog->rates().rowCount() == 1);
    const std::string good = s.dir.file("rates.csv");
    writeFile(good, "from,to,valid_from,rate\nUSD,GBP,2026-06-01,0.8\nGBP,JPY,2026-06-01,200\n");
    dialog->importFile(QString::fromStdString(good));
    CHECK(child<QLabel>(*dialog, "ratesMessage")->text() ==
          QStringLiteral("Imported rates.csv: 2 rates, 2 new or corrected."));
    CHECK(dialog->rates().rowCount() == 3);
    CHECK(rowText(dialog->rates(), 1) == QStringLiteral("GBP JPY 2026-06-01 200"));

    // The reporting currency, set to EUR: the ledger converts into it.
    auto* reporting = child<QLineEdit>(*dialog, "ratesReportingCurrency");
    reporting->setText(QStringLiteral("eur"));
    child<QPushButton>(*dialog, "ratesSetReporting")->click();
    CHECK(child<QLabel>(*dialog, "ratesMessage")->text() == QStringLiteral("Amounts are now converted into EUR."));
    CHECK(reporting->text() == QStringLiteral("EUR"));
    REQUIRE(ledgerLoaded.wait(10000));
    CHECK(
        ledger.headerData(app::LedgerModel::section(LedgerColumn::NetOverdueConverted), Qt::Horizontal, Qt::DisplayRole)
            .toString() == QStringLiteral("Net overdue in EUR"));
}

TEST_CASE("An analyst reads the exchange rates but cannot change them", "[gui][rates]") {
    HandLedgerSession s("amorgan");
    app::ExchangeRatesDialog dialog(*s.session);
    auto* add = child<QPushButton>(dialog, "ratesAdd");
    CHECK_FALSE(add->isEnabled());
    CHECK(add->toolTip() == QStringLiteral("Only a team leader or an administrator may change exchange rates."));
    CHECK_FALSE(child<QPushButton>(dialog, "ratesImport")->isEnabled());
    CHECK_FALSE(child<QPushButton>(dialog, "ratesSetReporting")->isEnabled());
    CHECK(child<QLineEdit>(dialog, "ratesReportingCurrency")->isReadOnly());
}
