// The write-off windows through the real widgets, on the hand ledger as of
// 2026-06-30: amorgan (analyst) requests a write-off from A1's account
// window (GBP: INV-1 1,000.00, INV-2 200.00 and INV-3 250.50 open);
// fnaylor (write-off approver, limit GBP 250.50) may approve 100.00 but
// not 400.50; hreid (team leader, limit GBP 1,000.00) approves 400.50 and
// not his own request; admin (the write-off administrator) exports the
// journal and marks it posted, which closes the amounts in the ledger.
#include "app/account/AccountView.h"
#include "app/ledger/LedgerView.h"
#include "app/writeoff/AccountWriteOffs.h"
#include "app/writeoff/WriteOffDecisionDialog.h"
#include "app/writeoff/WriteOffModels.h"
#include "app/writeoff/WriteOffPostDialog.h"
#include "app/writeoff/WriteOffRequestDialog.h"
#include "app/writeoff/WriteOffsView.h"
#include "gui/GuiSupport.h"

#include "duedesk/services/WriteOffService.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/DocumentRepository.h"
#include "duedesk/storage/WriteOffRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QThreadPool>

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace duedesk;
using namespace duedesk::test;

namespace {
const Currency kGbp = Currency::of("GBP");
const Date kToday = Date::ymd(2026, 6, 30);

QString rowText(const QAbstractItemModel& model, int row) {
    QStringList cells;
    for (int c = 0; c < model.columnCount(); ++c) cells << cell(model, row, c);
    return cells.join(QLatin1Char('|'));
}

// Presses OK and waits for the save, which runs off the UI thread.
bool pressOk(app::ChangeDialog& dialog) {
    QSignalSpy saved(&dialog, &app::ChangeDialog::saveFinished);
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    if (saved.count() == 0 && !dialog.saving()) return false;
    if (saved.count() == 0 && !saved.wait(10000)) return false;
    return saved.at(0).at(0).toBool();
}

QString shown(const QWidget& parent, const char* label) {
    return parent.findChild<QLabel*>(QString::fromLatin1(label))->text();
}

QPushButton& button(const QWidget& parent, const char* name) {
    auto* found = parent.findChild<QPushButton*>(QString::fromLatin1(name));
    REQUIRE(found);
    return *found;
}

User addUser(LedgerDatabase& db, const std::string& name, const std::string& fullName, Role role) {
    User u;
    u.name = name;
    u.fullName = fullName;
    u.role = role;
    u.id = db.users().add(u);
    return u;
}

// The hand ledger with its approvers and administrator, signed in as amorgan.
struct Team {
    HandLedgerSession s; // amorgan
    LedgerDatabase& db = s.session->database();
    AccountId a1 = db.accounts().findByNumber("A1")->id;
    AccountId a4 = db.accounts().findByNumber("A4")->id;
    User alice = s.session->user();
    User frank = addUser(db, "fnaylor", "Frank Naylor", Role::WriteOffApprover);
    User hannah = addUser(db, "hreid", "Hannah Reid", Role::TeamLeader);
    User sam = addUser(db, "admin", "Sam Admin", Role::Administrator);

    Team() {
        WriteOffService limits(db);
        limits.setLimit(frank.id, Money(25050, kGbp), operatorActor());
        limits.setLimit(hannah.id, Money(100000, kGbp), operatorActor());
    }
    DocumentId invoice(AccountId account, const std::string& number) {
        return db.documents().findByKey(account, DocumentType::Invoice, number)->id;
    }
    Money open(AccountId account, const std::string& number) {
        return db.documents().findById(invoice(account, number))->openAmount;
    }
    // A request made through the core, as `by` on the session's day.
    WriteOffId requested(const User& by, AccountId account, std::vector<std::pair<std::string, std::int64_t>> items,
                         WriteOffReason reason) {
        WriteOff w;
        w.accountId = account;
        w.reason = reason;
        w.evidence = "Administrator's letter of 3 June";
        for (const auto& [number, minor] : items) w.items.push_back({invoice(account, number), "", Money(minor, kGbp)});
        return WriteOffService(db).request(w, Actor::person(by, kToday));
    }
    std::unique_ptr<app::AppSession> sessionOf(const User& u) {
        return std::make_unique<app::AppSession>(s.dir.file("ledger.db"), u, kToday);
    }
};

// A Write-offs page, loaded.
struct Page {
    explicit Page(app::AppSession& session) : view(session) {
        QSignalSpy loaded(&view, &app::WriteOffsView::loaded);
        REQUIRE(loaded.wait(10000));
    }
    void reloaded() {
        QSignalSpy loaded(&view, &app::WriteOffsView::loaded);
        REQUIRE(loaded.wait(10000));
    }
    const QAbstractItemModel& rows() { return *view.table().model(); }
    app::WriteOffsView view;
};

std::string fileText(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

TEST_CASE("An analyst requests a write-off of part of one invoice and the whole of another from the account window",
          "[gui][writeoffs]") {
    Team t;
    app::AccountView view(*t.s.session, t.a1);
    QSignalSpy loaded(&view, &app::AccountView::loaded);
    QSignalSpy tabLoaded(&view.writeOffs(), &app::AccountWriteOffs::loaded);
    QSignalSpy changed(&view, &app::AccountView::writeOffsChanged);
    view.show();
    REQUIRE(loaded.wait(10000));
    REQUIRE((tabLoaded.count() > 0 || tabLoaded.wait(10000)));
    app::AccountWriteOffs& tab = view.writeOffs();
    CHECK(tab.table().model()->rowCount() == 0);
    CHECK(shown(tab, "writeOffsSummary") == QStringLiteral("Write-offs: 0 · pending: 0"));
    QPushButton& request = button(tab, "requestWriteOff");
    CHECK_FALSE(request.isHidden());
    REQUIRE(request.isEnabled());

    request.click();
    app::WriteOffRequestDialog* dialog = nullptr;
    for (auto* open : tab.findChildren<app::WriteOffRequestDialog*>())
        if (open->isVisible()) dialog = open;
    REQUIRE(dialog);
    CHECK(shown(*dialog, "writeOffAccount") == QStringLiteral("A1  Acme Ltd"));
    auto* reason = dialog->findChild<QComboBox*>(QStringLiteral("writeOffReason"));
    REQUIRE(reason->count() == 6);
    CHECK(reason->itemText(0) == QStringLiteral("Customer insolvent"));
    CHECK(reason->itemText(1) == QStringLiteral("Uneconomic to pursue"));
    auto* invoices = dialog->findChild<QTableWidget*>(QStringLiteral("writeOffInvoices"));
    // A1's open invoices, by due date, each offered for all that is open.
    REQUIRE(invoices->rowCount() == 3);
    CHECK(invoices->item(0, 0)->text() == QStringLiteral("INV-3"));
    CHECK(invoices->item(0, 2)->text() == QStringLiteral("GBP 250.50"));
    CHECK(invoices->item(0, 3)->text() == QStringLiteral("250.50"));
    CHECK(invoices->item(1, 0)->text() == QStringLiteral("INV-2"));
    CHECK(invoices->item(1, 3)->text() == QStringLiteral("200.00"));
    CHECK(shown(*dialog, "writeOffTotal") == QStringLiteral("Nothing ticked yet."));

    // Nothing ticked, no evidence: both problems beside their fields.
    CHECK_FALSE(pressOk(*dialog));
    CHECK(shown(*dialog, "writeOffInvoicesError") == QStringLiteral("Name at least one document."));
    CHECK(shown(*dialog, "writeOffEvidenceError") == QStringLiteral("Say what shows the money is lost."));

    // More than is open on INV-2: the core refuses, the form keeps what was typed.
    auto* evidence = dialog->findChild<QLineEdit*>(QStringLiteral("writeOffEvidence"));
    evidence->setText(QStringLiteral("Administrator's letter of 3 June"));
    reason->setCurrentIndex(reason->findData(QStringLiteral("insolvent")));
    dialog->tick(t.invoice(t.a1, "INV-2"), QStringLiteral("200.01"));
    CHECK_FALSE(pressOk(*dialog));
    CHECK(shown(*dialog, "changeError") ==
          QStringLiteral("documents: 200.01 GBP is more than the 200.00 GBP open on INV-2"));
    CHECK(dialog->isVisible());
    CHECK(evidence->text() == QStringLiteral("Administrator's letter of 3 June"));
    CHECK(t.db.writeOffs().list(std::nullopt).empty());

    // 150.00 of INV-2 and the whole of INV-3.
    dialog->tick(t.invoice(t.a1, "INV-2"), QStringLiteral("150.00"));
    dialog->tick(t.invoice(t.a1, "INV-3"));
    CHECK(shown(*dialog, "writeOffTotal") == QStringLiteral("To write off: GBP 400.50"));
    REQUIRE(pressOk(*dialog));
    REQUIRE(tabLoaded.wait(10000));
    CHECK(changed.count() == 1);
    const auto stored = t.db.writeOffs().list(std::nullopt);
    REQUIRE(stored.size() == 1);
    const WriteOff& w = stored[0];
    CHECK(w.accountId == t.a1);
    CHECK(w.reason == WriteOffReason::Insolvent);
    CHECK(w.evidence == "Administrator's letter of 3 June");
    CHECK(w.state == WriteOffState::Requested);
    CHECK(w.requestedBy == t.alice.id);
    CHECK(w.requestedOn == kToday);
    REQUIRE(w.items.size() == 2);
    CHECK(w.items[0].number == "INV-2");
    CHECK(w.items[0].amount == Money(15000, kGbp));
    CHECK(w.items[1].number == "INV-3");
    CHECK(w.items[1].amount == Money(25050, kGbp));
    // The tab lists it with its state (the account's columns hidden).
    REQUIRE(tab.table().model()->rowCount() == 1);
    CHECK(rowText(*tab.table().model(), 0) ==
          QStringLiteral("1|A1|Acme Ltd|GBP 400.50|Customer insolvent|Alice Morgan|2026-06-30|Awaiting approval||"));
    CHECK(tab.table().isColumnHidden(static_cast<int>(app::WriteOffColumn::Account)));
    CHECK(shown(tab, "writeOffsSummary") == QStringLiteral("Write-offs: 1 · pending: 1"));
    view.close();

    // An approver sees the account's write-offs, and no way to request one.
    auto frank = t.sessionOf(t.frank);
    app::AccountView approverView(*frank, t.a1);
    QSignalSpy approverLoaded(&approverView, &app::AccountView::loaded);
    REQUIRE(approverLoaded.wait(10000));
    CHECK(button(approverView.writeOffs(), "requestWriteOff").isHidden());
    CHECK(approverView.writeOffs().requestWriteOff() == nullptr);
    QThreadPool::globalInstance()->waitForDone();
}

TEST_CASE("Approvers approve within their limits, never their own request, and reject only with a reason",
          "[gui][writeoffs]") {
    Team t;
    const WriteOffId large =
        t.requested(t.alice, t.a1, {{"INV-2", 15000}, {"INV-3", 25050}}, WriteOffReason::Insolvent); // 400.50
    const WriteOffId small = t.requested(t.alice, t.a1, {{"INV-1", 10000}}, WriteOffReason::SmallBalance);
    const WriteOffId own = t.requested(t.hannah, t.a4, {{"U-3", 4950}}, WriteOffReason::Uneconomic);

    // fnaylor, limit 250.50: the 400.50 is above it, marked and not approvable.
    auto frank = t.sessionOf(t.frank);
    Page page(*frank);
    CHECK(shown(page.view, "writeOffsLimit") == QStringLiteral("Your limit: GBP 250.50"));
    CHECK(shown(page.view, "writeOffsCount") == QStringLiteral("3 shown · 3 awaiting approval · 0 approved, to post"));
    REQUIRE(page.rows().rowCount() == 3);
    CHECK(rowText(page.rows(), 0) == QStringLiteral("1|A1|Acme Ltd|GBP 400.50|Customer insolvent|Alice "
                                                    "Morgan|2026-06-30|Awaiting approval||Above your limit"));
    CHECK(rowText(page.rows(), 1) == QStringLiteral("2|A1|Acme Ltd|GBP 100.00|Small balance|Alice "
                                                    "Morgan|2026-06-30|Awaiting approval||"));
    CHECK(rowText(page.rows(), 2) == QStringLiteral("3|A4|Delta Supplies, Inc.|GBP 49.50|Uneconomic to pursue|Hannah "
                                                    "Reid|2026-06-30|Awaiting approval||"));
    const QString aboveLimit = QStringLiteral("approval: fnaylor's write-off limit 250.50 GBP is below the total "
                                              "400.50 GBP; it needs an approver with a limit of at least 400.50 GBP");
    CHECK(page.rows().data(page.rows().index(0, 0), Qt::ToolTipRole).toString() == aboveLimit);
    QPushButton& approve = button(page.view, "writeOffsApprove");
    QPushButton& reject = button(page.view, "writeOffsReject");
    CHECK_FALSE(approve.isEnabled()); // nothing selected
    CHECK(button(page.view, "writeOffsExport").isHidden());
    CHECK(button(page.view, "writeOffsMarkPosted").isHidden());
    page.view.select(large);
    CHECK_FALSE(approve.isEnabled());
    CHECK(approve.toolTip() == aboveLimit);
    CHECK(reject.isEnabled()); // any approver may reject, whatever the total
    CHECK(page.view.approveSelected() == nullptr);
    // Open account (as Enter and a double-click do) names the request's account.
    QSignalSpy activated(&page.view, &app::WriteOffsView::accountActivated);
    button(page.view, "writeOffsOpenAccount").click();
    REQUIRE(activated.count() == 1);
    CHECK(activated.at(0).at(0).value<AccountId>() == t.a1);

    // Forced past the window, the core refuses it and writes nothing.
    WriteOffListingRow largeRow;
    largeRow.writeOff = *t.db.writeOffs().findById(large);
    largeRow.accountNumber = "A1";
    largeRow.accountName = "Acme Ltd";
    largeRow.requester = "Alice Morgan";
    largeRow.totals = {Money(40050, kGbp)};
    app::WriteOffDecisionDialog force(*frank, app::WriteOffDecisionDialog::Decision::Approve, largeRow);
    force.show();
    CHECK_FALSE(pressOk(force));
    CHECK(shown(force, "changeError") == aboveLimit);
    CHECK(t.db.writeOffs().findById(large)->state == WriteOffState::Requested);
    force.reject();

    // A rejection without a reason is refused by the core, and the request waits.
    page.view.select(large);
    app::WriteOffDecisionDialog* rejecting = page.view.rejectSelected();
    REQUIRE(rejecting);
    CHECK_FALSE(pressOk(*rejecting));
    CHECK(shown(*rejecting, "changeError") == QStringLiteral("reason: say why the write-off is rejected"));
    CHECK(rejecting->isVisible());
    CHECK(t.db.writeOffs().findById(large)->state == WriteOffState::Requested);
    rejecting->reject();

    // The 100.00 is within the limit: approved on fnaylor's day.
    page.view.select(small);
    CHECK(approve.isEnabled());
    app::WriteOffDecisionDialog* approving = page.view.approveSelected();
    REQUIRE(approving);
    CHECK(shown(*approving, "decisionSummary") ==
          QStringLiteral("Write-off 2 on A1 Acme Ltd: GBP 100.00 (INV-1 GBP 100.00).\nSmall balance: Administrator's "
                         "letter of 3 June\nRequested by Alice Morgan on 2026-06-30."));
    REQUIRE(pressOk(*approving));
    page.reloaded();
    const WriteOff approved = *t.db.writeOffs().findById(small);
    CHECK(approved.state == WriteOffState::Approved);
    CHECK(approved.decidedBy == t.frank.id);
    CHECK(approved.decidedOn == kToday);
    CHECK(shown(page.view, "writeOffsCount") == QStringLiteral("2 shown · 2 awaiting approval · 1 approved, to post"));
    page.view.show(app::WriteOffsView::Show::Approved);
    REQUIRE(page.rows().rowCount() == 1);
    CHECK(rowText(page.rows(), 0) == QStringLiteral("2|A1|Acme Ltd|GBP 100.00|Small balance|Alice "
                                                    "Morgan|2026-06-30|Approved|Frank Naylor|"));

    // hreid, limit 1,000.00, approves the 400.50 but not his own request.
    auto hannah = t.sessionOf(t.hannah);
    Page leader(*hannah);
    CHECK(shown(leader.view, "writeOffsLimit") == QStringLiteral("Your limit: GBP 1,000.00"));
    REQUIRE(leader.rows().rowCount() == 2);
    CHECK(cell(leader.rows(), 0, static_cast<int>(app::WriteOffColumn::ForYou)) == QString());
    CHECK(cell(leader.rows(), 1, static_cast<int>(app::WriteOffColumn::ForYou)) == QStringLiteral("Your own request"));
    leader.view.select(own);
    const QString ownRequest =
        QStringLiteral("approval: hreid requested write-off 3 and may not decide it; another approver must");
    CHECK_FALSE(button(leader.view, "writeOffsApprove").isEnabled());
    CHECK(button(leader.view, "writeOffsApprove").toolTip() == ownRequest);
    CHECK_FALSE(button(leader.view, "writeOffsReject").isEnabled());
    CHECK(button(leader.view, "writeOffsReject").toolTip() == ownRequest);
    leader.view.select(large);
    app::WriteOffDecisionDialog* signOff = leader.view.approveSelected();
    REQUIRE(signOff);
    REQUIRE(pressOk(*signOff));
    leader.reloaded();
    CHECK(t.db.writeOffs().findById(large)->state == WriteOffState::Approved);
    CHECK(t.db.writeOffs().findById(large)->decidedBy == t.hannah.id);
    QThreadPool::globalInstance()->waitForDone();
}

TEST_CASE("The write-off administrator exports the journal and marks it posted, and the amounts close in the ledger",
          "[gui][writeoffs]") {
    Team t;
    const WriteOffId id =
        t.requested(t.alice, t.a1, {{"INV-2", 15000}, {"INV-3", 25050}}, WriteOffReason::Insolvent); // 400.50
    t.requested(t.alice, t.a1, {{"INV-1", 10000}}, WriteOffReason::SmallBalance); // still waiting
    WriteOffService(t.db).approve(id, Actor::person(t.hannah, kToday));

    auto admin = t.sessionOf(t.sam);
    Page page(*admin);
    QPushButton& exportJournal = button(page.view, "writeOffsExport");
    QPushButton& markPosted = button(page.view, "writeOffsMarkPosted");
    CHECK_FALSE(exportJournal.isHidden());
    CHECK_FALSE(markPosted.isHidden());
    CHECK(exportJournal.isEnabled());
    CHECK(markPosted.isEnabled());
    CHECK(shown(page.view, "writeOffsLimit") ==
          QStringLiteral("You have no write-off limit; an administrator sets one"));

    const std::string csv = t.s.dir.file("journal.csv");
    QSignalSpy exported(&page.view, &app::WriteOffsView::exported);
    page.view.exportJournal(QString::fromStdString(csv), app::WriteOffsView::ExportFormat::Csv);
    REQUIRE(exported.wait(10000));
    CHECK(exported.takeFirst().first().toBool());
    CHECK(fileText(csv) ==
          "write_off,account,account_name,document,amount,currency,reason,requester,requested_on,approver,"
          "approved_on\r\n"
          "1,A1,Acme Ltd,INV-2,150.00,GBP,Customer insolvent,amorgan,2026-06-30,hreid,2026-06-30\r\n"
          "1,A1,Acme Ltd,INV-3,250.50,GBP,Customer insolvent,amorgan,2026-06-30,hreid,2026-06-30\r\n");
    CHECK(shown(page.view, "writeOffsStatus") ==
          QStringLiteral("Wrote 2 journal line(s) to %1.").arg(QString::fromStdString(csv)));
    const std::string xlsx = t.s.dir.file("journal.xlsx");
    page.view.exportJournal(QString::fromStdString(xlsx), app::WriteOffsView::ExportFormat::Xlsx);
    REQUIRE(exported.wait(10000));
    CHECK(exported.takeFirst().first().toBool());
    CHECK(fileText(xlsx).substr(0, 2) == "PK"); // a zip, as a workbook is
    page.view.exportJournal(QStringLiteral("/nonexistent-dir/journal.csv"), app::WriteOffsView::ExportFormat::Csv);
    REQUIRE(exported.wait(10000));
    CHECK_FALSE(exported.takeFirst().first().toBool());
    CHECK(shown(page.view, "writeOffsStatus") ==
          QStringLiteral("Could not export: /nonexistent-dir/journal.csv: the file could not be written"));

    // Before: A1 owes 1,150.50, of which 450.50 overdue (INV-2 200.00, INV-3 250.50).
    app::LedgerView ledger(*admin);
    QSignalSpy ledgerLoaded(&ledger, &app::LedgerView::loaded);
    REQUIRE((ledgerLoaded.count() > 0 || ledgerLoaded.wait(10000)));
    const auto a1Cell = [&](LedgerColumn column) {
        const QAbstractItemModel& rows = ledger.model();
        for (int r = 0; r < rows.rowCount(); ++r)
            if (cell(rows, r, app::LedgerModel::section(LedgerColumn::Number)) == QStringLiteral("A1"))
                return cell(rows, r, app::LedgerModel::section(column));
        return QStringLiteral("(no A1)");
    };
    CHECK(a1Cell(LedgerColumn::Balance) == QStringLiteral("1,150.50"));
    CHECK(a1Cell(LedgerColumn::Overdue) == QStringLiteral("450.50"));

    QSignalSpy changed(&page.view, &app::WriteOffsView::changed);
    app::WriteOffPostDialog* post = page.view.markPosted();
    REQUIRE(post);
    CHECK(shown(*post, "writeOffPostIntro") ==
          QStringLiteral("Mark these write-offs posted only once the ERP has booked them from the journal. Their "
                         "open amounts close on 2026-06-30; this cannot be undone."));
    auto* list = post->findChild<QTableWidget*>(QStringLiteral("writeOffPostList"));
    REQUIRE(list->rowCount() == 1);
    CHECK(list->item(0, 0)->text() == QStringLiteral("1"));
    CHECK(list->item(0, 0)->checkState() == Qt::Checked);
    CHECK(list->item(0, 3)->text() == QStringLiteral("GBP 400.50"));
    CHECK(list->item(0, 4)->text() == QStringLiteral("2026-06-30 by Hannah Reid"));
    REQUIRE(pressOk(*post));
    page.reloaded();
    CHECK(changed.count() == 1);
    const WriteOff posted = *t.db.writeOffs().findById(id);
    CHECK(posted.state == WriteOffState::Posted);
    CHECK(posted.postedBy == t.sam.id);
    CHECK(posted.postedOn == kToday);
    CHECK(t.open(t.a1, "INV-2") == Money(5000, kGbp));
    CHECK(t.open(t.a1, "INV-3") == Money(0, kGbp));
    CHECK(t.open(t.a1, "INV-1") == Money(100000, kGbp));
    CHECK_FALSE(markPosted.isEnabled()); // nothing approved is left
    CHECK(page.view.markPosted() == nullptr);

    // After: 400.50 less, and only INV-2's 50.00 overdue.
    ledger.reload();
    REQUIRE(ledgerLoaded.wait(10000));
    CHECK(a1Cell(LedgerColumn::Balance) == QStringLiteral("750.00"));
    CHECK(a1Cell(LedgerColumn::Overdue) == QStringLiteral("50.00"));
    QThreadPool::globalInstance()->waitForDone();
}
