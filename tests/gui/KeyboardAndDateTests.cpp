// The workstation as an analyst met it on their first morning: dates typed
// over the selected date, out-of-range dates, a stale aging export, and a
// morning's work without the mouse. Every test types into the real widgets.
#include "app/MainWindow.h"
#include "app/account/AccountView.h"
#include "app/account/ContactDialogs.h"
#include "app/aging/AgingDrillDownDialog.h"
#include "app/aging/AgingView.h"
#include "app/ledger/LedgerView.h"
#include "gui/GuiSupport.h"

#include "duedesk/reports/AccountDetail.h"
#include "duedesk/reports/AgingRendering.h"
#include "duedesk/storage/AccountRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

namespace {

template <class Dialog>
Dialog* openChange(app::AccountView& view, const char* button, const char* dialogName) {
    view.findChild<QPushButton*>(QString::fromLatin1(button))->click();
    Dialog* open = nullptr;
    for (auto* dialog : view.findChildren<Dialog*>(QString::fromLatin1(dialogName)))
        if (dialog->isVisible()) open = dialog;
    REQUIRE(open);
    return open;
}

QString shownError(const QWidget& window, const char* name) {
    auto* label = window.findChild<QLabel*>(QString::fromLatin1(name));
    REQUIRE(label);
    return label->isHidden() ? QString() : label->text();
}

// Selects everything in the field, as Ctrl+A does, and types `text`.
void typeOver(QWidget* field, const char* text) {
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, QString::fromLatin1(text));
}

void activate(QWidget& window) {
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

struct AccountWindow {
    explicit AccountWindow(HandLedgerSession& s)
        : a1(s.session->database().accounts().findByNumber("A1")->id), view(*s.session, a1),
          loaded(&view, &app::AccountView::loaded) {
        REQUIRE(loaded.wait(10000));
    }
    AccountId a1;
    app::AccountView view;
    QSignalSpy loaded;
};

} // namespace

TEST_CASE("Log contact saves the follow-up typed over the selected date", "[gui][dates]") {
    HandLedgerSession s; // as of 2026-06-30
    AccountWindow w(s);
    auto* dialog = openChange<app::LogContactDialog>(w.view, "logContact", "logContactDialog");
    auto* followUp = dialog->findChild<QDateEdit*>(QStringLiteral("logFollowUpOn"));
    REQUIRE(followUp->date() == QDate(2026, 7, 7));

    // The whole date selected, a new one typed: the year is kept.
    typeOver(followUp, "2027-01-15");
    CHECK(followUp->findChild<QLineEdit*>()->text() == QStringLiteral("2027-01-15"));
    // Part of it selected (the year), a year typed over it.
    auto* contactDate = dialog->findChild<QDateEdit*>(QStringLiteral("changeEffectiveOn"));
    contactDate->findChild<QLineEdit*>()->setSelection(8, 2);
    QTest::keyClicks(contactDate, QStringLiteral("29"));
    choose(*dialog, "logOutcome", QStringLiteral("left_message"));
    QSignalSpy saved(dialog, &app::ChangeDialog::saveFinished);
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    REQUIRE(saved.wait(10000));
    CHECK(saved.at(0).at(0).toBool());
    REQUIRE(w.loaded.wait(10000));

    const AccountDetail detail = loadAccountDetail(s.session->database(), w.a1, Date::ymd(2026, 6, 30));
    REQUIRE(detail.contactLog.size() == 1);
    CHECK(detail.contactLog[0].followUpOn == Date::ymd(2027, 1, 15));
    CHECK(detail.contactLog[0].contactedOn == Date::ymd(2026, 6, 29));
}

TEST_CASE("A follow-up outside its range, or not a date, is refused with the range and stays as typed",
          "[gui][dates]") {
    HandLedgerSession s;
    AccountWindow w(s);
    auto* dialog = openChange<app::LogContactDialog>(w.view, "logContact", "logContactDialog");
    choose(*dialog, "logOutcome", QStringLiteral("left_message"));
    auto* followUp = dialog->findChild<QDateEdit*>(QStringLiteral("logFollowUpOn"));
    QLineEdit* line = followUp->findChild<QLineEdit*>();

    typeOver(followUp, "2031-01-15");
    QTest::keyClick(followUp, Qt::Key_Return); // refused: Enter does not reach OK
    CHECK(dialog->isVisible());
    CHECK(shownError(*dialog, "logFollowUpOnError") ==
          QStringLiteral("2031-01-15 is after the latest follow-up allowed, 2027-06-30."));
    CHECK(line->text() == QStringLiteral("2031-01-15"));
    CHECK(followUp->date() == QDate(2026, 7, 7));
    // OK refuses too, and nothing is written.
    QSignalSpy saved(dialog, &app::ChangeDialog::saveFinished);
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    CHECK(dialog->isVisible());
    CHECK(line->text() == QStringLiteral("2031-01-15"));
    CHECK_FALSE(saved.wait(300));
    CHECK(loadAccountDetail(s.session->database(), w.a1, Date::ymd(2026, 6, 30)).contactLog.empty());

    typeOver(followUp, "2027-02-30");
    QTest::keyClick(followUp, Qt::Key_Return);
    CHECK(shownError(*dialog, "logFollowUpOnError") ==
          QStringLiteral("“2027-02-30” is not a date: type the follow-up as yyyy-mm-dd, such as 2026-07-07."));
    typeOver(followUp, "2016-06-29");
    QTest::keyClick(followUp, Qt::Key_Return);
    CHECK(shownError(*dialog, "logFollowUpOnError") ==
          QStringLiteral("2016-06-29 is before the earliest follow-up allowed, 2016-06-30."));
    // Esc puts the date back and the problem goes; a second Esc closes.
    QTest::keyClick(followUp, Qt::Key_Escape);
    CHECK(line->text() == QStringLiteral("2026-07-07"));
    CHECK(shownError(*dialog, "logFollowUpOnError").isEmpty());
    CHECK(dialog->isVisible());
    // The latest allowed is allowed.
    typeOver(followUp, "2027-06-30");
    QTest::keyClick(followUp, Qt::Key_Return);
    CHECK(followUp->date() == QDate(2027, 6, 30));
    CHECK(shownError(*dialog, "logFollowUpOnError").isEmpty());
}

TEST_CASE("A year typed over the aging as-of date ages on that date", "[gui][dates][aging]") {
    HandLedgerSession s;
    app::AgingView view(*s.session);
    QSignalSpy refreshed(&view, &app::AgingView::refreshed);
    REQUIRE(refreshed.wait(10000));
    auto* asOf = view.findChild<QDateEdit*>(QStringLiteral("agingAsOf"));

    typeOver(asOf, "2026-03-15");
    QTest::keyClick(asOf, Qt::Key_Return);
    REQUIRE(refreshed.wait(10000));
    CHECK(view.model().table().options.asOf == Date::ymd(2026, 3, 15));
    CHECK(asOf->findChild<QLineEdit*>()->text() == QStringLiteral("2026-03-15"));
    // Only the year selected, another typed over it.
    asOf->findChild<QLineEdit*>()->setSelection(0, 4);
    QTest::keyClicks(asOf, QStringLiteral("2025"));
    CHECK(asOf->findChild<QLineEdit*>()->text() == QStringLiteral("2025-03-15"));
    QTest::keyClick(asOf, Qt::Key_Return);
    REQUIRE(refreshed.wait(10000));
    CHECK(view.model().table().options.asOf == Date::ymd(2025, 3, 15));
    CHECK(view.findChild<QLabel*>(QStringLiteral("agingStatus"))->text() ==
          QStringLiteral("%1 rows as of 2025-03-15").arg(view.model().table().rows.size()));

    // Out of range: refused beside the field, no table, no export.
    typeOver(asOf, "2028-01-01");
    QTest::keyClick(asOf, Qt::Key_Return);
    CHECK(shownError(view, "agingAsOfError") ==
          QStringLiteral("2028-01-01 is after the latest as-of date allowed, 2027-06-30."));
    CHECK(view.model().rowCount() == 0);
    CHECK_FALSE(view.tableCurrent());
    CHECK(asOf->findChild<QLineEdit*>()->text() == QStringLiteral("2028-01-01"));
}

TEST_CASE("A bad bucket list clears the aging table and refuses the export until fixed", "[gui][aging]") {
    HandLedgerSession s;
    app::AgingView view(*s.session);
    QSignalSpy refreshed(&view, &app::AgingView::refreshed);
    QSignalSpy exported(&view, &app::AgingView::exported);
    REQUIRE(refreshed.wait(10000));
    REQUIRE(view.model().rowCount() == 9);
    auto* buckets = view.findChild<QLineEdit*>(QStringLiteral("agingBuckets"));
    auto* exportCsv = view.findChild<QPushButton*>(QStringLiteral("agingExportCsv"));
    auto* exportXlsx = view.findChild<QPushButton*>(QStringLiteral("agingExportXlsx"));
    CHECK(exportCsv->isEnabled());

    typeOver(buckets, "30,20,abc");
    std::string reason;
    REQUIRE_FALSE(AgingBuckets::parse("30,20,abc", &reason));
    const QString expected = QStringLiteral("Buckets: ") + QString::fromStdString(reason);
    // Typed: the error shows beside the field, and the table shown no
    // longer answers the options, so it cannot be exported.
    CHECK(shownError(view, "agingBucketsError") == expected);
    CHECK_FALSE(exportCsv->isEnabled());
    CHECK_FALSE(exportXlsx->isEnabled());
    QTest::keyClick(buckets, Qt::Key_Return);
    CHECK(view.model().rowCount() == 0);
    CHECK(view.findChild<QLabel*>(QStringLiteral("agingStatus"))->text() == expected);

    const std::string path = s.dir.file("aging.csv");
    view.exportTable(QString::fromStdString(path), app::AgingView::ExportFormat::Csv);
    REQUIRE(exported.size() == 1);
    CHECK_FALSE(exported.at(0).at(0).toBool());
    CHECK_FALSE(QFile::exists(QString::fromStdString(path)));

    typeOver(buckets, "30,60");
    CHECK(shownError(view, "agingBucketsError").isEmpty());
    QTest::keyClick(buckets, Qt::Key_Return);
    REQUIRE(refreshed.wait(10000));
    CHECK(exportCsv->isEnabled());
    view.exportTable(QString::fromStdString(path), app::AgingView::ExportFormat::Csv);
    REQUIRE(exported.wait(10000));
    CHECK(exported.at(1).at(0).toBool());
    const std::string csv = readFile(path);
    CHECK(csv == renderAgingCsv(view.model().table()));
    CHECK(csv.starts_with(
        "as_of,analyst,currency,current,1-30,31-60,61+,unapplied,total,disputed\r\n2026-06-30,amorgan,EUR,"));
}

TEST_CASE("The aging grouping and buckets are remembered between sessions", "[gui][aging]") {
    HandLedgerSession s;
    {
        app::AgingView view(*s.session);
        QSignalSpy refreshed(&view, &app::AgingView::refreshed);
        REQUIRE(refreshed.wait(10000));
        view.findChild<QComboBox*>(QStringLiteral("agingGrouping"))->setCurrentIndex(3); // by risk class
        REQUIRE(refreshed.wait(10000));
        auto* buckets = view.findChild<QLineEdit*>(QStringLiteral("agingBuckets"));
        typeOver(buckets, "15,45");
        QTest::keyClick(buckets, Qt::Key_Return);
        REQUIRE(refreshed.wait(10000));
    }
    app::AgingView view(*s.session);
    QSignalSpy refreshed(&view, &app::AgingView::refreshed);
    REQUIRE(refreshed.wait(10000));
    CHECK(view.findChild<QComboBox*>(QStringLiteral("agingGrouping"))->currentText() ==
          QStringLiteral("By risk class"));
    CHECK(view.findChild<QLineEdit*>(QStringLiteral("agingBuckets"))->text() == QStringLiteral("15,45"));
    CHECK(view.model().table().options.grouping == OpenItemGrouping::RiskClass);
    CHECK(view.model().headerData(3, Qt::Horizontal, Qt::DisplayRole).toString() == QStringLiteral("1-15"));
}

TEST_CASE("Clicking an aging heading sorts the groups and keeps the currency totals last", "[gui][aging]") {
    HandLedgerSession s;
    app::AgingView view(*s.session);
    QSignalSpy refreshed(&view, &app::AgingView::refreshed);
    REQUIRE(refreshed.wait(10000));
    auto* table = view.findChild<QTableView*>(QStringLiteral("agingTable"));
    const QAbstractItemModel& shown = *table->model();
    const auto column = [&](int c) {
        QStringList cells;
        for (int r = 0; r < shown.rowCount(); ++r) cells << cell(shown, r, c);
        return cells.join(QLatin1Char('|'));
    };
    // The model's order: groups by analyst, then the totals by currency.
    CHECK(column(1) == QStringLiteral("EUR|GBP|GBP|JPY|USD|EUR|GBP|JPY|USD"));
    // Amounts sort on their minor units, as every table's raw values do.
    const QPoint totalHeading(table->horizontalHeader()->sectionViewportPosition(9) + 5, 5);
    QTest::mouseClick(table->horizontalHeader()->viewport(), Qt::LeftButton, {}, totalHeading);
    CHECK(column(9) == QStringLiteral("49.50|110.00|100,000|1,150.50|2,750.25|2,750.25|1,200.00|100,000|110.00"));
    QTest::mouseClick(table->horizontalHeader()->viewport(), Qt::LeftButton, {}, totalHeading);
    CHECK(column(9) == QStringLiteral("2,750.25|1,150.50|100,000|110.00|49.50|2,750.25|1,200.00|100,000|110.00"));
}

TEST_CASE("The aging drill-down opens the account of a document with Enter", "[gui][aging][keyboard]") {
    HandLedgerSession s;
    app::AgingView view(*s.session);
    QSignalSpy refreshed(&view, &app::AgingView::refreshed);
    REQUIRE(refreshed.wait(10000));
    QSignalSpy opened(&view, &app::AgingView::accountActivated);
    // amorgan's GBP current: A1's invoice.
    app::AgingDrillDownDialog* dialog = view.openDrillDown(view.model().index(1, 2));
    REQUIRE(dialog);
    QSignalSpy loaded(dialog, &app::AgingDrillDownDialog::loaded);
    REQUIRE(loaded.wait(10000));
    QTableView& items = dialog->items();
    REQUIRE(items.model()->rowCount() >= 1);
    CHECK(cell(*items.model(), 0, 0) == QStringLiteral("A1"));
    CHECK(items.isSortingEnabled());
    items.setCurrentIndex(items.model()->index(0, 0));
    QTest::keyClick(&items, Qt::Key_Return);
    REQUIRE(opened.wait(10000));
    CHECK(opened.at(0).at(0).value<AccountId>() == s.session->database().accounts().findByNumber("A1")->id);
}

TEST_CASE("The change dialogs open on their first field and Tab follows the form", "[gui][keyboard]") {
    HandLedgerSession s;
    AccountWindow w(s);
    const auto tabOrder = [](QDialog& dialog, int stops) {
        activate(dialog);
        QStringList names;
        names << QApplication::focusWidget()->objectName();
        for (int i = 1; i < stops; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            names << QApplication::focusWidget()->objectName();
        }
        return names.join(QLatin1Char(' '));
    };
    auto* address = openChange<app::AddressDialog>(w.view, "changeAddress", "addressDialog");
    CHECK(tabOrder(*address, 8) == QStringLiteral("addressKind addressLine1 addressLine2 addressCity addressRegion "
                                                  "addressPostcode addressCountry changeEffectiveOn"));
    address->reject();
    auto* contact = openChange<app::ContactDialog>(w.view, "addContact", "contactDialog");
    CHECK(tabOrder(*contact, 6) ==
          QStringLiteral("contactName contactJobTitle contactPhone contactEmail contactPrimary changeEffectiveOn"));
    contact->reject();
    auto* log = openChange<app::LogContactDialog>(w.view, "logContact", "logContactDialog");
    CHECK(tabOrder(*log, 8) ==
          QStringLiteral("logChannel logWith logOutcome logNote logFollowUp logFollowUpOn logNextAction "
                         "changeEffectiveOn"));
    // A whole entry without the mouse: type, Tab, type the dates, Enter.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier); // back to the next action
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier); // back to the follow-up
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("2026-08-03"));
    QSignalSpy saved(log, &app::ChangeDialog::saveFinished);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // no outcome yet: refused beside it
    CHECK(shownError(*log, "logOutcomeError") ==
          QStringLiteral("Outcome is required: choose what came of the contact."));
    CHECK(QApplication::focusWidget()->objectName() == QStringLiteral("logOutcome"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Left")); // the combo jumps to "Left message"
    CHECK(shownError(*log, "logOutcomeError").isEmpty());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    REQUIRE(saved.wait(10000));
    const AccountDetail detail = loadAccountDetail(s.session->database(), w.a1, Date::ymd(2026, 6, 30));
    REQUIRE(detail.contactLog.size() == 1);
    CHECK(detail.contactLog[0].followUpOn == Date::ymd(2026, 8, 3));
    CHECK(detail.contactLog[0].outcome == ContactOutcome::LeftMessage);
}

TEST_CASE("Esc closes the account window and Ctrl+Tab goes through its tabs", "[gui][keyboard]") {
    HandLedgerSession s;
    AccountWindow w(s);
    activate(w.view);
    auto* tabs = w.view.findChild<QTabWidget*>(QStringLiteral("accountTabs"));
    REQUIRE(tabs->currentIndex() == 0);
    w.view.openItems().setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    CHECK(tabs->currentIndex() == 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    CHECK(tabs->currentIndex() == 2);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(tabs->currentIndex() == 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    CHECK_FALSE(w.view.isVisible());
}

TEST_CASE("Down from the ledger's search moves into the results", "[gui][keyboard]") {
    HandLedgerSession s;
    app::LedgerView view(*s.session);
    QSignalSpy loaded(&view, &app::LedgerView::loaded);
    REQUIRE(loaded.wait(10000));
    activate(view);
    auto* search = view.findChild<QLineEdit*>(QStringLiteral("ledgerSearch"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("Bravo"));
    REQUIRE(view.visibleRows() == 1);
    QTest::keyClick(search, Qt::Key_Down);
    CHECK(view.table().hasFocus());
    CHECK(view.table().currentIndex().row() == 0);
    QSignalSpy opened(&view, &app::LedgerView::accountActivated);
    QTest::keyClick(&view.table(), Qt::Key_Return);
    REQUIRE(opened.size() == 1);
    CHECK(opened.at(0).at(0).value<AccountId>() == s.session->database().accounts().findByNumber("A2")->id);
}
