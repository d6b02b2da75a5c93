// The Disputes tab's behaviour; its layout is ui/AccountDisputes.ui.
#include "app/dispute/AccountDisputes.h"

#include "ui_AccountDisputes.h"

#include "app/common/TableViews.h"
#include "app/dispute/DisputeChangeDialog.h"
#include "app/dispute/DisputeDialog.h"

#include "duedesk/domain/DisputeRules.h"
#include "duedesk/reports/DisputeReport.h"
#include "duedesk/services/AccessPolicy.h"
#include "duedesk/storage/DisputeRepository.h"

#include <QDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>

#include <algorithm>

namespace duedesk::app {

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
    connect(ui_->disputes->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccountDisputes::updateButtons);
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

void AccountDisputes::open(QDialog* dialog) {
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        emit changed();
    });
    dialog->open();
}

void AccountDisputes::updateButtons() {
    const auto rows = ui_->disputes->selectionModel()->selectedRows();
    ui_->followUpDispute->setEnabled(rows.size() == 1 && isActive(model_.rowAt(rows.first().row()).dispute.state));
}

void AccountDisputes::reload() {
    runLatestInBackground<std::vector<DisputeRow>>(
        this, loads_,
        [connector = session_.connector(), account = account_, asOf = session_.asOf()] {
            auto db = connector.connect();
            DisputeFilter filter;
            filter.account = account;
            return disputeRows(loadDisputeListing(*db, filter, asOf), true);
        },
        [this](Outcome<std::vector<DisputeRow>> outcome) {
            if (auto* message = std::get_if<std::string>(&outcome)) {
                ui_->disputesSummary->setText(
                    tr("The disputes could not be loaded: %1").arg(QString::fromStdString(*message)));
                return;
            }
            auto rows = std::get<std::vector<DisputeRow>>(std::move(outcome));
            ui_->disputes->clearSelection();
            ui_->disputesSummary->setText(disputeCountsText(rows, session_.asOf()));
            model_.setRows(std::move(rows));
            ui_->disputes->resizeColumnsToContents();
            updateButtons();
            emit loaded();
        });
}

} // namespace duedesk::app
