// The account view's behaviour: filling the header and tables, and opening
// the change dialogs. Its layout is ui/AccountView.ui.
#include "app/account/AccountView.h"

#include "ui_AccountView.h"

#include "app/account/AccountTexts.h"
#include "app/account/ContactDialogs.h"
#include "app/common/ChangeRefusal.h"
#include "app/common/MoneyText.h"
#include "app/common/TableViews.h"
#include "app/diary/EndCommitmentDialog.h"
#include "app/diary/HoldDialog.h"
#include "app/diary/PaymentPlanDialog.h"
#include "app/diary/PromiseDialog.h"
#include "app/dispute/AccountDisputes.h"
#include "app/escalation/AttentionDialog.h"
#include "app/escalation/ReferDialog.h"
#include "app/writeoff/AccountWriteOffs.h"

#include "duedesk/services/AccessPolicy.h"
#include "duedesk/services/DiaryService.h"
#include "duedesk/storage/EscalationRepository.h"

#include <algorithm>
#include <utility>

#include <QCloseEvent>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>

namespace duedesk::app {
namespace {
QString q(const std::string& s) { return QString::fromStdString(s); }
QString q(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }
} // namespace

AccountView::AccountView(AppSession& session, AccountId account, QWidget* parent)
    : QWidget(parent, Qt::Window), ui_(std::make_unique<Ui::AccountView>()), session_(session), account_(account) {
    ui_->setupUi(this);
    // The size the user last gave an account window; the form's otherwise.
    const QSize remembered = QSettings().value(sizeSettingKey()).toSize();
    if (remembered.isValid()) resize(remembered);
    QFont big = ui_->accountTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    ui_->accountTitle->setFont(big);

    for (QTableView* table : tables()) setCompactRows(*table);
    showSortable(*ui_->openItems, openItems_);
    showSortable(*ui_->closedItems, closedItems_);
    addressesShown_ = showSortable(*ui_->addresses, addresses_);
    showSortable(*ui_->activity, activity_);
    showSortable(*ui_->contactLog, contactLog_);

    OpenDocumentsScope cashScope;
    cashScope.account = account_;
    cash_ = new CashView(session_, cashScope, ui_->cashPage);
    ui_->cashPageLayout->addWidget(cash_);
    connect(cash_, &CashView::applied, this, [this] {
        reload();
        emit cashApplied();
    });
    disputes_ = new AccountDisputes(session_, account_, ui_->disputesPage);
    ui_->disputesPageLayout->addWidget(disputes_);
    // Disputed money leaves the worklist and shows in the aging.
    connect(disputes_, &AccountDisputes::changed, this, &AccountView::disputesChanged);
    writeOffs_ = new AccountWriteOffs(session_, account_, ui_->writeOffsPage);
    ui_->writeOffsPageLayout->addWidget(writeOffs_);
    connect(writeOffs_, &AccountWriteOffs::changed, this, &AccountView::writeOffsChanged);

    connect(ui_->logContact, &QPushButton::clicked, this, [this] { openLogContact(std::nullopt); });
    connect(ui_->pauseChasing, &QPushButton::clicked, this, [this] {
        auto* dialog =
            new HoldDialog(session_, account_, q(detail_.account.number + "  " + detail_.account.name), this);
        connect(dialog, &QDialog::accepted, this, &AccountView::holdPlaced);
        openChange(dialog);
    });
    // Esc closes the window; Ctrl+Tab and Ctrl+Shift+Tab go through its
    // tabs from wherever the focus is in it.
    new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &QWidget::close);
    new QShortcut(QKeySequence(Qt::Key_F8), this, this, &AccountView::workNextRequested);
    QTabWidget* tabs = ui_->accountTabs;
    new QShortcut(QKeySequence::NextChild, this, tabs,
                  [tabs] { tabs->setCurrentIndex((tabs->currentIndex() + 1) % tabs->count()); });
    new QShortcut(QKeySequence::PreviousChild, this, tabs,
                  [tabs] { tabs->setCurrentIndex((tabs->currentIndex() + tabs->count() - 1) % tabs->count()); });
    updateContactButtons();
    connect(ui_->addresses->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccountView::updateContactButtons);
    connect(ui_->addContact, &QPushButton::clicked, this,
            [this] { openChange(new ContactDialog(session_, account_, std::nullopt, this)); });
    connect(ui_->editContact, &QPushButton::clicked, this, [this] {
        if (const auto c = selectedContact()) openChange(new ContactDialog(session_, account_, c, this));
    });
    connect(ui_->endContact, &QPushButton::clicked, this, [this] {
        if (const auto c = selectedContact()) openChange(new EndContactDialog(session_, *c, this));
    });
    connect(ui_->changeAddress, &QPushButton::clicked, this, [this] {
        // Start from the current billing address, else any current one.
        Address start;
        start.accountId = account_;
        for (const Address& a : detail_.addresses)
            if (!a.validTo && (start.line1.empty() || a.kind == "billing")) start = a;
        openChange(new AddressDialog(session_, account_, start, this));
    });
    ui_->accountReferral->hide();
    connect(ui_->referAccount, &QPushButton::clicked, this, &AccountView::openRefer);
    connect(ui_->askAttention, &QPushButton::clicked, this, [this] {
        auto* dialog =
            new AttentionDialog(session_, account_, q(detail_.account.number + "  " + detail_.account.name), this);
        connect(dialog, &QDialog::accepted, this, &AccountView::attentionAsked);
        openChange(dialog);
    });
    setUpCommitments();
    reload();
}

// Closed, or gone with the main window (which does not close it first).
AccountView::~AccountView() {
    if (isVisible()) rememberSize();
}

QString AccountView::sizeSettingKey() { return QStringLiteral("AccountView/size"); }

void AccountView::rememberSize() const { QSettings().setValue(sizeSettingKey(), size()); }

void AccountView::closeEvent(QCloseEvent* event) {
    rememberSize();
    QWidget::closeEvent(event);
}

std::array<QTableView*, 5> AccountView::tables() const {
    return {ui_->openItems, ui_->closedItems, ui_->addresses, ui_->activity, ui_->contactLog};
}

QTableView& AccountView::openItems() { return *ui_->openItems; }
QTableView& AccountView::closedItems() { return *ui_->closedItems; }
QTableView& AccountView::addresses() { return *ui_->addresses; }
QTableView& AccountView::activity() { return *ui_->activity; }
QTableView& AccountView::contactLog() { return *ui_->contactLog; }

void AccountView::openChange(QDialog* dialog) {
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &AccountView::reload);
    dialog->open();
}

void AccountView::logContactWhenLoaded(DiaryAction next) {
    if (loadedOnce_)
        openLogContact(next);
    else
        logWhenLoaded_ = next;
}

void AccountView::openLogContact(std::optional<DiaryAction> next) {
    if (logDialog_) {
        logDialog_->raise();
        return;
    }
    auto* dialog = new LogContactDialog(session_, account_, detail_.contacts, this);
    const Date today = session_.actor().on;
    dialog->setFollowUpRequired(std::ranges::any_of(detail_.openItems, [today](const OpenItemLine& line) {
        return isDebit(line.document.type) && line.document.openAmount.isPositive() && line.document.dueDate < today;
    }));
    if (next) dialog->setNextAction(*next);
    connect(dialog, &QDialog::accepted, this, &AccountView::contactLogged);
    // "Promise to pay" goes on to the promise itself, written with the contact.
    connect(dialog, &LogContactDialog::promiseWanted, this, &AccountView::openPromise);
    // "Dispute raised" goes on to the dispute itself, on the Disputes tab.
    connect(dialog, &LogContactDialog::disputeRaisedLogged, this, [this] {
        showDisputes();
        disputes_->raiseDispute();
    });
    logDialog_ = dialog;
    openChange(dialog);
}

void AccountView::showDisputes() { ui_->accountTabs->setCurrentWidget(ui_->disputesPage); }

void AccountView::showWriteOffs() { ui_->accountTabs->setCurrentWidget(ui_->writeOffsPage); }

void AccountView::openPromise() {
    if (!logDialog_) return;
    if (promiseDialog_) {
        promiseDialog_->raise();
        return;
    }
    std::vector<Currency> currencies;
    for (const OpenItemLine& line : detail_.openItems)
        if (isDebit(line.document.type) && line.document.openAmount.isPositive() &&
            std::ranges::find(currencies, line.document.openAmount.currency()) == currencies.end())
            currencies.push_back(line.document.openAmount.currency());
    // Over the contact dialog, which waits for the promise.
    auto* dialog = new PromiseDialog(session_, account_, q(detail_.account.number + "  " + detail_.account.name),
                                     currencies, logDialog_);
    dialog->returnToContact(logDialog_->commitmentTerms());
    // What is overdue in the first currency is what is usually promised.
    const Date today = session_.actor().on;
    std::optional<Money> overdue;
    for (const OpenItemLine& line : detail_.openItems)
        if (!currencies.empty() && isDebit(line.document.type) && line.document.dueDate < today &&
            line.document.openAmount.currency() == currencies.front())
            overdue = overdue ? *overdue + line.document.openAmount : line.document.openAmount;
    if (overdue && overdue->isPositive()) dialog->suggestAmount(*overdue);
    if (const auto& before = logDialog_->lastPromise()) dialog->fillFrom(*before);
    connect(dialog, &PromiseDialog::promiseTyped, logDialog_, &LogContactDialog::usePromise);
    promiseDialog_ = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AccountView::updateContactButtons() {
    const bool contact = selectedContact().has_value();
    ui_->editContact->setEnabled(contact);
    ui_->endContact->setEnabled(contact);
}

std::optional<Contact> AccountView::selectedContact() const {
    const auto rows = ui_->addresses->selectionModel()->selectedRows();
    if (rows.size() != 1) return std::nullopt;
    const ContactOrAddress& row = addresses_.rowAt(addressesShown_->mapToSource(rows.first()).row());
    const auto* contact = std::get_if<Contact>(&row.record);
    if (!contact || contact->validTo) return std::nullopt;
    return *contact;
}

void AccountView::reload() {
    reloadCommitments();
    reloadReferral();
    disputes_->reload();
    writeOffs_->reload();
    const AccountId account = account_;
    const LedgerConnector connector = session_.connector();
    const Date asOf = session_.asOf();
    runLatestInBackground<AccountDetail>(
        this, loads_,
        [connector, account, asOf] {
            auto db = connector.connect();
            return loadAccountDetail(*db, account, asOf);
        },
        [this](Outcome<AccountDetail> outcome) {
            if (auto* message = std::get_if<std::string>(&outcome)) {
                ui_->accountTitle->setText(tr("The account could not be loaded: %1").arg(q(*message)));
                return;
            }
            detail_ = std::get<AccountDetail>(std::move(outcome));
            fill(detail_);
            loadedOnce_ = true;
            if (const auto next = std::exchange(logWhenLoaded_, std::nullopt)) openLogContact(*next);
            emit loaded();
        });
}

void AccountView::fill(const AccountDetail& d) {
    const Account& a = d.account;
    setWindowTitle(tr("%1 %2 — Duedesk").arg(q(a.number), q(a.name)));
    ui_->accountTitle->setText(q(a.number + "  " + a.name));

    QStringList facts;
    facts << tr("Analyst: %1").arg(d.analystName.empty() ? tr("unassigned") : q(d.analystName));
    facts << tr("Terms: %1 days").arg(a.paymentTermsDays);
    if (a.creditLimit)
        facts << tr("Credit limit: %1 %2")
                     .arg(q(a.creditLimit->currency().code()),
                          moneyText(a.creditLimit->minorUnits(), a.creditLimit->currency()));
    facts << tr("Risk: %1").arg(a.riskClass.empty() ? tr("unrated") : q(a.riskClass));
    QStringList balances;
    for (const Currency& c : d.balance.currencies())
        balances << q(c.code()) + QLatin1Char(' ') + moneyText(d.balance.in(c).minorUnits(), c);
    facts << tr("Balance: %1").arg(balances.isEmpty() ? tr("nothing open") : balances.join(QStringLiteral(", ")));
    // Current contacts come first, the primary one first of them.
    if (!d.contacts.empty() && !d.contacts.front().validTo)
        facts << tr("Contact: %1").arg(contactDetailsText(d.contacts.front()));
    ui_->accountFacts->setText(facts.join(QStringLiteral("   ·   ")));

    QStringList strip;
    const AgingBuckets buckets = AgingBuckets::standard();
    for (const AgingRow& row : d.aging) {
        QStringList parts;
        for (std::size_t i = 0; i < row.buckets.size(); ++i)
            if (row.buckets[i])
                parts << q(buckets.label(i)) + QLatin1Char(' ') + moneyText(row.buckets[i], row.currency);
        if (row.unapplied) parts << tr("unapplied %1").arg(moneyText(row.unapplied, row.currency));
        strip << q(row.currency.code()) + QStringLiteral(": ") + parts.join(QStringLiteral("  |  "));
    }
    ui_->accountAging->setText(strip.join(QStringLiteral("\n")));

    openItems_.setRows(d.openItems);
    closedItems_.setRows(d.closedItems);
    // A reset drops the selection without a word: say it, so the contact
    // buttons follow.
    ui_->addresses->clearSelection();
    addresses_.setRows(contactsAndAddresses(d));
    updateContactButtons();
    activity_.setRows(activityLines(d));
    contactLog_.setRows(contactLogLines(d));
    std::vector<Document> openInvoices;
    for (const OpenItemLine& line : d.openItems)
        if (isDebit(line.document.type) && line.document.openAmount.isPositive()) openInvoices.push_back(line.document);
    writeOffs_->setAccount(q(a.number + "  " + a.name), openInvoices);
    disputes_->setAccount(q(a.number + "  " + a.name), std::move(openInvoices));
    for (QTableView* table : tables()) table->resizeColumnsToContents();
    // The history is oldest first: show its latest entries.
    ui_->activity->scrollToBottom();
}

// ---- Promises & plans, the hold, corrections -------------------------------

namespace {
// Whether the account has an invoice past its due date with something open
// on `today`: a contact logged then must set a follow-up.
bool overdueOn(const AccountDetail& detail, Date today) {
    return std::ranges::any_of(detail.openItems, [today](const OpenItemLine& line) {
        return isDebit(line.document.type) && line.document.openAmount.isPositive() && line.document.dueDate < today;
    });
}
} // namespace

QTableView& AccountView::commitments() { return *ui_->commitments; }
QTableView& AccountView::followUps() { return *ui_->followUps; }
QTableView& AccountView::assignments() { return *ui_->assignments; }

void AccountView::setUpCommitments() {
    // A plan's instalments stay under it: the table keeps the core's order.
    ui_->commitments->setModel(&commitments_);
    showSortable(*ui_->followUps, followUps_);
    showSortable(*ui_->assignments, assignments_);
    for (QTableView* table : {ui_->commitments, ui_->followUps, ui_->assignments}) setCompactRows(*table);
    ui_->holdRow->hide();
    connect(ui_->commitments->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccountView::updateCommitmentButtons);
    connect(ui_->agreePlan, &QPushButton::clicked, this, &AccountView::openPlan);
    connect(ui_->withdrawPromise, &QPushButton::clicked, this, [this] { openEndCommitment(true); });
    connect(ui_->cancelPlan, &QPushButton::clicked, this, [this] { openEndCommitment(false); });
    connect(ui_->releaseHold, &QPushButton::clicked, this, &AccountView::releaseHold);
    updateCommitmentButtons();

    ui_->correctContact->setEnabled(false);
    connect(ui_->contactLog->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { ui_->correctContact->setEnabled(ui_->contactLog->selectionModel()->selectedRows().size() == 1); });
    connect(ui_->correctContact, &QPushButton::clicked, this, &AccountView::openCorrection);
}

void AccountView::reloadCommitments() {
    const AccountId account = account_;
    const LedgerConnector connector = session_.connector();
    const Date asOf = session_.asOf();
    runLatestInBackground<AccountDiary>(
        this, diaryLoads_,
        [connector, account, asOf] {
            auto db = connector.connect();
            return loadAccountDiary(*db, account, asOf);
        },
        [this](Outcome<AccountDiary> outcome) {
            if (auto* message = std::get_if<std::string>(&outcome)) {
                ui_->accountHold->setText(tr("The promises and plans could not be loaded: %1").arg(q(*message)));
                ui_->releaseHold->hide();
                ui_->holdRow->show();
                return;
            }
            diary_ = std::get<AccountDiary>(std::move(outcome));
            fillCommitments(diary_);
            emit commitmentsLoaded();
        });
}

void AccountView::fillCommitments(const AccountDiary& d) {
    // A reset drops the selection without a word: say it, so the buttons follow.
    ui_->commitments->clearSelection();
    commitments_.setRows(commitmentLines(d.commitments));
    followUps_.setRows(followUpLines(d));
    assignments_.setRows(assignmentLines(d));
    for (QTableView* table : {ui_->commitments, ui_->followUps, ui_->assignments}) table->resizeColumnsToContents();
    updateCommitmentButtons();
    ui_->holdRow->setVisible(d.hold.has_value());
    ui_->releaseHold->setVisible(d.hold.has_value());
    ui_->releaseHold->setEnabled(true);
    if (d.hold) ui_->accountHold->setText(holdText(*d.hold, d));
}

std::optional<CommitmentLine> AccountView::selectedCommitment() const {
    const auto rows = ui_->commitments->selectionModel()->selectedRows();
    if (rows.size() != 1) return std::nullopt;
    return commitments_.rowAt(rows.first().row());
}

void AccountView::updateCommitmentButtons() {
    const auto line = selectedCommitment();
    const bool inForce = line && line->inForce;
    ui_->withdrawPromise->setEnabled(inForce && line->kind == CommitmentLine::Kind::Promise);
    ui_->cancelPlan->setEnabled(inForce && line->kind != CommitmentLine::Kind::Promise);
}

void AccountView::openPlan() {
    if (planDialog_) {
        planDialog_->raise();
        return;
    }
    std::vector<Document> invoices;
    for (const OpenItemLine& line : detail_.openItems)
        if (isDebit(line.document.type) && line.document.openAmount.isPositive()) invoices.push_back(line.document);
    auto* dialog = new PaymentPlanDialog(session_, account_, q(detail_.account.number + "  " + detail_.account.name),
                                         invoices, this);
    connect(dialog, &QDialog::accepted, this, &AccountView::commitmentsChanged);
    planDialog_ = dialog;
    openChange(dialog);
}

void AccountView::openEndCommitment(bool withdrawPromise) {
    const auto line = selectedCommitment();
    if (!line || !line->inForce) return;
    // An instalment stands for its plan.
    const auto made = std::ranges::find_if(commitments_.rows(), [&](const CommitmentLine& l) {
        return l.id == line->id && l.madeOn && (l.kind == CommitmentLine::Kind::Promise) == withdrawPromise;
    });
    if (made == commitments_.rows().end()) return;
    const Money& amount = made->amount;
    const QString sum =
        q(amount.currency().code()) + QLatin1Char(' ') + moneyText(amount.minorUnits(), amount.currency());
    const QString what =
        withdrawPromise
            ? tr("of %1 for %2, taken %3").arg(sum, q(made->dueOn.toIso()), q(made->madeOn->toIso()))
            : tr("of %1 in %2 from %3, agreed %4")
                  .arg(sum, instalmentsText(made->ofCount), q(made->dueOn.toIso()), q(made->madeOn->toIso()));
    auto* dialog = new EndCommitmentDialog(
        session_, withdrawPromise ? EndCommitmentDialog::Kind::WithdrawPromise : EndCommitmentDialog::Kind::CancelPlan,
        made->id, *made->madeOn, what, this);
    connect(dialog, &QDialog::accepted, this, &AccountView::commitmentsChanged);
    openChange(dialog);
}

void AccountView::releaseHold() {
    if (!diary_.hold) return;
    ui_->releaseHold->setEnabled(false);
    runInBackground<std::optional<std::string>>(
        this,
        [connector = session_.connector(), id = diary_.hold->id,
         by = session_.actor()]() -> std::optional<std::string> {
            auto db = connector.connect(AppSession::kChangeLockWait);
            return refusalOf("hold", [&] { DiaryService(*db).releaseHold(id, by); });
        },
        [this](Outcome<std::optional<std::string>> outcome) {
            ui_->releaseHold->setEnabled(true);
            const auto* failure = std::get_if<std::string>(&outcome);
            const std::optional<std::string> refusal =
                failure ? std::optional<std::string>(*failure) : std::get<std::optional<std::string>>(outcome);
            if (refusal) {
                ui_->accountHold->setText(tr("The hold could not be released: %1").arg(q(*refusal)));
                return;
            }
            emit commitmentsChanged();
            reload();
        });
}

void AccountView::openCorrection() {
    const auto rows = ui_->contactLog->selectionModel()->selectedRows();
    if (rows.size() != 1) return;
    if (logDialog_) {
        logDialog_->raise();
        return;
    }
    const auto* shown = qobject_cast<const QSortFilterProxyModel*>(ui_->contactLog->model());
    const int row = shown ? shown->mapToSource(rows.first()).row() : rows.first().row();
    auto* dialog = new LogContactDialog(session_, account_, detail_.contacts, this);
    dialog->setFollowUpRequired(overdueOn(detail_, session_.actor().on));
    dialog->correcting(contactLog_.rowAt(row).entry);
    connect(dialog, &QDialog::accepted, this, &AccountView::contactLogged);
    logDialog_ = dialog;
    openChange(dialog);
}

// ---- Escalation -------------------------------------------------------------

void AccountView::reloadReferral() {
    runLatestInBackground<std::optional<Referral>>(
        this, referralLoads_,
        [connector = session_.connector(), account = account_] {
            auto db = connector.connect();
            return db->escalations().openReferralOf(account);
        },
        [this](Outcome<std::optional<Referral>> outcome) {
            const auto* referral = std::get_if<std::optional<Referral>>(&outcome);
            if (!referral || !*referral) {
                ui_->accountReferral->hide();
                emit referralLoaded();
                return;
            }
            const Referral& r = **referral;
            ui_->accountReferral->setText(tr("Referred to %1 (%2) on %3: %4. Out of the worklist while referred.")
                                              .arg(q(r.party), q(referralRecommendationLabel(r.recommendation)),
                                                   q(r.referredOn.toIso()), q(referralStateLabel(r.state))));
            ui_->accountReferral->show();
            emit referralLoaded();
        });
}

void AccountView::openRefer() {
    QStringList balances;
    for (const Currency& c : detail_.balance.currencies())
        balances << q(c.code()) + QLatin1Char(' ') + moneyText(detail_.balance.in(c).minorUnits(), c);
    auto* dialog = new ReferDialog(session_, account_, q(detail_.account.number + "  " + detail_.account.name),
                                   balances.isEmpty() ? tr("nothing open") : balances.join(QStringLiteral(", ")), this);
    connect(dialog, &QDialog::accepted, this, [this] {
        reloadReferral();
        emit referred();
    });
    openChange(dialog);
}

} // namespace duedesk::app
