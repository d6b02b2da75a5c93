// "Request credit memo…" in the account window's Disputes tab, through the
// real widgets, as amorgan on 2026-06-30: dispute 1 on A1 (hand ledger,
// GBP) holds 150.00 of INV-2 and all 250.50 of INV-3; the request credits
// 100.00 of INV-2. hreid approves it and the credit note CN-77 settles it;
// the tab shows each step below the table.
#include "app/account/AccountView.h"
#include "app/account/ContactDialogs.h"
#include "app/dispute/AccountDisputes.h"
#include "app/dispute/CreditMemoDecisionDialog.h"
#include "app/dispute/CreditMemoDialog.h"
#include "gui/GuiSupport.h"

#include "duedesk/services/CreditMemoService.h"
#include "duedesk/services/DisputeService.h"
#include "duedesk/services/UserDirectory.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/CreditMemoRepository.h"
#include "duedesk/storage/DisputeRepository.h"
#include "duedesk/storage/DocumentRepository.h"
#include "duedesk/storage/UserRepository.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QThreadPool>

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

namespace {

const Currency kGbp = Currency::of("GBP");

// Presses OK and waits for the save, which runs off the UI thread.
bool pressOk(app::ChangeDialog& dialog) {
    QSignalSpy saved(&dialog, &app::ChangeDialog::saveFinished);
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    if (saved.count() == 0 && !dialog.saving()) return false;
    if (saved.count() == 0 && !saved.wait(10000)) return false;
    return saved.at(0).at(0).toBool();
}

QString shown(const QWidget& widget, const char* label) {
    return widget.findChild<QLabel*>(QString::fromLatin1(label))->text();
}

QPushButton& button(const QWidget& widget, const char* name) {
    return *widget.findChild<QPushButton*>(QString::fromLatin1(name));
}

DisputeId raiseDispute(LedgerDatabase& db, AccountId a1, const Actor& by) {
    Dispute d;
    d.accountId = a1;
    d.reason = DisputeReason::Pricing;
    d.owner = "Pricing desk";
    d.invoices.push_back({db.documents().findByKey(a1, DocumentType::Invoice, "INV-2")->id, "", Money(15000, kGbp)});
    d.invoices.push_back({db.documents().findByKey(a1, DocumentType::Invoice, "INV-3")->id, "", Money(25050, kGbp)});
    return DisputeService(db).open(d, by);
}

} // namespace

TEST_CASE("A credit memo is requested from the selected dispute and its progress shown below the table",
          "[gui][account][disputes][creditmemos]") {
    HandLedgerSession s; // amorgan, as of 2026-06-30
    LedgerDatabase& db = s.session->database();
    const AccountId a1 = db.accounts().findByNumber("A1")->id;
    const DocumentId inv2 = db.documents().findByKey(a1, DocumentType::Invoice, "INV-2")->id;
    const DocumentId inv3 = db.documents().findByKey(a1, DocumentType::Invoice, "INV-3")->id;
    const DisputeId dispute = raiseDispute(db, a1, s.session->actor());

    app::AccountView view(*s.session, a1);
    QSignalSpy disputesLoaded(&view.disputes(), &app::AccountDisputes::loaded);
    view.show();
    REQUIRE((disputesLoaded.count() > 0 || disputesLoaded.wait(10000)));
    app::AccountDisputes& tab = view.disputes();
    REQUIRE(tab.table().model()->rowCount() == 1);
    CHECK(button(tab, "requestCreditMemo").isVisibleTo(&tab));
    CHECK_FALSE(button(tab, "requestCreditMemo").isEnabled());
    // An analyst asks; a team leader decides.
    CHECK_FALSE(button(tab, "approveCreditMemo").isVisibleTo(&tab));
    CHECK_FALSE(button(tab, "rejectCreditMemo").isVisibleTo(&tab));
    CHECK(tab.requestCreditMemo() == nullptr); // nothing selected
    tab.table().selectRow(0);
    CHECK(button(tab, "requestCreditMemo").isEnabled());
    CHECK(tab.creditMemosText() == QStringLiteral("No credit memo requested for dispute 1."));

    button(tab, "requestCreditMemo").click();
    app::CreditMemoDialog* dialog = nullptr;
    for (auto* d : tab.findChildren<app::CreditMemoDialog*>())
        if (d->isVisible()) dialog = d;
    REQUIRE(dialog);
    CHECK(shown(*dialog, "creditMemoDispute") == QStringLiteral("Dispute 1 (Pricing), owner Pricing desk: open"));
    auto* invoices = dialog->findChild<QTableWidget*>(QStringLiteral("creditMemoInvoices"));
    // Pre-filled from the dispute: both invoices ticked, for all that is disputed.
    REQUIRE(invoices->rowCount() == 2);
    CHECK(invoices->item(0, 0)->text() == QStringLiteral("INV-2"));
    CHECK(invoices->item(0, 0)->checkState() == Qt::Checked);
    CHECK(invoices->item(0, 1)->text() == QStringLiteral("GBP 150.00"));
    CHECK(invoices->item(0, 2)->text() == QStringLiteral("150.00"));
    CHECK(invoices->item(1, 0)->text() == QStringLiteral("INV-3"));
    CHECK(invoices->item(1, 2)->text() == QStringLiteral("250.50"));

    // No justification: said beside its field, nothing written.
    CHECK_FALSE(pressOk(*dialog));
    CHECK(shown(*dialog, "creditMemoJustificationError") == QStringLiteral("Say why the customer is owed the credit."));
    dialog->findChild<QLineEdit*>(QStringLiteral("creditMemoJustification"))
        ->setText(QStringLiteral("Contract price confirmed"));
    // More than is disputed on INV-2: the core refuses it.
    dialog->setInvoice(inv2, true, QStringLiteral("150.01"));
    CHECK_FALSE(pressOk(*dialog));
    CHECK(shown(*dialog, "changeError") ==
          QStringLiteral("invoices: 150.01 GBP is more than the 150.00 GBP disputed on INV-2"));
    CHECK(db.creditMemos().list({}).empty());

    dialog->setInvoice(inv2, true, QStringLiteral("100.00"));
    dialog->setInvoice(inv3, false);
    REQUIRE(pressOk(*dialog));
    REQUIRE(disputesLoaded.wait(10000));
    const auto stored = db.creditMemos().list({});
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].disputeId == dispute);
    CHECK(stored[0].state == CreditMemoState::Requested);
    CHECK(stored[0].requestedBy == s.session->user().id);
    CHECK(stored[0].justification == "Contract price confirmed");
    REQUIRE(stored[0].items.size() == 1);
    CHECK(stored[0].items[0].document == inv2);
    CHECK(stored[0].items[0].amount == Money(10000, kGbp));
    CHECK(db.disputes().findById(dispute)->state == DisputeState::Investigating);
    tab.table().selectRow(0);
    CHECK(tab.creditMemosText() ==
          QStringLiteral("CMR-000001 requested on 2026-06-30, waiting for approval: INV-2 GBP 100.00"));
    // One pending request per dispute.
    CHECK_FALSE(button(tab, "requestCreditMemo").isEnabled());

    // The team leader approves it and the ERP's credit note settles it.
    User hannah;
    hannah.name = "hreid";
    hannah.fullName = "Hannah Reid";
    hannah.role = Role::TeamLeader;
    hannah.id = db.users().add(hannah);
    CreditMemoService(db).approve(stored[0].id, Actor::person(hannah, Date::ymd(2026, 6, 30)));
    Document note;
    note.accountId = a1;
    note.type = DocumentType::CreditNote;
    note.number = "CN-77";
    note.documentDate = Date::ymd(2026, 6, 30);
    note.dueDate = note.documentDate;
    note.amount = Money(10000, kGbp);
    note.openAmount = note.amount;
    const DocumentId cn = db.documents().add(note);
    CreditMemoService(db).credit(stored[0].id, cn, s.session->actor());
    tab.reload();
    REQUIRE(disputesLoaded.wait(10000));
    tab.table().selectRow(0);
    CHECK(tab.creditMemosText() == QStringLiteral("CMR-000001 credited by CN-77 on 2026-06-30: INV-2 GBP 100.00"));
    CHECK_FALSE(button(tab, "requestCreditMemo").isEnabled()); // the dispute is closed
    CHECK(db.documents().findById(inv2)->openAmount == Money(10000, kGbp)); // 200.00 - 100.00
    view.close();
    QThreadPool::globalInstance()->waitForDone();
}

TEST_CASE("Who may not request credit memos does not see the button", "[gui][account][disputes][creditmemos]") {
    HandLedgerSession s("fnaylor", Role::WriteOffApprover);
    const AccountId a1 = s.session->database().accounts().findByNumber("A1")->id;
    app::AccountView view(*s.session, a1);
    QSignalSpy disputesLoaded(&view.disputes(), &app::AccountDisputes::loaded);
    view.show();
    REQUIRE((disputesLoaded.count() > 0 || disputesLoaded.wait(10000)));
    CHECK_FALSE(button(view.disputes(), "requestCreditMemo").isVisibleTo(&view.disputes()));
    CHECK(button(view.disputes(), "requestCreditMemo").isHidden()); // hidden for the role, not by the tab
    CHECK(view.disputes().requestCreditMemo() == nullptr);
    view.close();
    QThreadPool::globalInstance()->waitForDone();
}

TEST_CASE("A team leader rejects a credit memo only with a reason and approves another from the Disputes tab",
          "[gui][account][disputes][creditmemos]") {
    HandLedgerSession s("hreid", Role::TeamLeader);
    LedgerDatabase& db = s.session->database();
    const AccountId a1 = db.accounts().findByNumber("A1")->id;
    const DocumentId inv2 = db.documents().findByKey(a1, DocumentType::Invoice, "INV-2")->id;
    const Actor alice = Actor::person(*db.users().findByName("amorgan"), Date::ymd(2026, 6, 30));
    const DisputeId dispute = raiseDispute(db, a1, alice);
    CreditMemoRequest first;
    first.disputeId = dispute;
    first.justification = "Contract price confirmed";
    first.items.push_back({inv2, "", Money(10000, kGbp)});
    const CreditMemoId firstId = CreditMemoService(db).request(first, alice);

    app::AccountView view(*s.session, a1);
    QSignalSpy disputesLoaded(&view.disputes(), &app::AccountDisputes::loaded);
    view.show();
    REQUIRE((disputesLoaded.count() > 0 || disputesLoaded.wait(10000)));
    app::AccountDisputes& tab = view.disputes();
    CHECK(button(tab, "approveCreditMemo").isVisibleTo(&tab));
    CHECK_FALSE(button(tab, "approveCreditMemo").isEnabled()); // nothing selected
    CHECK(tab.approveCreditMemo() == nullptr);
    tab.table().selectRow(0);
    CHECK(button(tab, "approveCreditMemo").isEnabled());
    CHECK(button(tab, "rejectCreditMemo").isEnabled());

    app::CreditMemoDecisionDialog* rejecting = tab.rejectCreditMemo();
    REQUIRE(rejecting);
    CHECK(rejecting->windowTitle() == QStringLiteral("Reject CMR-000001"));
    CHECK(shown(*rejecting, "decisionSummary") ==
          QStringLiteral("CMR-000001 on dispute 1: GBP 100.00 (INV-2 GBP 100.00).\nJustification: Contract price "
                         "confirmed\nRequested on 2026-06-30."));
    CHECK_FALSE(pressOk(*rejecting));
    CHECK(shown(*rejecting, "changeError") == QStringLiteral("reason: say why the credit memo is rejected"));
    CHECK(db.creditMemos().findById(firstId)->state == CreditMemoState::Requested);
    rejecting->findChild<QLineEdit*>(QStringLiteral("decisionReason"))
        ->setText(QStringLiteral("The price list applies"));
    REQUIRE(pressOk(*rejecting));
    REQUIRE(disputesLoaded.wait(10000));
    const auto rejected = db.creditMemos().findById(firstId);
    CHECK(rejected->state == CreditMemoState::Rejected);
    CHECK(rejected->rejectionReason == "The price list applies");
    CHECK(rejected->decidedBy == s.session->user().id);
    tab.table().selectRow(0);
    CHECK(tab.creditMemosText() == QStringLiteral("CMR-000001 rejected: The price list applies"));
    CHECK_FALSE(button(tab, "approveCreditMemo").isEnabled()); // nothing awaits a decision

    CreditMemoRequest second = first;
    second.justification = "Agreed with the customer's buyer";
    const CreditMemoId secondId = CreditMemoService(db).request(second, alice);
    tab.reload();
    REQUIRE(disputesLoaded.wait(10000));
    tab.table().selectRow(0);
    app::CreditMemoDecisionDialog* approving = tab.approveCreditMemo();
    REQUIRE(approving);
    CHECK(approving->windowTitle() == QStringLiteral("Approve CMR-000002"));
    CHECK_FALSE(approving->findChild<QLineEdit*>(QStringLiteral("decisionReason"))->isVisibleTo(approving));
    REQUIRE(pressOk(*approving));
    REQUIRE(disputesLoaded.wait(10000));
    CHECK(db.creditMemos().findById(secondId)->state == CreditMemoState::Approved);
    CHECK(db.creditMemos().findById(secondId)->decidedOn == Date::ymd(2026, 6, 30));
    view.close();
    QThreadPool::globalInstance()->waitForDone();
}

TEST_CASE("A team leader's own credit memo request waits for another to decide it",
          "[gui][account][disputes][creditmemos]") {
    HandLedgerSession s("hreid", Role::TeamLeader);
    LedgerDatabase& db = s.session->database();
    const AccountId a1 = db.accounts().findByNumber("A1")->id;
    const DocumentId inv2 = db.documents().findByKey(a1, DocumentType::Invoice, "INV-2")->id;
    const DisputeId dispute = raiseDispute(db, a1, s.session->actor());
    CreditMemoRequest own;
    own.disputeId = dispute;
    own.justification = "Contract price confirmed";
    own.items.push_back({inv2, "", Money(10000, kGbp)});
    CreditMemoService(db).request(own, s.session->actor());

    app::AccountView view(*s.session, a1);
    QSignalSpy disputesLoaded(&view.disputes(), &app::AccountDisputes::loaded);
    view.show();
    REQUIRE((disputesLoaded.count() > 0 || disputesLoaded.wait(10000)));
    view.disputes().table().selectRow(0);
    CHECK(button(view.disputes(), "approveCreditMemo").isVisibleTo(&view.disputes()));
    CHECK_FALSE(button(view.disputes(), "approveCreditMemo").isEnabled());
    CHECK(view.disputes().approveCreditMemo() == nullptr);
    view.close();
    QThreadPool::globalInstance()->waitForDone();
}
