// The account window's Disputes tab: raising a dispute over some of A1's
// open invoices (hand ledger, GBP: INV-2 200.00 open, INV-3 250.50 open),
// following it up and closing it, through the real widgets, as amorgan on
// 2026-06-30; and what the core refuses, shown and not written.
#include "app/account/AccountView.h"
#include "app/account/ContactDialogs.h"
#include "app/dispute/AccountDisputes.h"
#include "app/dispute/DisputeChangeDialog.h"
#include "app/dispute/DisputeDialog.h"
#include "app/dispute/DisputesView.h"
#include "gui/GuiSupport.h"

#include "duedesk/services/DisputeService.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/DisputeRepository.h"
#include "duedesk/storage/DocumentRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QThreadPool>

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

namespace {

QString rowText(const QTableView& table, int row) {
    QStringList cells;
    for (int c = 0; c < table.model()->columnCount(); ++c) cells << cell(*table.model(), row, c);
    return cells.join(QLatin1Char('|'));
}

template <class Dialog>
Dialog* openDialog(app::AccountDisputes& tab, const char* button) {
    tab.findChild<QPushButton*>(QString::fromLatin1(button))->click();
    Dialog* open = nullptr;
    for (auto* dialog : tab.findChildren<Dialog*>())
        if (dialog->isVisible()) open = dialog;
    REQUIRE(open);
    return open;
}

// Presses OK and waits for the save, which runs off the UI thread.
bool pressOk(app::ChangeDialog& dialog) {
    QSignalSpy saved(&dialog, &app::ChangeDialog::saveFinished);
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    // Refused before a save began (a problem beside a field): nothing to wait for.
    if (saved.count() == 0 && !dialog.saving()) return false;
    if (saved.count() == 0 && !saved.wait(10000)) return false;
    return saved.at(0).at(0).toBool();
}

QString shown(const QWidget& dialog, const char* label) {
    return dialog.findChild<QLabel*>(QString::fromLatin1(label))->text();
}

} // namespace

TEST_CASE("A dispute is raised on part of an invoice and a whole one, followed up and resolved as credited",
          "[gui][account][disputes]") {
    HandLedgerSession s; // amorgan, as of 2026-06-30
    LedgerDatabase& db = s.session->database();
    const AccountId a1 = db.accounts().findByNumber("A1")->id;
    const Document inv2 = *db.documents().findByKey(a1, DocumentType::Invoice, "INV-2");
    const Document inv3 = *db.documents().findByKey(a1, DocumentType::Invoice, "INV-3");
    REQUIRE(inv2.openAmount == Money(20000, Currency::of("GBP")));
    REQUIRE(inv3.openAmount == Money(25050, Currency::of("GBP")));

    app::AccountView view(*s.session, a1);
    QSignalSpy loaded(&view, &app::AccountView::loaded);
    QSignalSpy disputesLoaded(&view.disputes(), &app::AccountDisputes::loaded);
    QSignalSpy changed(&view, &app::AccountView::disputesChanged);
    view.show();
    REQUIRE(loaded.wait(10000));
    REQUIRE((disputesLoaded.count() > 0 || disputesLoaded.wait(10000)));
    app::AccountDisputes& tab = view.disputes();
    CHECK(tab.table().model()->rowCount() == 0);
    CHECK(shown(tab, "disputesSummary") == QStringLiteral("0 open · 0 past their service level"));
    CHECK_FALSE(tab.findChild<QPushButton*>(QStringLiteral("followUpDispute"))->isEnabled());

    auto* raise = openDialog<app::DisputeDialog>(tab, "raiseDispute");
    CHECK(shown(*raise, "disputeAccount") == QStringLiteral("A1  Acme Ltd"));
    auto* reason = raise->findChild<QComboBox*>(QStringLiteral("disputeReason"));
    CHECK(reason->count() == 8);
    CHECK(reason->currentText() == QStringLiteral("Pricing"));
    // Pricing is to be resolved in 10 days, quality in 20.
    CHECK(shown(*raise, "disputeDue") ==
          QStringLiteral("To be resolved by Fri 10 Jul 2026 (10 days for this reason)."));
    reason->setCurrentIndex(reason->findData(QStringLiteral("quality")));
    CHECK(shown(*raise, "disputeDue") ==
          QStringLiteral("To be resolved by Mon 20 Jul 2026 (20 days for this reason)."));
    reason->setCurrentIndex(reason->findData(QStringLiteral("pricing")));
    auto* invoices = raise->findChild<QTableWidget*>(QStringLiteral("disputeInvoices"));
    // A1's open invoices, by due date: INV-3, INV-2, INV-1.
    REQUIRE(invoices->rowCount() == 3);
    CHECK(invoices->item(0, 0)->text() == QStringLiteral("INV-3"));
    CHECK(invoices->item(0, 2)->text() == QStringLiteral("GBP 250.50"));

    // Nothing said: every problem beside its field, nothing written.
    CHECK_FALSE(pressOk(*raise));
    CHECK(shown(*raise, "disputeOwnerError") == QStringLiteral("Say who must resolve the dispute."));
    CHECK(shown(*raise, "disputeInvoicesError") == QStringLiteral("Name at least one invoice."));
    // More than is open on INV-2: the ledger refuses it.
    raise->findChild<QLineEdit*>(QStringLiteral("disputeOwner"))->setText(QStringLiteral("Pricing desk (J. Hale)"));
    raise->tick(inv2.id, QStringLiteral("200.01"));
    CHECK_FALSE(pressOk(*raise));
    CHECK(shown(*raise, "changeError") ==
          QStringLiteral("invoices: 200.01 GBP is more than the 200.00 GBP open on INV-2"));
    DisputeFilter all;
    CHECK(db.disputes().list(all).empty());

    // 150.00 of INV-2 and the whole of INV-3.
    raise->tick(inv2.id, QStringLiteral("150.00"));
    raise->tick(inv3.id);
    raise->findChild<QLineEdit*>(QStringLiteral("disputeNote"))->setText(QStringLiteral("Price on PO-2 is 4.10"));
    REQUIRE(pressOk(*raise));
    REQUIRE(disputesLoaded.wait(10000));
    CHECK(changed.count() == 1);
    auto stored = db.disputes().list(all);
    REQUIRE(stored.size() == 1);
    const Dispute& d = stored[0];
    CHECK(d.accountId == a1);
    CHECK(d.reason == DisputeReason::Pricing);
    CHECK(d.state == DisputeState::Open);
    CHECK(d.owner == "Pricing desk (J. Hale)");
    CHECK(d.raisedOn == Date::ymd(2026, 6, 30));
    CHECK(d.dueOn == Date::ymd(2026, 7, 10));
    CHECK(d.raisedBy == s.session->user().id);
    CHECK(d.note == "Price on PO-2 is 4.10");
    REQUIRE(d.invoices.size() == 2);
    // Read back in the invoices' order in the ledger.
    CHECK(d.invoices[0].document == inv2.id);
    CHECK(d.invoices[0].amount == Money(15000, Currency::of("GBP")));
    CHECK(d.invoices[1].document == inv3.id);
    CHECK(d.invoices[1].amount == Money(25050, Currency::of("GBP")));
    REQUIRE(tab.table().model()->rowCount() == 1);
    CHECK(rowText(tab.table(), 0) ==
          QStringLiteral("A1|Acme Ltd|2026-06-30|Pricing|INV-2, INV-3|GBP 400.50|Pricing desk (J. "
                         "Hale)|Open|2026-07-10||Price on PO-2 is 4.10"));
    CHECK(shown(tab, "disputesSummary") == QStringLiteral("1 open · 0 past their service level"));

    // Followed up: the business is investigating it.
    tab.table().selectRow(0);
    auto* follow = openDialog<app::DisputeChangeDialog>(tab, "followUpDispute");
    auto* action = follow->findChild<QComboBox*>(QStringLiteral("disputeAction"));
    QStringList actions;
    for (int i = 0; i < action->count(); ++i) actions << action->itemText(i);
    // From open: investigated or withdrawn; credited and rejected come after an investigation.
    CHECK(actions == QStringList{QStringLiteral("Investigating"), QStringLiteral("Withdrawn"),
                                 QStringLiteral("A new owner or a note only")});
    follow->choose(DisputeState::Investigating);
    follow->findChild<QLineEdit*>(QStringLiteral("disputeChangeNote"))->setText(QStringLiteral("Sales checking PO-2"));
    REQUIRE(pressOk(*follow));
    REQUIRE(disputesLoaded.wait(10000));
    CHECK(db.disputes().findById(d.id)->state == DisputeState::Investigating);
    CHECK(rowText(tab.table(), 0).endsWith(QStringLiteral("|Investigating|2026-07-10||Sales checking PO-2")));

    // Resolved as credited: a note saying why is required.
    tab.table().selectRow(0);
    follow = openDialog<app::DisputeChangeDialog>(tab, "followUpDispute");
    follow->choose(DisputeState::Credited);
    CHECK_FALSE(follow->findChild<QLineEdit*>(QStringLiteral("disputeNewOwner"))->isEnabled());
    CHECK_FALSE(pressOk(*follow));
    CHECK(shown(*follow, "disputeChangeNoteError") ==
          QStringLiteral("A note is required to close a dispute: say why."));
    CHECK(db.disputes().findById(d.id)->state == DisputeState::Investigating);
    follow->findChild<QLineEdit*>(QStringLiteral("disputeChangeNote"))->setText(QStringLiteral("Credit agreed"));
    REQUIRE(pressOk(*follow));
    REQUIRE(disputesLoaded.wait(10000));
    const Dispute closed = *db.disputes().findById(d.id);
    CHECK(closed.state == DisputeState::Credited);
    CHECK(closed.closedOn == Date::ymd(2026, 6, 30));
    CHECK(
        rowText(tab.table(), 0).endsWith(QStringLiteral("|Resolved as credited|2026-07-10|2026-06-30|Credit agreed")));
    CHECK(shown(tab, "disputesSummary") == QStringLiteral("0 open · 0 past their service level"));
    tab.table().selectRow(0);
    CHECK_FALSE(tab.findChild<QPushButton*>(QStringLiteral("followUpDispute"))->isEnabled());
    CHECK(changed.count() == 3);
    view.close();
    QThreadPool::globalInstance()->waitForDone();
}

TEST_CASE("Who may not raise disputes sees them without the buttons", "[gui][account][disputes]") {
    HandLedgerSession s("fnaylor", Role::WriteOffApprover);
    const AccountId a1 = s.session->database().accounts().findByNumber("A1")->id;
    app::AccountView view(*s.session, a1);
    QSignalSpy disputesLoaded(&view.disputes(), &app::AccountDisputes::loaded);
    view.show();
    REQUIRE((disputesLoaded.count() > 0 || disputesLoaded.wait(10000)));
    CHECK_FALSE(view.disputes().findChild<QPushButton*>(QStringLiteral("raiseDispute"))->isVisible());
    CHECK_FALSE(view.disputes().findChild<QPushButton*>(QStringLiteral("followUpDispute"))->isVisible());
    view.close();
    QThreadPool::globalInstance()->waitForDone();
}

TEST_CASE("A contact logged as Dispute raised goes on to raising the dispute", "[gui][account][disputes]") {
    HandLedgerSession s;
    const AccountId a1 = s.session->database().accounts().findByNumber("A1")->id;
    app::AccountView view(*s.session, a1);
    QSignalSpy loaded(&view, &app::AccountView::loaded);
    view.show();
    REQUIRE(loaded.wait(10000));
    view.findChild<QPushButton*>(QStringLiteral("logContact"))->click();
    app::LogContactDialog* log = view.logContactDialog();
    REQUIRE(log);
    choose(*log, "logOutcome", QStringLiteral("dispute_raised"));
    log->findChild<QLineEdit*>(QStringLiteral("logNote"))->setText(QStringLiteral("Queries the price on INV-2"));
    REQUIRE(pressOk(*log));
    auto* tabs = view.findChild<QTabWidget*>(QStringLiteral("accountTabs"));
    CHECK(tabs->currentWidget()->objectName() == QStringLiteral("disputesPage"));
    app::DisputeDialog* raise = nullptr;
    for (auto* dialog : view.disputes().findChildren<app::DisputeDialog*>())
        if (dialog->isVisible()) raise = dialog;
    REQUIRE(raise);
    CHECK(shown(*raise, "disputeAccount") == QStringLiteral("A1  Acme Ltd"));
    raise->reject();
    view.close();
    QThreadPool::globalInstance()->waitForDone();
}

TEST_CASE("The Disputes page lists the ledger's disputes, those past their service level, and sums them by reason",
          "[gui][disputes]") {
    HandLedgerSession s; // amorgan, as of 2026-06-30
    LedgerDatabase& db = s.session->database();
    const AccountId a1 = db.accounts().findByNumber("A1")->id;
    const AccountId a2 = db.accounts().findByNumber("A2")->id;
    const Actor by = s.session->actor();
    const auto invoice = [&](AccountId account, const char* number, std::int64_t minor, const char* currency) {
        DisputedInvoice inv;
        inv.document = db.documents().findByKey(account, DocumentType::Invoice, number)->id;
        inv.amount = Money(minor, Currency::of(currency));
        return inv;
    };
    const auto raise = [&](AccountId account, DisputeReason reason, Date on, DisputedInvoice inv) {
        Dispute d;
        d.accountId = account;
        d.reason = reason;
        d.owner = "Sales desk";
        d.raisedOn = on;
        d.invoices = {inv};
        return DisputeService(db).open(d, by);
    };
    // Pricing, 10 days: due 2026-06-25, late on 2026-06-30.
    raise(a1, DisputeReason::Pricing, Date::ymd(2026, 6, 15), invoice(a1, "INV-2", 15000, "GBP"));
    // Quality, 20 days: due 2026-07-20.
    raise(a2, DisputeReason::Quality, Date::ymd(2026, 6, 30), invoice(a2, "R-100", 200000, "EUR"));
    // Withdrawn the day it was raised: closed.
    const DisputeId gone = raise(a1, DisputeReason::Other, Date::ymd(2026, 6, 30), invoice(a1, "INV-3", 5000, "GBP"));
    DisputeService(db).resolve(gone, DisputeState::Withdrawn, "Paid after all", by);

    app::DisputesView page(*s.session);
    QSignalSpy loaded(&page, &app::DisputesView::loaded);
    REQUIRE(loaded.wait(10000));
    // Active ones, sorted as the ledger lists them: by account, then raised.
    REQUIRE(page.table().model()->rowCount() == 2);
    CHECK(rowText(page.table(), 0) == QStringLiteral("A1|Acme Ltd|2026-06-15|Pricing|INV-2|GBP 150.00|Sales "
                                                     "desk|Open|2026-06-25||"));
    CHECK(rowText(page.table(), 1) == QStringLiteral("A2|Bravo Maschinenbau GmbH|2026-06-30|Quality|R-100|EUR "
                                                     "2,000.00|Sales desk|Open|2026-07-20||"));
    CHECK(shown(page, "disputesCount") == QStringLiteral("2 open · 1 past their service level"));
    // By reason: one line per reason and currency with an active dispute.
    REQUIRE(page.byReason().model()->rowCount() == 2);
    CHECK(rowText(page.byReason(), 0) == QStringLiteral("Pricing|GBP|1|150.00|1"));
    CHECK(rowText(page.byReason(), 1) == QStringLiteral("Quality|EUR|1|2,000.00|0"));

    page.show(app::DisputesView::Show::PastServiceLevel);
    REQUIRE(loaded.wait(10000));
    REQUIRE(page.table().model()->rowCount() == 1);
    CHECK(cell(*page.table().model(), 0, 0) == QStringLiteral("A1"));
    page.show(app::DisputesView::Show::All);
    REQUIRE(loaded.wait(10000));
    REQUIRE(page.table().model()->rowCount() == 3);
    CHECK(rowText(page.table(), 1) == QStringLiteral("A1|Acme Ltd|2026-06-30|Other|INV-3|GBP 50.00|Sales "
                                                     "desk|Withdrawn|2026-07-15|2026-06-30|Paid after all"));

    // Enter on a row opens its account.
    QSignalSpy opened(&page, &app::DisputesView::accountActivated);
    page.table().selectRow(2);
    page.findChild<QPushButton*>(QStringLiteral("disputesOpenAccount"))->click();
    REQUIRE(opened.count() == 1);
    CHECK(opened.at(0).at(0).value<AccountId>() == a2);
    QThreadPool::globalInstance()->waitForDone();
}
