// The Disputes tab's behaviour; its layout is ui/AccountDisputes.ui.
#include "app/dispute/AccountDisputes.h"

#include "ui_AccountDisputes.h"

#include "app/common/TableViews.h"
#include "app/dispute/CreditMemoDecisionDialog.h"
#include "app/dispute/CreditMemoDialog.h"
#include "app/dispute/DisputeChangeDialog.h"
#include "app/dispute/DisputeDialog.h"

#include "duedesk/domain/DisputeRules.h"
#include "duedesk/reports/DisputeReport.h"
#include "duedesk/services/AccessPolicy.h"
#include "duedesk/storage/CreditMemoRepository.h"
#include "duedesk/storage/DisputeRepository.h"

#include <QDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>

#include <algorithm>

namespace duedesk::app {
namespace {

QString q(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

// What one load brings: the disputes and their credit memo requests.
struct DisputesLoad {
    std::vector<DisputeRow> rows;
    std::vector<CreditMemoRequest> creditMemos;
};

// "CMR-000001 approved on 2026-07-03: INV-1 GBP 120.00, INV-3 GBP 250.50".
QString creditMemoLine(const CreditMemoRequest& r) {
    QString invoices;
    for (const CreditMemoItem& i : r.items)
        invoices += (invoices.isEmpty() ? QString() : QStringLiteral(", ")) + QString::fromStdString(i.number) +
                    QLatin1Char(' ') + q(i.amount.currency().code()) + QLatin1Char(' ') +
                    QString::fromStdString(i.amount.toGroupedString());
    const QString number = QString::fromStdString(creditMemoNumber(r.id));
    switch (r.state) {
    case CreditMemoState::Requested:
        return AccountDisputes::tr("%1 requested on %2, waiting for approval: %3")
            .arg(number, QString::fromStdString(r.requestedOn.toIso()), invoices);
    case CreditMemoState::Approved:
        return AccountDisputes::tr("%1 approved on %2, waiting for the credit note: %3")
            .arg(number, QString::fromStdString(r.decidedOn.value_or(r.requestedOn).toIso()), invoices);
    case CreditMemoState::Rejected:
        return AccountDisputes::tr("%1 rejected: %2").arg(number, QString::fromStdString(r.rejectionReason));
    case CreditMemoState::Credited:
        return AccountDisputes::tr("%1 credited by %2 on %3: %4")
            .arg(number, QString::fromStdString(r.creditNoteNumber),
                 QString::fromStdString(r.creditedOn.value_or(r.requestedOn).toIso()), invoices);
    case CreditMemoState::Cancelled: return AccountDisputes::tr("%1 cancelled").arg(number);
    }
    return number;
}

} // namespace

AccountDisputes::AccountDisputes(AppSession& session, AccountId account, QWidget* parent)
    : QWidget(parent), ui_(std::make_unique<Ui::AccountDisputes>()), session_(session), account_(account) {
    ui_->setupUi(this);
    model_.setDay(session_.asOf());
    setCompactRows(*ui_->disputes);
    ui_->disputes->setModel(&model_);
    ui_->disputes->horizontalHeader()->setStretchLastSection(true);
    // The account is the window's own.
    ui_->disputes->setColumnHidden(static_cast<int>(DisputeColumn::Account), true);
    ui_->disputes->setColumnHidden(static_cast<int>(DisputeColumn::Name), true);
    // Who may not raise disputes sees them, and no buttons.
    const bool mayChange = allows(session_.actor(), Permission::RaiseDisputes);
    ui_->raiseDispute->setVisible(mayChange);
    ui_->followUpDispute->setVisible(mayChange);
    ui_->requestCreditMemo->setVisible(allows(session_.actor(), Permission::RequestCreditMemos));
    connect(ui_->requestCreditMemo, &QPushButton::clicked, this, &AccountDisputes::requestCreditMemo);
    const bool mayDecide = allows(session_.actor(), Permission::ApproveCreditMemos);
    ui_->approveCreditMemo->setVisible(mayDecide);
    ui_->rejectCreditMemo->setVisible(mayDecide);
    connect(ui_->approveCreditMemo, &QPushButton::clicked, this, &AccountDisputes::approveCreditMemo);
    connect(ui_->rejectCreditMemo, &QPushButton::clicked, this, &AccountDisputes::rejectCreditMemo);
    connect(ui_->disputes->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        showCreditMemos();
    });
    connect(ui_->raiseDispute, &QPushButton::clicked, this, &AccountDisputes::raiseDispute);
    connect(ui_->followUpDispute, &QPushButton::clicked, this, [this] {
        const auto rows = ui_->disputes->selectionModel()->selectedRows();
        if (rows.size() == 1) open(new DisputeChangeDialog(session_, model_.rowAt(rows.first().row()).dispute, this));
    });
    updateButtons();
}

AccountDisputes::~AccountDisputes() = default;

QTableView& AccountDisputes::table() { return *ui_->disputes; }

void AccountDisputes::setAccount(const QString& what, std::vector<Document> openInvoices) {
    what_ = what;
    openInvoices_ = std::move(openInvoices);
    ui_->raiseDispute->setEnabled(!openInvoices_.empty());
}

DisputeDialog* AccountDisputes::raiseDispute() {
    if (openInvoices_.empty() || !allows(session_.actor(), Permission::RaiseDisputes)) return nullptr;
    auto* dialog = new DisputeDialog(session_, account_, what_, openInvoices_, this);
    open(dialog);
    return dialog;
}

const Dispute* AccountDisputes::selectedDispute() const {
    const auto rows = ui_->disputes->selectionModel()->selectedRows();
    if (rows.size() != 1) return nullptr;
    return &model_.rowAt(rows.first().row()).dispute;
}

CreditMemoDialog* AccountDisputes::requestCreditMemo() {
    const Dispute* d = selectedDispute();
    if (!d || !ui_->requestCreditMemo->isEnabled() || !allows(session_.actor(), Permission::RequestCreditMemos))
        return nullptr;
    auto* dialog = new CreditMemoDialog(session_, *d, this);
    open(dialog);
    return dialog;
}

const CreditMemoRequest* AccountDisputes::decidableCreditMemo() const {
    const Dispute* d = selectedDispute();
    if (!d) return nullptr;
    for (const CreditMemoRequest& r : creditMemos_)
        if (r.disputeId == d->id && r.state == CreditMemoState::Requested && r.requestedBy != session_.user().id)
            return &r;
    return nullptr;
}

CreditMemoDecisionDialog* AccountDisputes::decideCreditMemo(bool approve) {
    const CreditMemoRequest* r = decidableCreditMemo();
    if (!r || !allows(session_.actor(), Permission::ApproveCreditMemos)) return nullptr;
    using Decision = CreditMemoDecisionDialog::Decision;
    auto* dialog = new CreditMemoDecisionDialog(session_, approve ? Decision::Approve : Decision::Reject, *r, this);
    open(dialog);
    return dialog;
}

CreditMemoDecisionDialog* AccountDisputes::approveCreditMemo() { return decideCreditMemo(true); }

CreditMemoDecisionDialog* AccountDisputes::rejectCreditMemo() { return decideCreditMemo(false); }

QString AccountDisputes::creditMemosText() const { return ui_->creditMemos->text(); }

void AccountDisputes::showCreditMemos() {
    const Dispute* d = selectedDispute();
    QStringList lines;
    if (d)
        for (const CreditMemoRequest& r : creditMemos_)
            if (r.disputeId == d->id) lines << creditMemoLine(r);
    if (d && lines.isEmpty()) lines << tr("No credit memo requested for dispute %1.").arg(d->id);
    ui_->creditMemos->setText(lines.join(QLatin1Char('\n')));
}

void AccountDisputes::open(QDialog* dialog) {
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        emit changed();
    });
    dialog->open();
}

void AccountDisputes::updateButtons() {
    const Dispute* d = selectedDispute();
    const bool active = d && isActive(d->state);
    ui_->followUpDispute->setEnabled(active);
    // One pending request per dispute: the core refuses a second anyway.
    const bool pending = d && std::ranges::any_of(creditMemos_, [&](const CreditMemoRequest& r) {
                             return r.disputeId == d->id && isPending(r.state);
                         });
    ui_->requestCreditMemo->setEnabled(active && !pending);
    // Nobody decides their own request: the core refuses it anyway.
    const bool decidable = decidableCreditMemo() != nullptr;
    ui_->approveCreditMemo->setEnabled(decidable);
    ui_->rejectCreditMemo->setEnabled(decidable);
}

void AccountDisputes::reload() {
    runLatestInBackground<DisputesLoad>(
        this, loads_,
        [connector = session_.connector(), account = account_, asOf = session_.asOf()] {
            auto db = connector.connect();
            DisputeFilter filter;
            filter.account = account;
            DisputesLoad load;
            load.rows = disputeRows(loadDisputeListing(*db, filter, asOf), true);
            load.creditMemos = db->creditMemos().list({std::nullopt, account, std::nullopt});
            return load;
        },
        [this](Outcome<DisputesLoad> outcome) {
            if (auto* message = std::get_if<std::string>(&outcome)) {
                ui_->disputesSummary->setText(
                    tr("The disputes could not be loaded: %1").arg(QString::fromStdString(*message)));
                return;
            }
            auto [rows, creditMemos] = std::get<DisputesLoad>(std::move(outcome));
            creditMemos_ = std::move(creditMemos);
            ui_->disputes->clearSelection();
            ui_->creditMemos->clear();
            ui_->disputesSummary->setText(disputeCountsText(rows, session_.asOf()));
            model_.setRows(std::move(rows));
            ui_->disputes->resizeColumnsToContents();
            updateButtons();
            emit loaded();
        });
}

} // namespace duedesk::app
