// The diary in the workstation, on the hand ledger as of 2026-06-30:
// amorgan's My day (A2 score 157, then A1 151), worked by keyboard with
// Work next, a hold placed from it; the team leader's queues side by side,
// a colleague's diary opened from them, and A1 reassigned to bokafor; an
// analyst sees neither the queues nor Reassign.
#include "app/MainWindow.h"
#include "app/account/AccountView.h"
#include "app/account/ContactDialogs.h"
#include "app/diary/DiaryView.h"
#include "app/diary/HoldDialog.h"
#include "app/diary/PromiseDialog.h"
#include "app/diary/ReassignDialog.h"
#include "app/diary/StrategyChoices.h"
#include "app/diary/TeamQueuesView.h"
#include "app/ledger/LedgerView.h"
#include "gui/GuiSupport.h"

#include "duedesk/services/AccountAssignment.h"
#include "duedesk/services/DiaryService.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/ContactLogRepository.h"
#include "duedesk/storage/PromiseRepository.h"
#include "duedesk/storage/StrategyRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QThreadPool>

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

namespace {

QString text(const QWidget& root, const char* label) {
    auto* l = root.findChild<QLabel*>(QString::fromLatin1(label));
    REQUIRE(l);
    return l->text();
}

// The table's rows as shown, cells joined by " | ".
QStringList rows(const QTableView& table) {
    QStringList out;
    const QAbstractItemModel& m = *table.model();
    for (int r = 0; r < m.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m.columnCount(); ++c) cells << cell(m, r, c);
        out << cells.join(QStringLiteral(" | "));
    }
    return out;
}

void activate(QWidget& window) {
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

// The account window shown now (one closed before may not be gone yet).
app::AccountView* shownAccount(QWidget& window) {
    for (auto* view : window.findChildren<app::AccountView*>())
        if (view->isVisible()) return view;
    return nullptr;
}

app::DiaryView& loadedDiary(app::MainWindow& window) {
    app::DiaryView* diary = window.myDay();
    REQUIRE(diary);
    QSignalSpy loaded(diary, &app::DiaryView::loaded);
    REQUIRE(loaded.wait(10000));
    return *diary;
}

// Scores (docs/worklist.md), as of 2026-06-30, no rates: no follow-up set
// 150, plus the overdue money weighted by age / 1,000. A2: R-100 2,000.00 at
// 51 days x 2 + R-101 750.25 at 146 days x 4 = 7,001 -> 7; A1: INV-2 200.00
// at 30 days x 1 + INV-3 250.50 at 91 days x 4 = 1,202 -> 1.
const QString kA2 = QStringLiteral(
    "1 | 157 | A2 | Bravo Maschinenbau GmbH | EUR 2,750.25 | 146 | Call |  | no follow-up set; \u20ac750 over 90 days");
const QString kA1 =
    QStringLiteral("2 | 151 | A1 | Acme Ltd | GBP 450.50 | 91 | Call |  | no follow-up set; \u00a3250 over 90 days");

} // namespace

TEST_CASE("An analyst's workstation opens on My day: the ranked worklist and its counts", "[gui][diary]") {
    HandLedgerSession s;
    app::MainWindow window(*s.session);
    app::DiaryView& diary = loadedDiary(window);
    CHECK(window.findChild<QStackedWidget*>()->currentWidget() == &diary);
    CHECK(
        text(diary, "diaryHeader") ==
        QStringLiteral(
            "My day — Tuesday 30 June 2026: 2 due · 0 worked · 0 follow-ups late · 0 missed promises or instalments"));
    CHECK(rows(diary.table()) == QStringList{kA2, kA1});
    CHECK(text(diary, "diaryLeftOut") ==
          QStringLiteral("Left out today: 0 accounts on hold · 0 suspended by a plan or promise · 0 scheduled for "
                         "a later day"));
    CHECK(diary.day().worklist.items[0].score == 157);
    CHECK(diary.day().worklist.items[1].score == 151);
    // Money and days right-aligned; the reasons take the room left.
    const QAbstractItemModel& m = *diary.table().model();
    const int overdue = app::WorkItemsModel::section(app::WorkItemColumn::Overdue);
    CHECK(m.data(m.index(0, overdue), Qt::TextAlignmentRole).value<Qt::Alignment>() ==
          (Qt::AlignRight | Qt::AlignVCenter));
    CHECK(diary.findChild<QLabel*>(QStringLiteral("diaryEmpty"))->isHidden());
    QThreadPool::globalInstance()->waitForDone();
}

TEST_CASE("Work next by keyboard opens the top item ready to log, and a logged contact takes it off",
          "[gui][diary][keyboard]") {
    HandLedgerSession s;
    app::MainWindow window(*s.session);
    app::DiaryView& diary = loadedDiary(window);
    activate(window);
    diary.table().setFocus();
    QSignalSpy reloaded(&diary, &app::DiaryView::loaded);

    // F8: A2, the top item, with the contact log open on it.
    QTest::keyClick(&diary.table(), Qt::Key_F8);
    app::AccountView* account = shownAccount(window);
    REQUIRE(account);
    QSignalSpy accountLoaded(account, &app::AccountView::loaded);
    REQUIRE(accountLoaded.wait(10000));
    CHECK(account->windowTitle() == QStringLiteral("A2 Bravo Maschinenbau GmbH — Duedesk"));
    app::LogContactDialog* log = account->logContactDialog();
    REQUIRE(log);
    activate(*log);
    // Overdue: the follow-up is required; its action is the item's.
    CHECK(log->findChild<QCheckBox*>(QStringLiteral("logFollowUp"))->isChecked());
    CHECK(log->findChild<QComboBox*>(QStringLiteral("logNextAction"))->currentData().toString() ==
          QStringLiteral("call"));
    // Channel, with whom, then the outcome: typed, and Enter.
    CHECK(QApplication::focusWidget()->objectName() == QStringLiteral("logChannel"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget()->objectName() == QStringLiteral("logOutcome"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("No"));
    QSignalSpy saved(log, &app::ChangeDialog::saveFinished);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    REQUIRE(saved.wait(10000));
    REQUIRE(saved.takeFirst().first().toBool());

    // The diary reloads without A2: worked, its follow-up on a later day.
    REQUIRE(reloaded.wait(10000));
    CHECK(
        text(diary, "diaryHeader") ==
        QStringLiteral(
            "My day — Tuesday 30 June 2026: 1 due · 1 worked · 0 follow-ups late · 0 missed promises or instalments"));
    CHECK(rows(diary.table()) ==
          QStringList{QStringLiteral(
              "1 | 151 | A1 | Acme Ltd | GBP 450.50 | 91 | Call |  | no follow-up set; \u00a3250 over 90 days")});
    CHECK(text(diary, "diaryLeftOut").endsWith(QStringLiteral("1 scheduled for a later day")));

    // F8 in the account window closes it and opens the next item.
    activate(*account);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F8);
    CHECK_FALSE(account->isVisible());
    app::AccountView* next = shownAccount(window);
    REQUIRE(next);
    QSignalSpy nextLoaded(next, &app::AccountView::loaded);
    REQUIRE(nextLoaded.wait(10000));
    CHECK(next->windowTitle() == QStringLiteral("A1 Acme Ltd — Duedesk"));
    REQUIRE(next->logContactDialog());
    next->logContactDialog()->reject();
    // Esc closes the account window.
    activate(*next);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    CHECK_FALSE(next->isVisible());
    // Nothing left to open in this session.
    CHECK_FALSE(diary.workNext());
    QThreadPool::globalInstance()->waitForDone();
}

TEST_CASE("A promise to pay logged from the diary goes on to the promise form, and both are written together",
          "[gui][diary][promise]") {
    HandLedgerSession s;
    app::MainWindow window(*s.session);
    app::DiaryView& diary = loadedDiary(window);
    REQUIRE(diary.workNext());
    app::AccountView* account = shownAccount(window);
    REQUIRE(account);
    QSignalSpy accountLoaded(account, &app::AccountView::loaded);
    REQUIRE(accountLoaded.wait(10000));
    const AccountId a2 = s.session->database().accounts().findByNumber("A2")->id;
    const auto loggedBefore = s.session->database().contactLog().forAccount(a2).size();
    app::LogContactDialog* log = account->logContactDialog();
    REQUIRE(log);
    choose(*log, "logOutcome", QStringLiteral("promise_to_pay"));
    QSignalSpy saved(log, &app::ChangeDialog::saveFinished);
    log->accept();
    // Nothing is written yet: the promise form comes first, over the contact.
    CHECK(saved.count() == 0);
    CHECK(s.session->database().contactLog().forAccount(a2).size() == loggedBefore);
    app::PromiseDialog* form = account->promiseDialog();
    REQUIRE(form);
    CHECK(form->isVisible());
    CHECK(form->parentWidget() == log);
    auto* currency = form->findChild<QComboBox*>(QStringLiteral("promiseCurrency"));
    CHECK(currency->count() == 1);
    CHECK(currency->currentText() == QStringLiteral("EUR"));
    auto* amount = form->findChild<QLineEdit*>(QStringLiteral("promiseAmount"));
    // What A2 has overdue is offered: R-100 2,000.00 and R-101 750.25.
    CHECK(amount->text() == QStringLiteral("2750.25"));

    // Cancelling the promise writes nothing and leaves the contact open.
    form->reject();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK_FALSE(account->promiseDialog());
    CHECK(log->isVisible());
    CHECK(s.session->database().contactLog().forAccount(a2).size() == loggedBefore);
    CHECK(s.session->database().promises().forAccount(a2).empty());

    // OK again: the form again. A slip of the keyboard is refused beside the field.
    log->accept();
    form = account->promiseDialog();
    REQUIRE(form);
    amount = form->findChild<QLineEdit*>(QStringLiteral("promiseAmount"));
    amount->setText(QStringLiteral("12,50"));
    form->accept();
    CHECK(form->findChild<QLabel*>(QStringLiteral("promiseAmountError"))->text() ==
          QStringLiteral("Amount: \"12,50\" is not a decimal number."));
    // More than A2 owes (R-100 and R-101, 2,750.25) passes the form's rules; the ledger refuses it:
    // the contact is not written without its promise.
    amount->setText(QStringLiteral("9000.00"));
    form->accept();
    REQUIRE(saved.wait(10000));
    CHECK_FALSE(saved.at(0).at(0).toBool());
    CHECK(log->isVisible());
    CHECK(log->findChild<QLabel*>(QStringLiteral("changeError"))->text() ==
          QStringLiteral("amount: 9000.00 is more than the 2750.25 EUR open on the account's invoices"));
    CHECK(s.session->database().contactLog().forAccount(a2).size() == loggedBefore);
    CHECK(s.session->database().promises().forAccount(a2).empty());

    // The form opens with what was typed; the follow-up follows the promise.
    log->accept();
    form = account->promiseDialog();
    REQUIRE(form);
    amount = form->findChild<QLineEdit*>(QStringLiteral("promiseAmount"));
    CHECK(amount->text() == QStringLiteral("9000.00"));
    amount->setText(QStringLiteral("500.00"));
    form->findChild<QDateEdit*>(QStringLiteral("promiseFor"))->setDate(QDate(2026, 7, 3));
    form->findChild<QLineEdit*>(QStringLiteral("promiseNote"))->setText(QStringLiteral("BACS on Friday"));
    CHECK(form->findChild<QLabel*>(QStringLiteral("promiseFollowUp"))->text() ==
          QStringLiteral("The contact's follow-up moves to Tue 7 Jul 2026, the day after the promise's grace period "
                         "ends."));
    form->accept();
    REQUIRE(saved.wait(10000));
    CHECK(saved.at(1).at(0).toBool());
    const auto logged = s.session->database().contactLog().forAccount(a2);
    REQUIRE(logged.size() == loggedBefore + 1);
    const ContactLogEntry& contact = logged.back();
    CHECK(contact.outcome == ContactOutcome::PromiseToPay);
    CHECK(contact.followUpOn == Date::ymd(2026, 7, 7));
    const auto taken = s.session->database().promises().forAccount(a2);
    REQUIRE(taken.size() == 1);
    CHECK(taken[0].amount == Money(50'000, Currency::of("EUR")));
    CHECK(taken[0].promisedFor == Date::ymd(2026, 7, 3));
    CHECK(taken[0].takenOn == Date::ymd(2026, 6, 30));
    CHECK(taken[0].takenBy == s.session->user().id);
    CHECK(taken[0].note == "BACS on Friday");
    CHECK(taken[0].contactLogId == contact.id);
    account->close();
    QThreadPool::globalInstance()->waitForDone();
}

TEST_CASE("Enter on a diary row opens that item the same way", "[gui][diary][keyboard]") {
    HandLedgerSession s;
    app::MainWindow window(*s.session);
    app::DiaryView& diary = loadedDiary(window);
    activate(window);
    diary.table().setFocus();
    diary.table().setCurrentIndex(diary.table().model()->index(1, 0));
    QTest::keyClick(&diary.table(), Qt::Key_Return);
    app::AccountView* account = shownAccount(window);
    REQUIRE(account);
    QSignalSpy accountLoaded(account, &app::AccountView::loaded);
    REQUIRE(accountLoaded.wait(10000));
    CHECK(account->windowTitle() == QStringLiteral("A1 Acme Ltd — Duedesk"));
    REQUIRE(account->logContactDialog());
    account->logContactDialog()->reject();
    account->close();
    QThreadPool::globalInstance()->waitForDone();
}

TEST_CASE("Pause chasing from the diary: the account leaves it until the day chosen", "[gui][diary]") {
    HandLedgerSession s;
    app::MainWindow window(*s.session);
    app::DiaryView& diary = loadedDiary(window);
    diary.table().selectRow(0); // A2
    diary.findChild<QPushButton*>(QStringLiteral("diaryPause"))->click();
    auto* hold = diary.findChild<app::HoldDialog*>();
    REQUIRE(hold);
    CHECK(text(*hold, "holdAccount") == QStringLiteral("A2  Bravo Maschinenbau GmbH"));
    auto* reason = hold->findChild<QComboBox*>(QStringLiteral("holdReason"));
    CHECK(reason->count() == 5);
    CHECK(reason->itemText(0) == QStringLiteral("customer on holiday"));
    CHECK(hold->findChild<QDateEdit*>(QStringLiteral("holdUntilOn"))->date() == QDate(2026, 7, 7));
    // No reason: refused beside the field, nothing written.
    auto* ok = hold->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    ok->click();
    CHECK(hold->isVisible());
    CHECK_FALSE(hold->findChild<QLabel*>(QStringLiteral("holdReasonError"))->isHidden());

    reason->setEditText(QStringLiteral("awaiting remittance"));
    QSignalSpy saved(hold, &app::ChangeDialog::saveFinished);
    QSignalSpy reloaded(&diary, &app::DiaryView::loaded);
    ok->click();
    REQUIRE(saved.wait(10000));
    REQUIRE(saved.takeFirst().first().toBool());
    REQUIRE(reloaded.wait(10000));
    CHECK(rows(diary.table()) == QStringList{kA1.mid(1).prepend(QLatin1Char('1'))});
    CHECK(text(diary, "diaryLeftOut").startsWith(QStringLiteral("Left out today: 1 account on hold")));
    const AccountId a2 = s.session->database().accounts().findByNumber("A2")->id;
    const auto active = DiaryService(s.session->database()).activeHold(a2, Date::ymd(2026, 6, 30));
    REQUIRE(active);
    CHECK(active->reason == "awaiting remittance");
    CHECK(active->untilOn == Date::ymd(2026, 7, 7));
    QThreadPool::globalInstance()->waitForDone();
}

TEST_CASE("A team leader starts on every analyst's queue side by side and opens a colleague's diary",
          "[gui][diary][team]") {
    HandLedgerSession s("hreid");
    app::MainWindow window(*s.session);
    app::TeamQueuesView* team = window.teamQueues();
    REQUIRE(team);
    QSignalSpy loaded(team, &app::TeamQueuesView::loaded);
    REQUIRE(loaded.wait(10000));
    CHECK(window.findChild<QStackedWidget*>()->currentWidget() == team);
    // No rates on the hand ledger: what is not in GBP (the reporting
    // currency, which most accounts owe in) is named below the table.
    CHECK(rows(team->table()) == QStringList{QStringLiteral("Alice Morgan (amorgan) | 2 | 0 | 0 | 0 | 2 | 450.50 *"),
                                             QStringLiteral("Ben Okafor (bokafor) | 2 | 0 | 0 | 0 | 2 | 49.50 *")});
    CHECK(text(*team, "teamStatus") == QStringLiteral("2 analysts · 4 due · 0 worked today"));
    CHECK(text(*team, "teamNote") == QStringLiteral("* Overdue without a rate to GBP is left out of the total: amorgan "
                                                    "EUR 2,750.25 · bokafor JPY 120,000 · bokafor USD 10.01"));

    // Enter on Ben Okafor's row: his diary in a window of its own.
    activate(window);
    team->table().setFocus();
    team->table().setCurrentIndex(team->table().model()->index(1, 0));
    QTest::keyClick(&team->table(), Qt::Key_Return);
    app::DiaryView* diary = nullptr;
    for (auto* d : window.findChildren<app::DiaryView*>())
        if (d->isWindow()) diary = d;
    REQUIRE(diary);
    QSignalSpy diaryLoaded(diary, &app::DiaryView::loaded);
    REQUIRE(diaryLoaded.wait(10000));
    CHECK(diary->windowTitle() == QStringLiteral("Ben Okafor's day — Duedesk"));
    CHECK(text(*diary, "diaryHeader").startsWith(QStringLiteral("Ben Okafor's day — Tuesday 30 June 2026: 2 due")));
    CHECK(diary->table().model()->rowCount() == 2);
    diary->close();
    QThreadPool::globalInstance()->waitForDone();
}

TEST_CASE("A team leader reassigns A1 from the ledger to bokafor, and the queues follow", "[gui][diary][team]") {
    HandLedgerSession s("hreid");
    app::MainWindow window(*s.session);
    app::TeamQueuesView* team = window.teamQueues();
    REQUIRE(team);
    QSignalSpy teamLoaded(team, &app::TeamQueuesView::loaded);
    QSignalSpy ledgerLoaded(&window.ledgerView(), &app::LedgerView::loaded);
    REQUIRE(ledgerLoaded.wait(10000));
    if (teamLoaded.isEmpty()) REQUIRE(teamLoaded.wait(10000));
    teamLoaded.clear();

    app::LedgerView& ledger = window.ledgerView();
    auto* reassign = ledger.findChild<QPushButton*>(QStringLiteral("ledgerReassign"));
    CHECK_FALSE(reassign->isHidden());
    CHECK_FALSE(reassign->isEnabled());
    for (int row = 0; row < ledger.visibleRows(); ++row)
        if (ledger.model().ledgerRow(row).number == "A1") ledger.table().selectRow(row);
    REQUIRE(reassign->isEnabled());
    reassign->click();
    auto* dialog = window.findChild<app::ReassignDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->accountCount() == 1);
    auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    CHECK(ok->text() == QStringLiteral("Reassign 1 account"));
    const UserId bokafor = UserDirectory(s.session->database()).find("bokafor")->id;
    auto* to = dialog->findChild<QComboBox*>(QStringLiteral("reassignTo"));
    REQUIRE(to->findData(QVariant::fromValue<qint64>(bokafor)) >= 0);
    to->setCurrentIndex(to->findData(QVariant::fromValue<qint64>(bokafor)));
    CHECK(text(*dialog, "reassignSummary") ==
          QStringLiteral("1 account will move, with their open follow-ups, to Ben Okafor (bokafor)."));
    QSignalSpy saved(dialog, &app::ChangeDialog::saveFinished);
    ok->click();
    REQUIRE(saved.wait(10000));
    REQUIRE(saved.takeFirst().first().toBool());

    REQUIRE(teamLoaded.wait(10000));
    CHECK(rows(team->table()) == QStringList{QStringLiteral("Alice Morgan (amorgan) | 1 | 0 | 0 | 0 | 1 | 0.00 *"),
                                             QStringLiteral("Ben Okafor (bokafor) | 3 | 0 | 0 | 0 | 3 | 500.00 *")});
    const AccountId a1 = s.session->database().accounts().findByNumber("A1")->id;
    const auto his = AccountAssignment(s.session->database()).accountsOf(bokafor);
    CHECK(std::ranges::find(his, a1) != his.end());
    QThreadPool::globalInstance()->waitForDone();
}

TEST_CASE("An analyst sees neither the team queues nor Reassign", "[gui][diary][team]") {
    HandLedgerSession s;
    app::MainWindow window(*s.session);
    loadedDiary(window);
    CHECK(window.teamQueues() == nullptr);
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    QStringList pages;
    for (int i = 0; i < navigation->count(); ++i) pages << navigation->item(i)->text();
    CHECK(pages == QStringList{QStringLiteral("Ledger"), QStringLiteral("Aging"), QStringLiteral("My day"),
                               QStringLiteral("Disputes"), QStringLiteral("Write-offs"),
                               QStringLiteral("Escalations")});
    CHECK(window.ledgerView().findChild<QPushButton*>(QStringLiteral("ledgerReassign"))->isHidden());
    QThreadPool::globalInstance()->waitForDone();
}

TEST_CASE("Pause chasing from the account window takes the account off My day", "[gui][diary]") {
    HandLedgerSession s;
    app::MainWindow window(*s.session);
    app::DiaryView& diary = loadedDiary(window);
    const AccountId a1 = s.session->database().accounts().findByNumber("A1")->id;
    app::AccountView* account = window.openAccount(a1);
    QSignalSpy accountLoaded(account, &app::AccountView::loaded);
    REQUIRE(accountLoaded.wait(10000));
    account->findChild<QPushButton*>(QStringLiteral("pauseChasing"))->click();
    auto* hold = account->findChild<app::HoldDialog*>();
    REQUIRE(hold);
    CHECK(text(*hold, "holdAccount") == QStringLiteral("A1  Acme Ltd"));
    hold->findChild<QComboBox*>(QStringLiteral("holdReason"))->setCurrentIndex(2); // query with sales
    QSignalSpy saved(hold, &app::ChangeDialog::saveFinished);
    QSignalSpy reloaded(&diary, &app::DiaryView::loaded);
    hold->accept();
    REQUIRE(saved.wait(10000));
    REQUIRE(saved.takeFirst().first().toBool());
    REQUIRE(reloaded.wait(10000));
    CHECK(rows(diary.table()) == QStringList{kA2});
    const auto active = DiaryService(s.session->database()).activeHold(a1, Date::ymd(2026, 6, 30));
    REQUIRE(active);
    CHECK(active->reason == "query with sales");
    account->close();
    QThreadPool::globalInstance()->waitForDone();
}

TEST_CASE("Reassign from the team queues moves all of an analyst's accounts", "[gui][diary][team]") {
    HandLedgerSession s("hreid");
    app::MainWindow window(*s.session);
    app::TeamQueuesView* team = window.teamQueues();
    REQUIRE(team);
    QSignalSpy loaded(team, &app::TeamQueuesView::loaded);
    REQUIRE(loaded.wait(10000));
    team->table().selectRow(0); // amorgan
    team->findChild<QPushButton*>(QStringLiteral("teamReassign"))->click();
    auto* dialog = window.findChild<app::ReassignDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->windowTitle() == QStringLiteral("Reassign Alice Morgan's accounts"));
    CHECK(dialog->accountCount() == 2);
    auto* to = dialog->findChild<QComboBox*>(QStringLiteral("reassignTo"));
    QStringList offered;
    for (int i = 0; i < to->count(); ++i) offered << to->itemText(i);
    // Anyone who may collect accounts, but not amorgan herself.
    CHECK(offered == QStringList{QStringLiteral("Ben Okafor (bokafor)"), QStringLiteral("hreid")});
    // OK without a choice is refused beside the field.
    QSignalSpy saved(dialog, &app::ChangeDialog::saveFinished);
    dialog->accept();
    CHECK(saved.isEmpty());
    CHECK(text(*dialog, "reassignToError") == QStringLiteral("Choose who is to collect the accounts."));
    to->setCurrentIndex(0);
    dialog->accept();
    REQUIRE(saved.wait(10000));
    REQUIRE(saved.takeFirst().first().toBool());
    REQUIRE(loaded.wait(10000));
    CHECK(rows(team->table()) == QStringList{QStringLiteral("Alice Morgan (amorgan) | 0 | 0 | 0 | 0 | 0 | 0.00"),
                                             QStringLiteral("Ben Okafor (bokafor) | 4 | 0 | 0 | 0 | 4 | 500.00 *")});
    QThreadPool::globalInstance()->waitForDone();
}

TEST_CASE("The diary follows a new day", "[gui][diary]") {
    HandLedgerSession s;
    app::MainWindow window(*s.session);
    app::DiaryView& diary = loadedDiary(window);
    QSignalSpy reloaded(&diary, &app::DiaryView::loaded);
    diary.setDay(Date::ymd(2026, 7, 3));
    REQUIRE(reloaded.wait(10000));
    CHECK(text(diary, "diaryHeader").startsWith(QStringLiteral("My day — Friday 3 July 2026: 2 due")));
    QThreadPool::globalInstance()->waitForDone();
}

TEST_CASE("The day's strategy assignment runs in the background and the status bar says what it did",
          "[gui][diary][strategies]") {
    StrategyAssignmentCounts counts;
    CHECK_FALSE(app::strategyChoicesText(counts));
    counts.assigned = 3;
    counts.challengers = 1;
    counts.ended = 2;
    counts.unmatched = 1;
    CHECK(app::strategyChoicesText(counts) ==
          QStringLiteral("Collection strategies: 3 newly overdue account(s) given one (1 challenger); 2 paid up, "
                         "their strategy ended; 1 matched no rule."));

    HandLedgerSession s; // as of 2026-06-30
    writeDefaultStrategies(s.session->database().strategies());
    CHECK(s.session->database().strategies().currentAssignments(std::nullopt).empty());
    app::MainWindow window(*s.session);
    window.recordStrategyChoices();
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    const auto assigned = s.session->database().strategies().currentAssignments(std::nullopt);
    // The hand ledger's overdue accounts on 2026-06-30: A1 (INV-2, INV-3),
    // A2, A3 (J-1) and A4 (U-2, U-3).
    REQUIRE(assigned.size() == 4);
    int challengers = 0;
    for (const StrategyAssignment& a : assigned) {
        CHECK(a.assignedOn == Date::ymd(2026, 6, 30));
        challengers += a.challenger ? 1 : 0;
    }
    CHECK(window.statusBar()->currentMessage() ==
          QStringLiteral("Collection strategies: 4 newly overdue account(s) given one (%1 challenger).")
              .arg(challengers));
    // Run again the same day, nothing changes and nothing is said.
    window.statusBar()->clearMessage();
    window.recordStrategyChoices();
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    CHECK(s.session->database().strategies().currentAssignments(std::nullopt).size() == 4);
    CHECK(window.statusBar()->currentMessage().isEmpty());
}

TEST_CASE("The promise form's Tab goes from the amount on to the day promised and the note", "[gui][promise]") {
    HandLedgerSession s;
    const AccountId a1 = s.session->database().accounts().findByNumber("A1")->id;
    app::PromiseDialog form(*s.session, a1, QStringLiteral("A1  Acme Ltd"), {Currency::of("GBP")});
    form.show();
    activate(form);
    auto* amount = form.findChild<QLineEdit*>(QStringLiteral("promiseAmount"));
    auto* date = form.findChild<QDateEdit*>(QStringLiteral("promiseFor"));
    auto* note = form.findChild<QLineEdit*>(QStringLiteral("promiseNote"));
    amount->setFocus();
    QTest::keyClick(amount, Qt::Key_Tab);
    QWidget* focused = QApplication::focusWidget();
    CHECK((focused == date || (focused && focused->parentWidget() == date)));
    QTest::keyClick(focused, Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == note);
    form.reject();
}
