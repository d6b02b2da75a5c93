// The drill-down list.
#include "app/aging/AgingDrillDownDialog.h"

#include "app/common/BackgroundTask.h"
#include "app/common/MoneyText.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace duedesk::app {

AgingDrillDownDialog::AgingDrillDownDialog(const std::string& databasePath, const AgingOptions& options,
                                           const AgingRow& row, std::optional<std::size_t> bucket,
                                           AgingCellScope scope, const QString& columnTitle, QWidget* parent)
    : QDialog(parent), summary_(new QLabel(tr("Loading…"), this)), items_(new QTableWidget(this)) {
    setObjectName(QStringLiteral("agingDrillDown"));
    summary_->setObjectName(QStringLiteral("agingDrillDownSummary"));
    const QString currency = QString::fromLatin1(row.currency.code().data(), 3);
    const QString rowTitle = scope == AgingCellScope::AllGroups ? tr("All") : QString::fromStdString(row.key);
    setWindowTitle(tr("%1 %2, %3 — Duedesk").arg(rowTitle, currency, columnTitle));
    resize(760, 420);
    items_->setColumnCount(6);
    items_->setHorizontalHeaderLabels({tr("Account"), tr("Document"), tr("Date"), tr("Due"), tr("Days"), tr("Open")});
    items_->verticalHeader()->hide();
    items_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    items_->horizontalHeader()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary_);
    layout->addWidget(items_, 1);

    const AgingRow target = row;
    runLatestInBackground<std::vector<AgingCellItem>>(
        this, loads_,
        [databasePath, options, target, bucket, scope] {
            auto db = LedgerDatabase::open(databasePath, LedgerDatabase::OpenMode::ExistingOnly);
            return agingCellItems(*db, options, target, bucket, scope);
        },
        [this, currency, target](Outcome<std::vector<AgingCellItem>> outcome) {
            if (auto* message = std::get_if<std::string>(&outcome)) {
                summary_->setText(tr("The documents could not be read: %1").arg(QString::fromStdString(*message)));
                return;
            }
            const auto& list = std::get<std::vector<AgingCellItem>>(outcome);
            const int listed = std::min(static_cast<int>(list.size()), kMaxListed);
            items_->setRowCount(listed);
            for (int r = 0; r < listed; ++r) {
                const AgingCellItem& i = list[static_cast<std::size_t>(r)];
                const QStringList cells{QString::fromStdString(i.accountNumber), QString::fromStdString(i.documentNumber),
                                        QString::fromStdString(i.documentDate.toIso()),
                                        QString::fromStdString(i.dueDate.toIso()),
                                        i.daysPastDue ? QString::number(i.daysPastDue) : QString(),
                                        moneyText(i.open.minorUnits(), i.open.currency())};
                for (int c = 0; c < cells.size(); ++c) {
                    auto* item = new QTableWidgetItem(cells[c]);
                    if (c >= 4) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                    items_->setItem(r, c, item);
                }
            }
            items_->resizeColumnsToContents();
            std::int64_t sum = 0;
            for (const AgingCellItem& i : list) sum += i.open.minorUnits();
            const QString together = moneyText(sum, target.currency);
            if (list.size() == 1)
                summary_->setText(tr("1 document in %1, %2").arg(currency, together));
            else if (listed == static_cast<int>(list.size()))
                summary_->setText(tr("%L1 documents in %2, together %3").arg(list.size()).arg(currency, together));
            else
                summary_->setText(tr("%L1 documents in %2, together %3; the largest %L4 are listed")
                                      .arg(list.size())
                                      .arg(currency, together)
                                      .arg(listed));
            emit loaded();
        });
}

} // namespace duedesk::app
