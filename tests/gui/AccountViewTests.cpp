// The account view opened from the ledger, on A1 of the hand ledger.
#include "app/MainWindow.h"
#include "app/account/AccountView.h"
#include "app/account/ContactDialogs.h"
#include "app/ledger/LedgerModel.h"
#include "app/ledger/LedgerView.h"
#include "gui/GuiSupport.h"

#include "duedesk/services/AllocationService.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/ContactLogRepository.h"
#include "duedesk/storage/DocumentRepository.h"
#include "duedesk/storage/LedgerConnector.h"
#include "duedesk/storage/UnitOfWork.h"

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

namespace {
QString at(const QTableView& t, int row, int column) { return cell(*t.model(), row, column); }
int rowCount(const QTableView& t) { return t.model()->rowCount(); }
} // namespace

TEST_CASE("Enter on a ledger row opens the account with its open items and running balance", "[gui][account]") {
    HandLedgerSession s;
    app::MainWindow window(*s.session);
    QSignalSpy loaded(&window.ledgerView(), &app::LedgerView::loaded);
    REQUIRE(loaded.wait(10000));
    window.showPage(0);
    QTableView& table = window.ledgerView().table();
    // amorgan's accounts, worst net overdue first; without rates A1 (GBP,
    // the reporting currency) ranks before A2 (EUR, no rate).
    table.setCurrentIndex(window.ledgerView().model().index(0, 0));
    QSignalSpy activated(&window.ledgerView(), &app::LedgerView::accountActivated);
    QTest::keyClick(&table, Qt::Key_Return);
    REQUIRE(activated.count() == 1);
    auto* view = window.findChild<app::AccountView*>(QStringLiteral("accountView"));
    REQUIRE(view);
    QSignalSpy accountLoaded(view, &app::AccountView::loaded);
    REQUIRE(accountLoaded.wait(10000));

    CHECK(view->findChild<QLabel*>(QStringLiteral("accountTitle"))->text() == QStringLiteral("A1  Acme Ltd"));
    CHECK(view->findChild<QLabel*>(QStringLiteral("accountFacts"))
              ->text()
              .contains(QStringLiteral("Balance: GBP 1,150.50")));
    CHECK(view->findChild<QLabel*>(QStringLiteral("accountAging"))->text() ==
          QStringLiteral("GBP: current 1,000.00  |  1-30 200.00  |  91-120 250.50  |  unapplied -300.00"));
    // Due-date order with the running balance: 250.50, 450.50, 150.50, 1,150.50.
    QTableView& open = view->openItems();
    REQUIRE(rowCount(open) == 4);
    CHECK(at(open, 0, 0) == QStringLiteral("INV-3"));
    CHECK(at(open, 0, 4) == QStringLiteral("91"));
    CHECK(at(open, 1, 8) == QStringLiteral("450.50"));
    CHECK(at(open, 2, 0) == QStringLiteral("PAY-1"));
    CHECK(at(open, 2, 7) == QStringLiteral("-300.00"));
    CHECK(at(open, 2, 8) == QStringLiteral("150.50"));
    CHECK(at(open, 3, 8) == QStringLiteral("1,150.50"));
    CHECK(open.model()->data(open.model()->index(3, 8), Qt::TextAlignmentRole).value<Qt::Alignment>() ==
          (Qt::AlignRight | Qt::AlignVCenter));
    REQUIRE(rowCount(view->closedItems()) == 1);
    CHECK(at(view->closedItems(), 0, 0) == QStringLiteral("CN-1"));
    // Nothing has moved since the import: the activity is the documents.
    CHECK(rowCount(view->activity()) == 5);
}

namespace {
// Opens the dialog behind `button`, fills its fields, presses OK.
template <class Dialog>
Dialog* openDialog(app::AccountView& view, const char* button, const char* dialogName) {
    view.findChild<QPushButton*>(QString::fromLatin1(button))->click();
    // Closed dialogs linger until their deferred deletion: take the open one.
    Dialog* open = nullptr;
    for (auto* dialog : view.findChildren<Dialog*>(QString::fromLatin1(dialogName)))
        if (dialog->isVisible()) open = dialog;
    REQUIRE(open);
    return open;
}
void set(QDialog& dialog, const char* field, const QString& text) {
    auto* edit = dialog.findChild<QLineEdit*>(QString::fromLatin1(field));
    REQUIRE(edit);
    edit->setText(text);
}
void setDate(QDialog& dialog, int y, int m, int d) {
    dialog.findChild<QDateEdit*>(QStringLiteral("changeEffectiveOn"))->setDate(QDate(y, m, d));
}
// Presses OK and waits for the save, which runs off the UI thread.
void pressOk(app::ChangeDialog& dialog) {
    QSignalSpy saved(&dialog, &app::ChangeDialog::saveFinished);
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    REQUIRE(saved.wait(10000));
}
} // namespace

TEST_CASE("The account view changes an address and contacts, keeping the history", "[gui][account]") {
    HandLedgerSession s;
    const AccountId a1 = s.session->database().accounts().findByNumber("A1")->id;
    app::AccountView view(*s.session, a1);
    QSignalSpy loaded(&view, &app::AccountView::loaded);
    REQUIRE(loaded.wait(10000));
    QTableView& rows = view.addresses();
    CHECK(rowCount(rows) == 0); // the hand ledger's file has no addresses
    CHECK_FALSE(view.findChild<QPushButton*>(QStringLiteral("editContact"))->isEnabled());

    // A billing address from 2026-01-01, then a move on 2026-06-01.
    auto* address = openDialog<app::AddressDialog>(view, "changeAddress", "addressDialog");
    set(*address, "addressLine1", QStringLiteral("1 Park Row"));
    set(*address, "addressCountry", QStringLiteral("G1"));
    setDate(*address, 2026, 1, 1);
    // No city and a bad country: both problems at once, beside their
    // fields, and nothing is written.
    address->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    CHECK(address->isVisible());
    const auto errorOf = [&](const char* field) {
        auto* label = address->findChild<QLabel*>(QString::fromLatin1(field) + QStringLiteral("Error"));
        REQUIRE(label);
        return label->isHidden() ? QString() : label->text();
    };
    CHECK(errorOf("addressCity") == QStringLiteral("City is required."));
    CHECK(errorOf("addressCountry") ==
          QStringLiteral("The country code is two letters, such as GB, DE or US; \"G1\" is not."));
    CHECK(errorOf("addressLine1").isEmpty());
    CHECK(address->focusWidget() == address->findChild<QLineEdit*>(QStringLiteral("addressCity")));
    // Fixing a field clears its problem; the other stays until it is fixed.
    set(*address, "addressCity", QStringLiteral("Leeds"));
    CHECK(errorOf("addressCity").isEmpty());
    CHECK_FALSE(errorOf("addressCountry").isEmpty());
    // A country code in lower case is taken in capitals.
    set(*address, "addressCountry", QStringLiteral("gb"));
    CHECK(errorOf("addressCountry").isEmpty());
    pressOk(*address);
    REQUIRE(loaded.wait(10000));
    address = openDialog<app::AddressDialog>(view, "changeAddress", "addressDialog");
    CHECK(address->findChild<QLineEdit*>(QStringLiteral("addressLine1"))->text() == QStringLiteral("1 Park Row"));
    set(*address, "addressLine1", QStringLiteral("20 Wellington St"));
    setDate(*address, 2026, 6, 1);
    pressOk(*address);
    REQUIRE(loaded.wait(10000));

    // A primary contact.
    auto* contact = openDialog<app::ContactDialog>(view, "addContact", "contactDialog");
    set(*contact, "contactName", QStringLiteral("Sam Clerk"));
    set(*contact, "contactPhone", QStringLiteral("+44 113 496 0000"));
    contact->findChild<QCheckBox*>(QStringLiteral("contactPrimary"))->setChecked(true);
    setDate(*contact, 2026, 6, 1);
    pressOk(*contact);
    REQUIRE(loaded.wait(10000));

    const auto row = [&](int r) {
        QStringList cells;
        for (int c = 0; c < rows.model()->columnCount(); ++c) cells << at(rows, r, c);
        return cells.join(QLatin1Char('|'));
    };
    REQUIRE(rowCount(rows) == 3);
    CHECK(row(0) ==
          QStringLiteral("Primary contact|Sam Clerk, +44 113 496 0000|2026-06-01|current|amorgan on 2026-06-30"));
    CHECK(row(1) ==
          QStringLiteral("Billing address|20 Wellington St, Leeds, GB|2026-06-01|current|amorgan on 2026-06-30"));
    CHECK(row(2) ==
          QStringLiteral("Billing address|1 Park Row, Leeds, GB|2026-01-01|2026-05-31|amorgan on 2026-06-30"));
    CHECK(
        view.findChild<QLabel*>(QStringLiteral("accountFacts"))->text().contains(QStringLiteral("Contact: Sam Clerk")));

    // Sam's phone changes on 2026-06-20: the old record ends the day before.
    rows.selectRow(0);
    REQUIRE(view.findChild<QPushButton*>(QStringLiteral("editContact"))->isEnabled());
    contact = openDialog<app::ContactDialog>(view, "editContact", "contactDialog");
    CHECK(contact->findChild<QLineEdit*>(QStringLiteral("contactName"))->text() == QStringLiteral("Sam Clerk"));
    set(*contact, "contactPhone", QStringLiteral("+44 113 496 0999"));
    setDate(*contact, 2026, 6, 20);
    pressOk(*contact);
    REQUIRE(loaded.wait(10000));
    REQUIRE(rowCount(rows) == 4);
    CHECK(row(0) ==
          QStringLiteral("Primary contact|Sam Clerk, +44 113 496 0999|2026-06-20|current|amorgan on 2026-06-30"));
    CHECK(row(1) ==
          QStringLiteral("Primary contact|Sam Clerk, +44 113 496 0000|2026-06-01|2026-06-19|amorgan on 2026-06-30"));

    // And Sam leaves on 2026-06-25.
    rows.selectRow(0);
    auto* end = openDialog<app::EndContactDialog>(view, "endContact", "endContactDialog");
    setDate(*end, 2026, 6, 25);
    pressOk(*end);
    REQUIRE(loaded.wait(10000));
    CHECK(row(0) ==
          QStringLiteral("Primary contact|Sam Clerk, +44 113 496 0999|2026-06-20|2026-06-24|amorgan on 2026-06-30"));
    rows.selectRow(0);
    CHECK_FALSE(view.findChild<QPushButton*>(QStringLiteral("endContact"))->isEnabled()); // already ended
    // With no current contact left, the header names none.
    CHECK_FALSE(view.findChild<QLabel*>(QStringLiteral("accountFacts"))->text().contains(QStringLiteral("Contact:")));
}

TEST_CASE("A contact logged in the account view shows in its log and in the ledger", "[gui][account]") {
    HandLedgerSession s;
    app::MainWindow window(*s.session);
    QSignalSpy ledgerLoaded(&window.ledgerView(), &app::LedgerView::loaded);
    REQUIRE(ledgerLoaded.wait(10000));
    // amorgan's accounts, worst net overdue first: A1 (GBP), then A2 (no rate to GBP).
    REQUIRE(cell(window.ledgerView().model(), 0, app::LedgerModel::section(LedgerColumn::Number)) ==
            QStringLiteral("A1"));
    CHECK(cell(window.ledgerView().model(), 0, app::LedgerModel::section(LedgerColumn::LastContact)).isEmpty());
    const AccountId a1 = window.ledgerView().model().ledgerRow(0).id;
    app::AccountView* view = window.openAccount(a1);
    QSignalSpy loaded(view, &app::AccountView::loaded);
    REQUIRE(loaded.wait(10000));
    CHECK(rowCount(view->contactLog()) == 0);

    auto* dialog = openDialog<app::LogContactDialog>(*view, "logContact", "logContactDialog");
    auto* channel = dialog->findChild<QComboBox*>(QStringLiteral("logChannel"));
    channel->setCurrentIndex(channel->findData(QStringLiteral("phone")));
    choose(*dialog, "logOutcome", QStringLiteral("left_message"));
    set(*dialog, "logNote", QStringLiteral("Left a message for accounts payable: 450.50 overdue"));
    setDate(*dialog, 2026, 6, 29);
    dialog->findChild<QDateEdit*>(QStringLiteral("logFollowUpOn"))->setDate(QDate(2026, 7, 3));
    pressOk(*dialog);
    REQUIRE(loaded.wait(10000));
    REQUIRE(rowCount(view->contactLog()) == 1);
    QStringList cells;
    for (int c = 0; c < view->contactLog().model()->columnCount(); ++c) cells << at(view->contactLog(), 0, c);
    CHECK(cells.join(QLatin1Char('|')) ==
          QStringLiteral("2026-06-29|Phone call||Left message|2026-07-03|amorgan|Left a message for accounts "
                         "payable: 450.50 overdue"));

    if (ledgerLoaded.size() < 2) REQUIRE(ledgerLoaded.wait(10000));
    const auto& ledger = window.ledgerView().model();
    REQUIRE(cell(ledger, 0, app::LedgerModel::section(LedgerColumn::Number)) == QStringLiteral("A1"));
    CHECK(cell(ledger, 0, app::LedgerModel::section(LedgerColumn::LastContact)) == QStringLiteral("2026-06-29"));
    CHECK(cell(ledger, 0, app::LedgerModel::section(LedgerColumn::NextFollowUp)) == QStringLiteral("2026-07-03"));
    CHECK(ledger.headerData(app::LedgerModel::section(LedgerColumn::NextFollowUp), Qt::Horizontal, Qt::DisplayRole)
              .toString() == QStringLiteral("Follow-up"));
    const QModelIndex followUp = ledger.index(0, app::LedgerModel::section(LedgerColumn::NextFollowUp));
    CHECK_FALSE(ledger.data(followUp, Qt::ForegroundRole).isValid()); // 2026-07-03 has not come yet
    auto* due = window.ledgerView().findChild<QCheckBox*>(QStringLiteral("ledgerFollowUpDue"));
    due->setChecked(true);
    CHECK(window.ledgerView().visibleRows() == 0);
    due->setChecked(false);

    // A second call moves the follow-up to today, 2026-06-30: it is due.
    dialog = openDialog<app::LogContactDialog>(*view, "logContact", "logContactDialog");
    choose(*dialog, "logOutcome", QStringLiteral("other"));
    set(*dialog, "logNote", QStringLiteral("Payment run moved; call back today"));
    setDate(*dialog, 2026, 6, 30);
    dialog->findChild<QDateEdit*>(QStringLiteral("logFollowUpOn"))->setDate(QDate(2026, 6, 30));
    const auto ledgerLoads = ledgerLoaded.size();
    pressOk(*dialog);
    REQUIRE(loaded.wait(10000));
    if (ledgerLoaded.size() == ledgerLoads) REQUIRE(ledgerLoaded.wait(10000));
    REQUIRE(cell(ledger, 0, app::LedgerModel::section(LedgerColumn::NextFollowUp)) == QStringLiteral("2026-06-30"));
    CHECK(ledger.data(ledger.index(0, app::LedgerModel::section(LedgerColumn::NextFollowUp)), Qt::ForegroundRole)
              .value<QColor>() == QColor(0xb0, 0x00, 0x20));
    CHECK(ledger.data(ledger.index(0, app::LedgerModel::section(LedgerColumn::NextFollowUp)), Qt::FontRole)
              .value<QFont>()
              .bold());
    due->setChecked(true);
    REQUIRE(window.ledgerView().visibleRows() == 1);
    CHECK(cell(ledger, 0, app::LedgerModel::section(LedgerColumn::Number)) == QStringLiteral("A1"));
}

TEST_CASE("A contact logged while an import holds the ledger neither freezes the window nor is lost",
          "[gui][account][busy]") {
    HandLedgerSession s;
    const AccountId a1 = s.session->database().accounts().findByNumber("A1")->id;
    app::AccountView view(*s.session, a1);
    QSignalSpy loaded(&view, &app::AccountView::loaded);
    REQUIRE(loaded.wait(10000));

    // An import on another connection holds the ledger's write lock.
    auto importing = LedgerConnector(s.session->location()).connect();
    auto import = std::make_unique<UnitOfWork>(*importing);

    auto* dialog = openDialog<app::LogContactDialog>(view, "logContact", "logContactDialog");
    choose(*dialog, "logOutcome", QStringLiteral("left_message"));
    set(*dialog, "logNote", QStringLiteral("Promised payment on Friday"));
    setDate(*dialog, 2026, 6, 29);
    QSignalSpy saved(dialog, &app::ChangeDialog::saveFinished);
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();

    // The UI thread keeps turning while the save waits: a timer on it
    // ticks, and the dialog says what it is waiting for.
    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] { ++ticks; });
    ticker.start(50);
    QTest::qWait(900);
    CHECK(ticks >= 10);
    CHECK(saved.count() == 0);
    CHECK(dialog->isVisible());
    CHECK(dialog->saving());
    CHECK_FALSE(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("changeError"))->text() ==
          QStringLiteral("Waiting for the ledger: another change, such as an import, is being written. "
                         "Your entry is kept and will be saved when it finishes."));
    // Escape or Cancel does not drop an entry that is about to be written.
    dialog->reject();
    CHECK(dialog->isVisible());
    CHECK(importing->contactLog().forAccount(a1).empty());

    // The import finishes: the entry is written, the dialog closes, the
    // view shows it.
    import.reset();
    REQUIRE((saved.count() == 1 || saved.wait(10000)));
    CHECK(saved.at(0).at(0).toBool());
    CHECK_FALSE(dialog->isVisible());
    REQUIRE(loaded.wait(10000));
    const auto entries = importing->contactLog().forAccount(a1);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].outcome == ContactOutcome::LeftMessage);
    CHECK(entries[0].note == "Promised payment on Friday");
    CHECK(entries[0].recordedBy == s.session->user().id);
    CHECK(rowCount(view.contactLog()) == 1);
}

TEST_CASE("The Activity tab shows the account's whole history with the balance after each entry",
          "[gui][account][activity]") {
    HandLedgerSession s;
    {
        // PAY-1 applied 100.00 to INV-3 on 2026-06-20.
        auto db = LedgerDatabase::open(s.dir.file("ledger.db"), LedgerDatabase::OpenMode::ExistingOnly);
        const AccountId a1 = db->accounts().findByNumber("A1")->id;
        AllocationService(*db).allocate(db->documents().findByKey(a1, DocumentType::Payment, "PAY-1")->id,
                                        db->documents().findByKey(a1, DocumentType::Invoice, "INV-3")->id,
                                        Money(10000, Currency::of("GBP")), Date::ymd(2026, 6, 20), s.session->actor());
    }
    app::MainWindow window(*s.session);
    const AccountId a1 = s.session->database().accounts().findByNumber("A1")->id;
    app::AccountView* view = window.openAccount(a1);
    QSignalSpy loaded(view, &app::AccountView::loaded);
    REQUIRE(loaded.wait(10000));
    auto* tabs = view->findChild<QTabWidget*>();
    REQUIRE(tabs);
    auto* activityPage = view->findChild<QWidget*>(QStringLiteral("activityPage"));
    tabs->setCurrentWidget(activityPage);
    CHECK(view->activity().isVisible());

    auto* dialog = openDialog<app::LogContactDialog>(*view, "logContact", "logContactDialog");
    choose(*dialog, "logOutcome", QStringLiteral("left_message"));
    set(*dialog, "logNote", QStringLiteral("Promised payment"));
    setDate(*dialog, 2026, 6, 29);
    dialog->findChild<QDateEdit*>(QStringLiteral("logFollowUpOn"))->setDate(QDate(2026, 7, 3));
    pressOk(*dialog);
    REQUIRE(loaded.wait(10000));

    const QTableView& activity = view->activity();
    QStringList rows;
    for (int r = 0; r < rowCount(activity); ++r) {
        QStringList cells;
        for (int c = 0; c < activity.model()->columnCount(); ++c) cells << at(activity, r, c);
        rows << cells.join(QLatin1Char('|'));
    }
    // Oldest first; the allocation is one row and leaves the balance; the
    // balance after the last money row is the account's.
    CHECK(rows == QStringList{
                      QStringLiteral("2026-03-01|Recorded|Invoice INV-3|GBP|250.50|250.50||Amount 250.50, due "
                                     "2026-03-31"),
                      QStringLiteral("2026-05-01|Recorded|Invoice INV-2|GBP|200.00|450.50||Amount 500.00, due "
                                     "2026-05-31; 200.00 open when recorded"),
                      QStringLiteral("2026-06-01|Recorded|Invoice INV-1|GBP|1,000.00|1,450.50||Amount 1,000.00, due "
                                     "2026-07-01"),
                      QStringLiteral("2026-06-15|Recorded|Payment PAY-1|GBP|-300.00|1,150.50||Amount 300.00"),
                      QStringLiteral("2026-06-20|Recorded|Credit note CN-1|GBP|0.00|1,150.50||Amount 50.00; 0.00 "
                                     "open when recorded"),
                      QStringLiteral("2026-06-20|Allocation|Payment PAY-1|GBP|||amorgan|100.00 applied to Invoice "
                                     "INV-3"),
                      QStringLiteral(
                          "2026-06-29|Phone call|||||amorgan|Left message: Promised payment; follow up on 2026-07-03"),
                  });
    CHECK(view->findChild<QLabel*>(QStringLiteral("accountFacts"))
              ->text()
              .contains(QStringLiteral("Balance: GBP 1,150.50")));
    const int change = static_cast<int>(app::ActivityColumn::Change);
    CHECK(activity.model()->data(activity.model()->index(0, change), Qt::TextAlignmentRole).value<Qt::Alignment>() ==
          (Qt::AlignRight | Qt::AlignVCenter));
}
