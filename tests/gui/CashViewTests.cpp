// Cash application in the workstation, on the hand ledger with PAY-2
// (A1, GBP 200.00 of 2026-06-25, reference "INV-2") added: proposed in the
// account window, adjusted, refused, accepted; and the analyst's window.
#include "app/MainWindow.h"
#include "app/account/AccountView.h"
#include "app/cash/CashView.h"
#include "app/ledger/LedgerView.h"
#include "gui/GuiSupport.h"

#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/DocumentRepository.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QThreadPool>

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

namespace {

QString at(const QTableView& t, int row, int column) { return cell(*t.model(), row, column); }
int rowCount(const QTableView& t) { return t.model()->rowCount(); }

AccountId addPay2(app::AppSession& session) {
    LedgerDatabase& db = session.database();
    const AccountId a1 = db.accounts().findByNumber("A1")->id;
    Document d;
    d.accountId = a1;
    d.type = DocumentType::Payment;
    d.number = "PAY-2";
    d.documentDate = Date::ymd(2026, 6, 25);
    d.dueDate = d.documentDate;
    d.amount = Money(20000, Currency::of("GBP"));
    d.openAmount = d.amount;
    d.reference = "INV-2";
    db.documents().add(d);
    return a1;
}

QString text(const QWidget& root, const char* label) {
    return root.findChild<QLabel*>(QString::fromLatin1(label))->text();
}

void click(const QWidget& root, const char* button) {
    auto* b = root.findChild<QPushButton*>(QString::fromLatin1(button));
    REQUIRE(b->isEnabled());
    b->click();
}

} // namespace

TEST_CASE("A payment that names its invoice is proposed in the account window and accepted", "[gui][cash]") {
    HandLedgerSession s;
    const AccountId a1 = addPay2(*s.session);
    app::MainWindow window(*s.session);
    QSignalSpy ledgerLoaded(&window.ledgerView(), &app::LedgerView::loaded);
    REQUIRE(ledgerLoaded.wait(10000));

    app::AccountView* view = window.openAccount(a1);
    auto* cash = view->findChild<app::CashView*>(QStringLiteral("cashView"));
    REQUIRE(cash);
    QSignalSpy accountLoaded(view, &app::AccountView::loaded);
    QSignalSpy cashLoaded(cash, &app::CashView::loaded);
    REQUIRE(accountLoaded.wait(10000));
    if (cashLoaded.isEmpty()) REQUIRE(cashLoaded.wait(10000));

    CHECK(text(*view, "accountAging") ==
          QStringLiteral("GBP: current 1,000.00  |  1-30 200.00  |  91-120 250.50  |  unapplied -500.00"));
    CHECK(text(*view, "accountFacts").contains(QStringLiteral("Balance: GBP 950.50")));

    QTableView& proposals = cash->proposals();
    REQUIRE(rowCount(proposals) == 1);
    CHECK(at(proposals, 0, 2) == QStringLiteral("PAY-2"));
    CHECK(at(proposals, 0, 6) == QStringLiteral("200.00"));
    CHECK(at(proposals, 0, 7) == QStringLiteral("INV-2"));
    CHECK(at(proposals, 0, 8) == QStringLiteral("200.00"));
    CHECK(at(proposals, 0, 9) == QStringLiteral("PAY-2's reference names invoice INV-2"));
    CHECK_FALSE(cash->findChild<QPushButton*>(QStringLiteral("acceptProposal"))->isEnabled());
    CHECK_FALSE(cash->findChild<QPushButton*>(QStringLiteral("openAccount"))->isVisible());

    proposals.selectRow(0);
    QTableView& lines = cash->lines();
    REQUIRE(rowCount(lines) == 1);
    CHECK(at(lines, 0, 0) == QStringLiteral("INV-2"));
    CHECK(at(lines, 0, 4) == QStringLiteral("200.00"));

    // Adjusted beyond the payment: the core refuses, nothing is written.
    lines.selectRow(0);
    auto* amount = cash->findChild<QLineEdit*>(QStringLiteral("lineAmount"));
    CHECK(amount->text() == QStringLiteral("200.00"));
    amount->setText(QStringLiteral("250.00"));
    click(*cash, "setAmount");
    CHECK(at(proposals, 0, 8) == QStringLiteral("250.00"));
    QSignalSpy accepted(cash, &app::CashView::acceptFinished);
    click(*cash, "acceptProposal");
    REQUIRE(accepted.wait(10000));
    CHECK_FALSE(accepted.takeFirst().first().toBool());
    CHECK(text(*cash, "cashError") ==
          QStringLiteral("The match was not applied: the amounts add up to 250.00, more than the open amount 200.00 "
                         "of PAY-2"));

    // Back to the proposed amount, and accepted.
    lines.selectRow(0);
    amount->setText(QStringLiteral("200.00"));
    click(*cash, "setAmount");
    QSignalSpy ledgerReloaded(&window.ledgerView(), &app::LedgerView::loaded);
    click(*cash, "acceptProposal");
    REQUIRE(accepted.wait(10000));
    CHECK(accepted.takeFirst().first().toBool());
    CHECK(text(*cash, "cashError").isEmpty());
    REQUIRE(accountLoaded.wait(10000));

    // INV-2 is settled: nothing 1-30 days overdue, 300.00 unapplied; the
    // balance stays (the payment had already lowered it).
    CHECK(text(*view, "accountAging") ==
          QStringLiteral("GBP: current 1,000.00  |  91-120 250.50  |  unapplied -300.00"));
    CHECK(text(*view, "accountFacts").contains(QStringLiteral("Balance: GBP 950.50")));
    QTableView& open = view->openItems();
    REQUIRE(rowCount(open) == 3);
    for (int row = 0; row < 3; ++row) {
        CHECK(at(open, row, 0) != QStringLiteral("INV-2"));
        CHECK(at(open, row, 0) != QStringLiteral("PAY-2"));
    }
    // The ledger reloads too, and nothing is left to propose.
    if (ledgerReloaded.isEmpty()) REQUIRE(ledgerReloaded.wait(10000));
    if (rowCount(proposals) != 0) REQUIRE(cashLoaded.wait(10000));
    CHECK(rowCount(proposals) == 0);
    CHECK(text(*cash, "cashSummary") == QStringLiteral("No unapplied payment or credit note matches an open invoice."));

    // Recorded as amorgan's, on the session's day.
    const auto inv2 = s.session->database().documents().findByKey(a1, DocumentType::Invoice, "INV-2");
    CHECK(inv2->openAmount == Money(0, Currency::of("GBP")));
    QThreadPool::globalInstance()->waitForDone();
}

TEST_CASE("The cash application window lists the analyst's proposals and opens the account", "[gui][cash]") {
    HandLedgerSession s;
    addPay2(*s.session);
    app::MainWindow window(*s.session);
    app::CashView* cash = window.openCashApplication();
    QSignalSpy loaded(cash, &app::CashView::loaded);
    REQUIRE(loaded.wait(10000));
    CHECK(cash->isWindow());
    QTableView& proposals = cash->proposals();
    REQUIRE(rowCount(proposals) == 1);
    CHECK(at(proposals, 0, 0) == QStringLiteral("A1"));
    CHECK(at(proposals, 0, 1) == QStringLiteral("Acme Ltd"));

    // Rejected: gone for now.
    proposals.selectRow(0);
    click(*cash, "rejectProposal");
    CHECK(rowCount(proposals) == 0);
    cash->reload();
    REQUIRE(loaded.wait(10000));
    REQUIRE(rowCount(proposals) == 1);

    proposals.selectRow(0);
    QSignalSpy activated(cash, &app::CashView::accountActivated);
    click(*cash, "openAccount");
    REQUIRE(activated.count() == 1);
    auto* view = window.findChild<app::AccountView*>(QStringLiteral("accountView"));
    REQUIRE(view);
    QSignalSpy accountLoaded(view, &app::AccountView::loaded);
    REQUIRE(accountLoaded.wait(10000));
    CHECK(text(*view, "accountTitle") == QStringLiteral("A1  Acme Ltd"));
    QThreadPool::globalInstance()->waitForDone();
}
