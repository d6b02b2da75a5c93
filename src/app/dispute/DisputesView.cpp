// The Disputes page's behaviour; its layout is ui/DisputesView.ui.
#include "app/dispute/DisputesView.h"

#include "ui_DisputesView.h"

#include "app/common/TableViews.h"

#include "duedesk/domain/DisputeRules.h"

#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <algorithm>

namespace duedesk::app {
namespace {
struct Loaded {
    std::vector<DisputeRow> rows;
    DisputeReport report;
};
} // namespace

DisputesView::DisputesView(AppSession& session, QWidget* parent)
    : QWidget(parent), ui_(std::make_unique<Ui::DisputesView>()), session_(session) {
    ui_->setupUi(this);
    QFont big = ui_->disputesTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    ui_->disputesTitle->setFont(big);
    ui_->disputesShow->addItem(tr("Open and investigating"), static_cast<int>(Show::Active));
    ui_->disputesShow->addItem(tr("Past their service level"), static_cast<int>(Show::PastServiceLevel));
    ui_->disputesShow->addItem(tr("All, closed too"), static_cast<int>(Show::All));
    model_.setDay(session_.asOf());
    setCompactRows(*ui_->disputesTable);
    setCompactRows(*ui_->disputesByReason);
    showSortable(*ui_->disputesTable, model_);
    ui_->disputesByReason->setModel(&report_);
    ui_->disputesTable->horizontalHeader()->setStretchLastSection(true);
    connect(ui_->disputesShow, &QComboBox::currentIndexChanged, this, &DisputesView::reload);
    connect(ui_->disputesTable, &QTableView::activated, this, &DisputesView::openSelected);
    connect(ui_->disputesOpenAccount, &QPushButton::clicked, this, &DisputesView::openSelected);
    reload();
}

DisputesView::~DisputesView() = default;

QTableView& DisputesView::table() { return *ui_->disputesTable; }
QTableView& DisputesView::byReason() { return *ui_->disputesByReason; }

void DisputesView::show(Show which) {
    ui_->disputesShow->setCurrentIndex(ui_->disputesShow->findData(static_cast<int>(which)));
}

void DisputesView::openSelected() {
    const auto rows = ui_->disputesTable->selectionModel()->selectedRows();
    if (rows.size() != 1) return;
    const auto* proxy = static_cast<const QSortFilterProxyModel*>(ui_->disputesTable->model());
    emit accountActivated(model_.rowAt(proxy->mapToSource(rows.first()).row()).dispute.accountId);
}

void DisputesView::reload() {
    const auto which = static_cast<Show>(ui_->disputesShow->currentData().toInt());
    runLatestInBackground<Loaded>(
        this, loads_,
        [connector = session_.connector(), asOf = session_.asOf(), which] {
            auto db = connector.connect();
            const DisputeListing listing = loadDisputeListing(*db, {}, asOf);
            Loaded result;
            result.report = buildDisputeReport(listing.disputes, asOf);
            for (DisputeRow& row : disputeRows(listing, false)) {
                const Dispute& d = row.dispute;
                const bool shown = which == Show::All || (which == Show::Active && d.activeOn(asOf)) ||
                                   (which == Show::PastServiceLevel && pastServiceLevel(d, asOf));
                if (shown) result.rows.push_back(std::move(row));
            }
            return result;
        },
        [this](Outcome<Loaded> outcome) {
            if (auto* message = std::get_if<std::string>(&outcome)) {
                ui_->disputesCount->setText(
                    tr("The disputes could not be loaded: %1").arg(QString::fromStdString(*message)));
                return;
            }
            Loaded result = std::get<Loaded>(std::move(outcome));
            ui_->disputesCount->setText(disputeCountsText(result.rows, session_.asOf()));
            model_.setRows(std::move(result.rows));
            report_.setRows(result.report.byReason);
            fitColumns(*ui_->disputesTable);
            ui_->disputesByReason->resizeColumnsToContents();
            emit loaded();
        });
}

} // namespace duedesk::app
