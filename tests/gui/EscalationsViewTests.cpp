// Escalations in the workstation, on the hand ledger as of 2026-06-30 (A1
// owes GBP 1,150.50: 1,450.50 of invoices less PAY-1's 300.00): amorgan
// refers A1 from its window and sees it leave My day and join the
// Escalations page; hreid, the team leader, moves a referral on and
// answers a request for attention that was on his My day; an
// administrator's referral is refused by the core. Through the real
// widgets, headless.
#include "app/MainWindow.h"
#include "app/account/AccountView.h"
#include "app/diary/DiaryView.h"
#include "app/escalation/AttentionDialog.h"
#include "app/escalation/EscalationsView.h"
#include "app/escalation/ReferDialog.h"
#include "gui/GuiSupport.h"

#include "duedesk/reports/Worklist.h"
#include "duedesk/services/EscalationService.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/EscalationRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
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

// The accounts on a diary's table, in its order.
QStringList accounts(const QTableView& table) {
    QStringList out;
    for (int row = 0; row < table.model()->rowCount(); ++row) out << cell(*table.model(), row, 2);
    return out;
}

QString shown(const QWidget& root, const char* label) {
    auto* l = root.findChild<QLabel*>(QString::fromLatin1(label));
    REQUIRE(l);
    return l->text();
}

app::DiaryView& loadedDiary(app::MainWindow& window) {
    app::DiaryView* diary = window.myDay();
    REQUIRE(diary);
    QSignalSpy loaded(diary, &app::DiaryView::loaded);
    REQUIRE(loaded.wait(10000));
    return *diary;
}

void reloadAndWait(app::EscalationsView& page) {
    QSignalSpy loaded(&page, &app::EscalationsView::loaded);
    page.reload();
    REQUIRE(loaded.wait(10000));
}

app::AccountView& loadedAccount(app::AccountView& view) {
    QSignalSpy loaded(&view, &app::AccountView::loaded);
    view.show();
    REQUIRE(loaded.wait(10000));
    return view;
}

app::ReferDialog& openRefer(app::AccountView& view) {
    view.findChild<QPushButton*>(QStringLiteral("referAccount"))->click();
    app::ReferDialog* open = nullptr;
    for (auto* dialog : view.findChildren<app::ReferDialog*>())
        if (dialog->isVisible()) open = dialog;
    REQUIRE(open);
    return *open;
}

// Presses OK and waits for the save, which runs off the UI thread.
bool pressOk(app::ChangeDialog& dialog) {
    QSignalSpy saved(&dialog, &app::ChangeDialog::saveFinished);
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    if (saved.count() == 0 && !dialog.saving()) return false;
    if (saved.count() == 0 && !saved.wait(10000)) return false;
    return saved.at(0).at(0).toBool();
}

// Clicks `button` on the page and waits for the change it starts.
bool pressAndWait(app::EscalationsView& page, const char* button) {
    QSignalSpy finished(&page, &app::EscalationsView::changeFinished);
    auto* b = page.findChild<QPushButton*>(QString::fromLatin1(button));
    REQUIRE(b);
    REQUIRE(b->isEnabled());
    b->click();
    REQUIRE(finished.wait(10000));
    return finished.at(0).at(0).toBool();
}

} // namespace

TEST_CASE("An analyst refers an account from its window: it leaves My day and shows on the Escalations page",
          "[gui][escalations]") {
    HandLedgerSession s; // amorgan
    LedgerDatabase& db = s.session->database();
    const AccountId a1 = db.accounts().findByNumber("A1")->id;
    app::MainWindow window(*s.session);
    app::DiaryView& diary = loadedDiary(window);
    REQUIRE(accounts(diary.table()) == QStringList{QStringLiteral("A2"), QStringLiteral("A1")});
    app::EscalationsView& page = window.escalationsView();
    reloadAndWait(page);
    CHECK(page.referrals().model()->rowCount() == 0);
    CHECK(shown(page, "escalationsCount") == QStringLiteral("0 referrals open · 0 requests awaiting attention"));
    // An analyst refers; the litigation steps and answers are the team leader's.
    CHECK(page.findChild<QWidget*>(QStringLiteral("referralActions"))->isHidden());
    CHECK(page.findChild<QWidget*>(QStringLiteral("attentionActions"))->isHidden());

    app::AccountView& view = loadedAccount(*window.openAccount(a1));
    CHECK(view.findChild<QLabel*>(QStringLiteral("accountReferral"))->isHidden());
    app::ReferDialog& dialog = openRefer(view);
    CHECK(shown(dialog, "referWhat") == QStringLiteral("A1  Acme Ltd"));
    CHECK(shown(dialog, "referAmount") == QStringLiteral("Amount referred: GBP 1,150.50 (the open balance today)"));
    // Nothing said: the problem beside its field, nothing written.
    CHECK_FALSE(pressOk(dialog));
    CHECK(shown(dialog, "referPartyError") == QStringLiteral("Say which agency or solicitor the account goes to."));
    choose(dialog, "referRecommendation", QStringLiteral("court_claim"));
    dialog.findChild<QLineEdit*>(QStringLiteral("referParty"))->setText(QStringLiteral("Hale & Co Solicitors"));
    dialog.findChild<QLineEdit*>(QStringLiteral("referNote"))->setText(QStringLiteral("No reply to the final demand"));
    QSignalSpy diaryLoaded(&diary, &app::DiaryView::loaded);
    QSignalSpy pageLoaded(&page, &app::EscalationsView::loaded);
    QSignalSpy header(&view, &app::AccountView::referralLoaded);
    REQUIRE(pressOk(dialog));

    // Out of My day: no step, no "no follow-up set".
    REQUIRE((diaryLoaded.count() > 0 || diaryLoaded.wait(10000)));
    CHECK(accounts(diary.table()) == QStringList{QStringLiteral("A2")});
    REQUIRE((pageLoaded.count() > 0 || pageLoaded.wait(10000)));
    REQUIRE(page.referrals().model()->rowCount() == 1);
    CHECK(rowText(page.referrals(), 0) == QStringLiteral("A1|Acme Ltd|Referred|Court claim|Hale & Co Solicitors|GBP "
                                                         "1,150.50|2026-06-30|0|amorgan"));
    CHECK(shown(page, "escalationsCount") == QStringLiteral("1 referrals open · 0 requests awaiting attention"));
    REQUIRE((header.count() > 0 || header.wait(10000)));
    CHECK(shown(view, "accountReferral") ==
          QStringLiteral("Referred to Hale & Co Solicitors (Court claim) on "
                         "2026-06-30: referred. Out of the worklist while referred."));
    CHECK_FALSE(view.findChild<QLabel*>(QStringLiteral("accountReferral"))->isHidden());

    // Once is enough: the core refuses a second referral, and the dialog says why.
    app::ReferDialog& again = openRefer(view);
    again.findChild<QLineEdit*>(QStringLiteral("referParty"))->setText(QStringLiteral("Northgate Recoveries"));
    CHECK_FALSE(pressOk(again));
    CHECK(shown(again, "changeError") ==
          QStringLiteral("account: A1 is already referred (referral 1, referred, since 2026-06-30)"));
    CHECK(db.escalations().referrals({}).size() == 1);
    again.reject();

    // Open account: the referral's account in a window.
    QSignalSpy opened(&page, &app::EscalationsView::accountActivated);
    REQUIRE(page.selectReferral(QStringLiteral("A1")));
    page.findChild<QPushButton*>(QStringLiteral("escalationsOpenAccount"))->click();
    REQUIRE(opened.count() == 1);
    CHECK(opened.at(0).at(0).value<AccountId>() == a1);
    QThreadPool::globalInstance()->waitForDone();
}

TEST_CASE("A team leader moves a referral on and answers a request for attention from My day", "[gui][escalations]") {
    HandLedgerSession s("hreid"); // a team leader
    LedgerDatabase& db = s.session->database();
    const AccountId a1 = db.accounts().findByNumber("A1")->id;
    const AccountId a2 = db.accounts().findByNumber("A2")->id;
    const Actor amorgan = Actor::person(*UserDirectory(db).find("amorgan"), Date::ymd(2026, 6, 30));
    EscalationService(db).refer(
        {a1, ReferralRecommendation::CollectionAgency, "Northgate Recoveries", "Six calls unanswered"}, amorgan);
    EscalationService(db).askAttention(a2, s.session->user().id, "Asks for 120 days", amorgan);

    app::MainWindow window(*s.session);
    app::DiaryView& diary = loadedDiary(window);
    REQUIRE(accounts(diary.table()) == QStringList{QStringLiteral("A2")});
    CHECK(cell(*diary.table().model(), 0, 1) == QStringLiteral("1200"));
    CHECK(cell(*diary.table().model(), 0, 8) ==
          QStringLiteral("needs management attention (amorgan, 30 Jun): Asks for 120 days"));

    app::EscalationsView& page = window.escalationsView();
    reloadAndWait(page);
    CHECK_FALSE(page.findChild<QWidget*>(QStringLiteral("referralActions"))->isHidden());
    REQUIRE(page.attention().model()->rowCount() == 1);
    CHECK(rowText(page.attention(), 0) ==
          QStringLiteral("A2|Bravo Maschinenbau GmbH|hreid|Asks for 120 days|2026-06-30|0|amorgan||"));

    // Straight to a claim is refused by the core, shown on the page.
    REQUIRE(page.selectReferral(QStringLiteral("A1")));
    choose(page, "referralNextState", QStringLiteral("claim_issued"));
    CHECK_FALSE(pressAndWait(page, "moveReferral"));
    CHECK(shown(page, "escalationsError") == QStringLiteral("state: a referral is accepted before a claim is issued"));
    CHECK(db.escalations().findReferral(1)->state == ReferralState::Referred);

    choose(page, "referralNextState", QStringLiteral("accepted"));
    page.findChild<QLineEdit*>(QStringLiteral("referralNote"))->setText(QStringLiteral("Taken on at 15%"));
    QSignalSpy pageLoaded(&page, &app::EscalationsView::loaded);
    CHECK(pressAndWait(page, "moveReferral"));
    REQUIRE((pageLoaded.count() > 0 || pageLoaded.wait(10000)));
    CHECK(shown(page, "escalationsError").isEmpty());
    CHECK(cell(*page.referrals().model(), 0, 2) == QStringLiteral("Accepted"));
    const Referral r = *db.escalations().findReferral(1);
    CHECK(r.state == ReferralState::Accepted);
    CHECK(r.events.back().recordedBy == s.session->user().id);
    CHECK(r.events.back().note == "Taken on at 15%");

    // Answered, the request leaves the team leader's day and the open list.
    REQUIRE(page.selectAttention(QStringLiteral("A2")));
    page.findChild<QLineEdit*>(QStringLiteral("attentionAnswer"))->setText(QStringLiteral("Agreed 60 days"));
    QSignalSpy diaryLoaded(&diary, &app::DiaryView::loaded);
    CHECK(pressAndWait(page, "answerAttention"));
    REQUIRE((diaryLoaded.count() > 0 || diaryLoaded.wait(10000)));
    CHECK(diary.table().model()->rowCount() == 0);
    reloadAndWait(page);
    CHECK(page.attention().model()->rowCount() == 0);
    CHECK(db.escalations().findAttention(1)->resolution == "Agreed 60 days");
    QThreadPool::globalInstance()->waitForDone();
}

TEST_CASE("An administrator's referral is refused by the core and nothing is written", "[gui][escalations]") {
    HandLedgerSession s("sadebayo", Role::Administrator);
    LedgerDatabase& db = s.session->database();
    app::AccountView view(*s.session, db.accounts().findByNumber("A1")->id);
    loadedAccount(view);
    app::ReferDialog& dialog = openRefer(view);
    dialog.findChild<QLineEdit*>(QStringLiteral("referParty"))->setText(QStringLiteral("Northgate Recoveries"));
    CHECK_FALSE(pressOk(dialog));
    CHECK(shown(dialog, "changeError") ==
          QStringLiteral("sadebayo (administrator) may not refer accounts to an agency or a solicitor"));
    CHECK(db.escalations().referrals({}).empty());
    dialog.reject();
    QThreadPool::globalInstance()->waitForDone();
}

TEST_CASE("An analyst asks a team leader for attention from the account window", "[gui][escalations]") {
    HandLedgerSession s; // amorgan
    LedgerDatabase& db = s.session->database();
    User leader;
    leader.name = "hreid";
    leader.fullName = "Hannah Reid";
    leader.role = Role::TeamLeader;
    leader.id = db.users().add(leader);
    app::AccountView view(*s.session, db.accounts().findByNumber("A2")->id);
    loadedAccount(view);
    view.findChild<QPushButton*>(QStringLiteral("askAttention"))->click();
    app::AttentionDialog* dialog = nullptr;
    for (auto* d : view.findChildren<app::AttentionDialog*>())
        if (d->isVisible()) dialog = d;
    REQUIRE(dialog);
    CHECK(shown(*dialog, "attentionWhat") == QStringLiteral("A2  Bravo Maschinenbau GmbH"));
    auto* leaders = dialog->findChild<QComboBox*>(QStringLiteral("attentionLeader"));
    REQUIRE(leaders->count() == 1);
    CHECK(leaders->currentText() == QStringLiteral("Hannah Reid (hreid)"));
    CHECK_FALSE(pressOk(*dialog));
    CHECK(shown(*dialog, "attentionReasonError") == QStringLiteral("Say what needs the team leader's attention."));
    dialog->findChild<QLineEdit*>(QStringLiteral("attentionReason"))->setText(QStringLiteral("Asks for 120 days"));
    QSignalSpy asked(&view, &app::AccountView::attentionAsked);
    REQUIRE(pressOk(*dialog));
    REQUIRE((asked.count() > 0 || asked.wait(10000)));
    const auto requests = db.escalations().attentionRequests({});
    REQUIRE(requests.size() == 1);
    CHECK(requests[0].teamLeader == leader.id);
    CHECK(requests[0].raisedBy == s.session->user().id);
    CHECK(requests[0].reason == "Asks for 120 days");
    // First on the team leader's day.
    const Worklist day = loadWorklist(db, leader.id, Date::ymd(2026, 6, 30));
    REQUIRE(day.items.size() == 1);
    CHECK(day.items[0].attention == requests[0].id);
    QThreadPool::globalInstance()->waitForDone();
}
