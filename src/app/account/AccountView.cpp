// The account view's behaviour: filling the header and tables, and opening
// the change dialogs. Its layout is ui/AccountView.ui.
#include "app/account/AccountView.h"

#include "ui_AccountView.h"

#include "app/account/AccountTexts.h"
#include "app/account/ContactDialogs.h"
#include "app/common/MoneyText.h"
#include "app/common/TableViews.h"
#include "app/diary/HoldDialog.h"
#include "app/diary/PromiseDialog.h"

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
    logDialog_ = dialog;
    openChange(dialog);
}

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
    for (QTableView* table : tables()) table->resizeColumnsToContents();
    // The history is oldest first: show its latest entries.
    ui_->activity->scrollToBottom();
}

} // namespace duedesk::app
