// The Write-offs tab's behaviour; its layout is ui/AccountWriteOffs.ui.
#include "app/writeoff/AccountWriteOffs.h"

#include "ui_AccountWriteOffs.h"

#include "app/common/TableViews.h"
#include "app/writeoff/WriteOffRequestDialog.h"

#include "duedesk/reports/WriteOffListing.h"
#include "duedesk/services/AccessPolicy.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

#include <algorithm>

namespace duedesk::app {

AccountWriteOffs::AccountWriteOffs(AppSession& session, AccountId account, QWidget* parent)
    : QWidget(parent), ui_(std::make_unique<Ui::AccountWriteOffs>()), session_(session), account_(account) {
    ui_->setupUi(this);
    setCompactRows(*ui_->writeOffs);
    ui_->writeOffs->setModel(&model_);
    ui_->writeOffs->horizontalHeader()->setStretchLastSection(true);
    // The account is the window's own; whether the user may approve is the
    // Write-offs page's business.
    for (const WriteOffColumn c : {WriteOffColumn::Account, WriteOffColumn::Customer, WriteOffColumn::ForYou})
        ui_->writeOffs->setColumnHidden(static_cast<int>(c), true);
    // Who may not request write-offs sees them, and no button.
    ui_->requestWriteOff->setVisible(allows(session_.actor(), Permission::RequestWriteOffs));
    ui_->requestWriteOff->setEnabled(false);
    connect(ui_->requestWriteOff, &QPushButton::clicked, this, &AccountWriteOffs::requestWriteOff);
}

AccountWriteOffs::~AccountWriteOffs() = default;

QTableView& AccountWriteOffs::table() { return *ui_->writeOffs; }

void AccountWriteOffs::setAccount(const QString& what, std::vector<Document> openInvoices) {
    what_ = what;
    openInvoices_ = std::move(openInvoices);
    ui_->requestWriteOff->setEnabled(!openInvoices_.empty());
}

WriteOffRequestDialog* AccountWriteOffs::requestWriteOff() {
    if (openInvoices_.empty() || !allows(session_.actor(), Permission::RequestWriteOffs)) return nullptr;
    auto* dialog = new WriteOffRequestDialog(session_, account_, what_, openInvoices_, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        emit changed();
    });
    dialog->open();
    return dialog;
}

void AccountWriteOffs::reload() {
    runLatestInBackground<WriteOffListing>(
        this, loads_,
        [connector = session_.connector(), account = account_, actor = session_.actor()] {
            auto db = connector.connect();
            WriteOffListingFilter filter;
            filter.account = account;
            return loadWriteOffListing(*db, filter, actor);
        },
        [this](Outcome<WriteOffListing> outcome) {
            if (auto* message = std::get_if<std::string>(&outcome)) {
                ui_->writeOffsSummary->setText(
                    tr("The write-offs could not be loaded: %1").arg(QString::fromStdString(*message)));
                return;
            }
            auto rows = std::get<WriteOffListing>(std::move(outcome)).rows;
            std::ranges::reverse(rows); // newest first
            const auto pending =
                std::ranges::count_if(rows, [](const WriteOffListingRow& r) { return isPending(r.writeOff.state); });
            ui_->writeOffsSummary->setText(tr("Write-offs: %1 · pending: %2").arg(rows.size()).arg(pending));
            model_.setRows(std::move(rows));
            ui_->writeOffs->resizeColumnsToContents();
            emit loaded();
        });
}

} // namespace duedesk::app
