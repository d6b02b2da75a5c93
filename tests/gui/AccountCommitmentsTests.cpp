// The account window's "Promises & plans" tab, its plan form, the hold in
// its header and corrections in its contact log, driven through the real
// widgets on A1 of the hand ledger (GBP: INV-3 250.50 due 2026-03-31,
// INV-2 200.00 open due 2026-05-31, INV-1 1,000.00 due 2026-07-01, PAY-1
// 300.00 received 2026-06-15), as amorgan on 2026-06-30.
#include "app/account/AccountView.h"
#include "app/account/ContactDialogs.h"
#include "app/diary/EndCommitmentDialog.h"
#include "app/diary/PaymentPlanDialog.h"
#include "gui/GuiSupport.h"

#include "duedesk/services/ContactLogService.h"
#include "duedesk/services/DiaryService.h"
#include "duedesk/services/PaymentPlanService.h"
#include "duedesk/services/PromiseService.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/ContactLogRepository.h"
#include "duedesk/storage/DiaryRepository.h"
#include "duedesk/storage/DocumentRepository.h"
#include "duedesk/storage/PaymentPlanRepository.h"
#include "duedesk/storage/PromiseRepository.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QThreadPool>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace duedesk;
using namespace duedesk::test;

namespace {

const Currency kGbp = Currency::of("GBP");
Money gbp(std::int64_t minor) { return Money(minor, kGbp); }

// Every cell of a row, joined by '|'.
QString rowText(const QTableView& table, int row) {
    QStringList cells;
    for (int c = 0; c < table.model()->columnCount(); ++c) cells << cell(*table.model(), row, c);
    return cells.join(QLatin1Char('|'));
}

// The account window on A1, once its commitments have loaded.
struct OpenAccount {
    explicit OpenAccount(HandLedgerSession& s)
        : a1(s.session->database().accounts().findByNumber("A1")->id), view(*s.session, a1) {
        QSignalSpy loaded(&view, &app::AccountView::loaded);
        QSignalSpy commitments(&view, &app::AccountView::commitmentsLoaded);
        view.show();
        REQUIRE((commitments.count() > 0 || commitments.wait(10000)));
        REQUIRE((loaded.count() > 0 || loaded.wait(10000)));
    }
    ~OpenAccount() { QThreadPool::globalInstance()->waitForDone(); }
    void reloaded() {
        QSignalSpy commitments(&view, &app::AccountView::commitmentsLoaded);
        REQUIRE(commitments.wait(10000));
    }
    AccountId a1;
    app::AccountView view;
};

template <class Dialog>
Dialog* openedBy(app::AccountView& view, const char* button) {
    auto* push = view.findChild<QPushButton*>(QString::fromLatin1(button));
    REQUIRE(push);
    REQUIRE(push->isEnabled());
    push->click();
    Dialog* open = nullptr;
    for (auto* dialog : view.findChildren<Dialog*>())
        if (dialog->isVisible()) open = dialog;
    REQUIRE(open);
    return open;
}

// Presses OK and waits for the save, which runs off the UI thread; returns
// whether it was written.
bool pressOk(app::ChangeDialog& dialog) {
    QSignalSpy saved(&dialog, &app::ChangeDialog::saveFinished);
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    REQUIRE(saved.wait(10000));
    return saved.at(0).at(0).toBool();
}

void selectRow(QTableView& table, int row) {
    table.selectionModel()->select(table.model()->index(row, 0),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

// Ticks the plan form's invoices by number.
void tick(app::PaymentPlanDialog& form, const QStringList& numbers) {
    auto* list = form.findChild<QListWidget*>(QStringLiteral("planInvoices"));
    REQUIRE(list);
    for (int i = 0; i < list->count(); ++i)
        if (numbers.contains(list->item(i)->text().section(QLatin1Char(' '), 0, 0)))
            list->item(i)->setCheckState(Qt::Checked);
}

} // namespace

TEST_CASE("The Promises & plans tab lists promises with their state on the session's day and a plan's instalments",
          "[gui][account][commitments]") {
    HandLedgerSession s;
    LedgerDatabase& db = s.session->database();
    const AccountId a1 = db.accounts().findByNumber("A1")->id;
    const Actor by = s.session->actor();
    // 400.00 for 06-15, taken 06-10: PAY-1 (300.00, 06-15) counts, and by
    // its deadline (06-18) no more came: partly kept.
    Promise first;
    first.accountId = a1;
    first.amount = gbp(40000);
    first.takenOn = Date::ymd(2026, 6, 10);
    first.promisedFor = Date::ymd(2026, 6, 15);
    PromiseService(db).take(first, by);
    // 250.50 for 06-20, taken 06-16: nothing came after it was taken; its
    // deadline (06-23) has passed by 06-30: broken.
    Promise second = first;
    second.amount = gbp(25050);
    second.takenOn = Date::ymd(2026, 6, 16);
    second.promisedFor = Date::ymd(2026, 6, 20);
    second.note = "After the PO is approved";
    const std::int64_t broken = PromiseService(db).take(second, by);
    PaymentPlan plan;
    plan.accountId = a1;
    plan.currency = kGbp;
    plan.agreedOn = Date::ymd(2026, 6, 30);
    plan.instalments = {{1, Date::ymd(2026, 7, 15), gbp(10000)}, {2, Date::ymd(2026, 8, 15), gbp(10025)}};
    PaymentPlanService(db).agree(plan, by);

    OpenAccount account(s);
    QTableView& table = account.view.commitments();
    REQUIRE(table.model()->rowCount() == 5);
    CHECK(rowText(table, 0) ==
          QStringLiteral("Promise to pay|2026-06-10|amorgan|GBP|400.00|2026-06-15|Partly kept|300.00||"));
    CHECK(rowText(table, 1) == QStringLiteral("Promise to pay|2026-06-16|amorgan|GBP|250.50|2026-06-20|Broken|0.00||"
                                              "After the PO is approved"));
    CHECK(rowText(table, 2) == QStringLiteral("Payment plan, 2 instalments|2026-06-30|amorgan|GBP|200.25|2026-07-15 "
                                              "to 2026-08-15|In good standing|0.00||"));
    CHECK(rowText(table, 3) == QStringLiteral("    Instalment 1 of 2||||100.00|2026-07-15|Open|0.00||"));
    CHECK(rowText(table, 4) == QStringLiteral("    Instalment 2 of 2||||100.25|2026-08-15|Open|0.00||"));
    // Money is right-aligned.
    const int amount = static_cast<int>(app::CommitmentColumn::Amount);
    CHECK(table.model()->data(table.model()->index(0, amount), Qt::TextAlignmentRole).toInt() ==
          int(Qt::AlignRight | Qt::AlignVCenter));

    // Withdraw the broken promise: only a promise's row allows it.
    auto* withdraw = account.view.findChild<QPushButton*>(QStringLiteral("withdrawPromise"));
    auto* cancel = account.view.findChild<QPushButton*>(QStringLiteral("cancelPlan"));
    CHECK_FALSE(withdraw->isEnabled());
    selectRow(table, 3);
    CHECK_FALSE(withdraw->isEnabled());
    CHECK(cancel->isEnabled());
    selectRow(table, 1);
    CHECK_FALSE(cancel->isEnabled());
    auto* dialog = openedBy<app::EndCommitmentDialog>(account.view, "withdrawPromise");
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("endCommitmentWhat"))->text() ==
          QStringLiteral("Withdraw the promise of GBP 250.50 for 2026-06-20, taken 2026-06-16. It stays in the "
                         "account's history and no longer counts."));
    CHECK(dialog->findChild<QDateEdit*>(QStringLiteral("endCommitmentOn"))->date() == QDate(2026, 6, 30));
    REQUIRE(pressOk(*dialog));
    account.reloaded();
    const auto withdrawn = db.promises().findById(broken);
    REQUIRE(withdrawn->withdrawnOn);
    CHECK(*withdrawn->withdrawnOn == Date::ymd(2026, 6, 30));
    CHECK(withdrawn->withdrawnBy == s.session->user().id);
    CHECK(cell(*table.model(), 1, static_cast<int>(app::CommitmentColumn::State)) ==
          QStringLiteral("Withdrawn 2026-06-30"));
}

TEST_CASE("A three-instalment plan agreed in the form is stored exactly and listed", "[gui][account][commitments]") {
    HandLedgerSession s;
    OpenAccount account(s);
    LedgerDatabase& db = s.session->database();
    auto* form = openedBy<app::PaymentPlanDialog>(account.view, "agreePlan");
    // A1 owes in GBP only; its open invoices in due-date order.
    auto* currency = form->findChild<QComboBox*>(QStringLiteral("planCurrency"));
    CHECK(currency->count() == 1);
    CHECK(currency->currentText() == QStringLiteral("GBP"));
    auto* invoices = form->findChild<QListWidget*>(QStringLiteral("planInvoices"));
    REQUIRE(invoices->count() == 3);
    CHECK(invoices->item(0)->text() == QStringLiteral("INV-3   due 2026-03-31   250.50 open"));
    // INV-2 and INV-3 (450.50), in three months from 31 July: 45050 / 3 is
    // 15016 with 2 over, on the last.
    tick(*form, {QStringLiteral("INV-2"), QStringLiteral("INV-3")});
    CHECK(form->findChild<QLineEdit*>(QStringLiteral("planSplitAmount"))->text() == QStringLiteral("450.50"));
    form->findChild<QSpinBox*>(QStringLiteral("planSplitCount"))->setValue(3);
    form->findChild<QDateEdit*>(QStringLiteral("planSplitFrom"))->setDate(QDate(2026, 7, 31));
    form->findChild<QPushButton*>(QStringLiteral("planSplit"))->click();
    REQUIRE(form->instalmentCount() == 3);
    CHECK(form->instalmentDue(1)->date() == QDate(2026, 8, 31));
    CHECK(form->instalmentDue(2)->date() == QDate(2026, 9, 30));
    CHECK(form->instalmentAmount(2)->text() == QStringLiteral("150.18"));
    CHECK(form->findChild<QLabel*>(QStringLiteral("planTotal"))->text() ==
          QStringLiteral("Total GBP 450.50 in 3 instalments"));
    form->findChild<QLineEdit*>(QStringLiteral("planNote"))->setText(QStringLiteral("Standing order set up"));
    REQUIRE(pressOk(*form));

    const auto plans = db.paymentPlans().forAccount(account.a1);
    REQUIRE(plans.size() == 1);
    const PaymentPlan& plan = plans.front();
    CHECK(plan.currency == kGbp);
    CHECK(plan.agreedOn == Date::ymd(2026, 6, 30));
    CHECK(plan.agreedBy == s.session->user().id);
    CHECK(plan.note == "Standing order set up");
    CHECK_FALSE(plan.cancelledOn);
    std::vector<DocumentId> covered = plan.documents;
    std::ranges::sort(covered);
    std::vector<DocumentId> expected{db.documents().findByKey(account.a1, DocumentType::Invoice, "INV-2")->id,
                                     db.documents().findByKey(account.a1, DocumentType::Invoice, "INV-3")->id};
    std::ranges::sort(expected);
    CHECK(covered == expected);
    REQUIRE(plan.instalments.size() == 3);
    const Instalment want[] = {{1, Date::ymd(2026, 7, 31), gbp(15016)},
                               {2, Date::ymd(2026, 8, 31), gbp(15016)},
                               {3, Date::ymd(2026, 9, 30), gbp(15018)}};
    for (std::size_t i = 0; i < 3; ++i) {
        CHECK(plan.instalments[i].seq == want[i].seq);
        CHECK(plan.instalments[i].dueOn == want[i].dueOn);
        CHECK(plan.instalments[i].amount == want[i].amount);
    }

    account.reloaded();
    QTableView& table = account.view.commitments();
    REQUIRE(table.model()->rowCount() == 4);
    const QString first = rowText(table, 0);
    CHECK(first.startsWith(QStringLiteral("Payment plan, 3 instalments|2026-06-30|amorgan|GBP|450.50|2026-07-31 to "
                                          "2026-09-30|In good standing|0.00|")));
    CHECK(first.endsWith(QStringLiteral("|Standing order set up")));
    CHECK(rowText(table, 3) == QStringLiteral("    Instalment 3 of 3||||150.18|2026-09-30|Open|0.00||"));
}

TEST_CASE("A plan whose instalments do not add up to its invoices is refused beside them and nothing is written",
          "[gui][account][commitments]") {
    HandLedgerSession s;
    OpenAccount account(s);
    LedgerDatabase& db = s.session->database();
    auto* form = openedBy<app::PaymentPlanDialog>(account.view, "agreePlan");
    auto* error = form->findChild<QLabel*>(QStringLiteral("planInstalmentsError"));
    REQUIRE(error);
    CHECK(error->isHidden());

    // What cannot be read is caught before anything is written.
    form->instalmentAmount(0)->setText(QStringLiteral("12,50"));
    QSignalSpy saved(form, &app::ChangeDialog::saveFinished);
    form->accept();
    CHECK(saved.isEmpty());
    CHECK_FALSE(error->isHidden());
    CHECK(error->text() == QStringLiteral("Instalment 1: \"12,50\" is not a decimal number."));

    // INV-2 has 200.00 open; instalments of 100.00 and 110.00 are 210.00.
    tick(*form, {QStringLiteral("INV-2")});
    form->findChild<QSpinBox*>(QStringLiteral("planSplitCount"))->setValue(2);
    form->findChild<QPushButton*>(QStringLiteral("planSplit"))->click();
    REQUIRE(form->instalmentCount() == 2);
    CHECK(form->instalmentAmount(0)->text() == QStringLiteral("100.00"));
    form->instalmentAmount(1)->setText(QStringLiteral("110.00"));
    CHECK_FALSE(pressOk(*form));
    CHECK(form->isVisible());
    CHECK_FALSE(error->isHidden());
    CHECK(error->text().startsWith(QStringLiteral("They add up to 210.00, but 200.00")));
    CHECK(form->findChild<QLabel*>(QStringLiteral("changeError"))->isHidden());
    CHECK(db.paymentPlans().forAccount(account.a1).empty());
    form->reject();
}

TEST_CASE("The hold pausing the account shows in its header and is released from there", "[gui][account][diary]") {
    HandLedgerSession s;
    LedgerDatabase& db = s.session->database();
    const AccountId a1 = db.accounts().findByNumber("A1")->id;
    const std::int64_t hold =
        DiaryService(db).placeHold(a1, Date::ymd(2026, 7, 10), "customer on holiday", s.session->actor()).id;
    DiaryEntry call;
    call.accountId = a1;
    call.dueOn = Date::ymd(2026, 7, 3);
    call.action = DiaryAction::Email;
    call.note = "Send the statement";
    DiaryService(db).addEntry(call, s.session->actor());

    OpenAccount account(s);
    auto* row = account.view.findChild<QWidget*>(QStringLiteral("holdRow"));
    auto* text = account.view.findChild<QLabel*>(QStringLiteral("accountHold"));
    CHECK(row->isVisible());
    CHECK(text->text() ==
          QStringLiteral("Chasing paused until 2026-07-10: customer on holiday (placed 2026-06-30 by amorgan)"));
    REQUIRE(account.view.followUps().model()->rowCount() == 1);
    CHECK(rowText(account.view.followUps(), 0) == QStringLiteral("2026-07-03|E-mail|amorgan|Send the statement"));

    QSignalSpy changed(&account.view, &app::AccountView::commitmentsChanged);
    QSignalSpy reloaded(&account.view, &app::AccountView::commitmentsLoaded);
    account.view.findChild<QPushButton*>(QStringLiteral("releaseHold"))->click();
    REQUIRE(changed.wait(10000));
    REQUIRE(reloaded.wait(10000));
    CHECK_FALSE(row->isVisible());
    const auto released = db.diary().findHold(hold);
    REQUIRE(released->releasedOn);
    CHECK(*released->releasedOn == Date::ymd(2026, 6, 30));
    CHECK(released->releasedBy == s.session->user().id);
    CHECK_FALSE(DiaryService(db).activeHold(a1, Date::ymd(2026, 6, 30)));
}

TEST_CASE("Correct on the contact log logs a new entry that names the one it corrects", "[gui][account][contact]") {
    HandLedgerSession s;
    LedgerDatabase& db = s.session->database();
    const AccountId a1 = db.accounts().findByNumber("A1")->id;
    ContactLogEntry call;
    call.accountId = a1;
    call.contactedOn = Date::ymd(2026, 6, 29);
    call.channel = ContactChannel::Phone;
    call.outcome = ContactOutcome::PromiseToPay;
    call.note = "Promised 450.50 by Friday";
    call.followUpOn = Date::ymd(2026, 7, 3);
    const std::int64_t wrong = ContactLogService(db).logContact(call, s.session->actor());

    OpenAccount account(s);
    auto* correct = account.view.findChild<QPushButton*>(QStringLiteral("correctContact"));
    CHECK_FALSE(correct->isEnabled());
    selectRow(account.view.contactLog(), 0);
    auto* dialog = openedBy<app::LogContactDialog>(account.view, "correctContact");
    CHECK(dialog->windowTitle() == QStringLiteral("Correct the contact of 2026-06-29"));
    auto* note = dialog->findChild<QLineEdit*>(QStringLiteral("logNote"));
    CHECK(note->text() == QStringLiteral("Promised 450.50 by Friday"));
    CHECK(dialog->findChild<QDateEdit*>(QStringLiteral("changeEffectiveOn"))->date() == QDate(2026, 6, 29));
    CHECK(dialog->findChild<QComboBox*>(QStringLiteral("logOutcome"))->currentData().toString() ==
          QStringLiteral("promise_to_pay"));
    note->setText(QStringLiteral("Promised 405.50 by Friday"));
    QSignalSpy loaded(&account.view, &app::AccountView::loaded);
    REQUIRE(pressOk(*dialog));

    const auto log = db.contactLog().forAccount(a1); // newest first
    REQUIRE(log.size() == 2);
    CHECK(log[0].correctsId == wrong);
    CHECK(log[0].note == "Promised 405.50 by Friday");
    CHECK(log[0].contactedOn == Date::ymd(2026, 6, 29));
    CHECK(log[0].outcome == ContactOutcome::PromiseToPay);
    CHECK(log[0].followUpOn == Date::ymd(2026, 7, 3));
    CHECK_FALSE(log[1].correctsId);

    REQUIRE(loaded.wait(10000));
    const int noteColumn = static_cast<int>(app::ContactLogColumn::Note);
    QStringList notes;
    for (int r = 0; r < 2; ++r) notes << cell(*account.view.contactLog().model(), r, noteColumn);
    CHECK(notes == QStringList{QStringLiteral("[Corrects the entry of 2026-06-29] Promised 405.50 by Friday"),
                               QStringLiteral("[Corrected by the entry of 2026-06-29] Promised 450.50 by Friday")});
}
