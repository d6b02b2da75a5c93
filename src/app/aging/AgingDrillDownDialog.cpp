// The drill-down list's loading; its layout is ui/AgingDrillDownDialog.ui.
#include "app/aging/AgingDrillDownDialog.h"

#include "ui_AgingDrillDownDialog.h"

#include "app/common/MoneyText.h"
#include "app/common/TableViews.h"

#include "duedesk/storage/AccountRepository.h"

#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <algorithm>

namespace duedesk::app {

AgingDrillDownDialog::AgingDrillDownDialog(const LedgerConnector& connector, const AgingOptions& options,
                                           const AgingRow& row, std::optional<std::size_t> bucket, AgingCellScope scope,
                                           const QString& columnTitle, QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::AgingDrillDownDialog>()), connector_(connector) {
    ui_->setupUi(this);
    const QString currency = QString::fromLatin1(row.currency.code().data(), 3);
    const QString rowTitle = scope == AgingCellScope::AllGroups ? tr("All") : QString::fromStdString(row.key);
    setWindowTitle(tr("%1 %2, %3 — Duedesk").arg(rowTitle, currency, columnTitle));
    QSortFilterProxyModel* shown = showSortable(*ui_->agingDrillDownItems, items_);
    setCompactRows(*ui_->agingDrillDownItems);
    connect(ui_->agingDrillDownItems, &QTableView::activated, this, [this, shown](const QModelIndex& index) {
        openAccount(items_.rowAt(shown->mapToSource(index).row()).accountNumber);
    });

    const AgingRow target = row;
    runLatestInBackground<std::vector<AgingCellItem>>(
        this, loads_,
        [connector, options, target, bucket, scope] {
            auto db = connector.connect();
            return agingCellItems(*db, options, target, bucket, scope);
        },
        [this, currency, target](Outcome<std::vector<AgingCellItem>> outcome) {
            if (auto* message = std::get_if<std::string>(&outcome)) {
                ui_->agingDrillDownSummary->setText(
                    tr("The documents could not be read: %1").arg(QString::fromStdString(*message)));
                return;
            }
            auto list = std::get<std::vector<AgingCellItem>>(std::move(outcome));
            const std::size_t total = list.size();
            std::int64_t sum = 0;
            for (const AgingCellItem& i : list) sum += i.open.minorUnits();
            list.resize(std::min(total, static_cast<std::size_t>(kMaxListed)));
            const int listed = static_cast<int>(list.size());
            items_.setRows(std::move(list));
            ui_->agingDrillDownItems->resizeColumnsToContents();
            const QString together = moneyText(sum, target.currency);
            QLabel* summary = ui_->agingDrillDownSummary;
            if (total == 1)
                summary->setText(tr("1 document in %1, %2").arg(currency, together));
            else if (static_cast<std::size_t>(listed) == total)
                summary->setText(tr("%L1 documents in %2, together %3").arg(total).arg(currency, together));
            else
                summary->setText(tr("%L1 documents in %2, together %3; the largest %L4 are listed")
                                     .arg(total)
                                     .arg(currency, together)
                                     .arg(listed));
            emit loaded();
        });
}

AgingDrillDownDialog::~AgingDrillDownDialog() = default;

void AgingDrillDownDialog::openAccount(const std::string& number) {
    runInBackground<std::optional<AccountId>>(
        this,
        [connector = connector_, number]() -> std::optional<AccountId> {
            auto db = connector.connect();
            const auto account = db->accounts().findByNumber(number);
            return account ? std::optional<AccountId>(account->id) : std::nullopt;
        },
        [this](Outcome<std::optional<AccountId>> outcome) {
            if (const auto* id = std::get_if<std::optional<AccountId>>(&outcome); id && *id)
                emit accountActivated(**id);
        });
}

QTableView& AgingDrillDownDialog::items() { return *ui_->agingDrillDownItems; }

} // namespace duedesk::app
