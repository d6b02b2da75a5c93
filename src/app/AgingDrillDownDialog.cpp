// The drill-down list.
#include "app/AgingDrillDownDialog.h"

#include "app/BackgroundTask.h"
#include "app/MoneyText.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace duedesk::app {

AgingDrillDownDialog::AgingDrillDownDialog(const std::string& databasePath, const AgingOptions& options,
                                           const AgingRow& row, std::optional<std::size_t> bucket,
                                           const QString& columnTitle, QWidget* parent)
    : QDialog(parent), summary_(new QLabel(tr("Loading…"), this)), items_(new QTableWidget(this)) {
    setObjectName(QStringLiteral("agingDrillDown"));
    const QString currency = QString::fromLatin1(row.currency.code().data(), 3);
    setWindowTitle(tr("%1 %2, %3 — Duedesk").arg(QString::fromStdString(row.key), currency, columnTitle));
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
    runInBackground<std::vector<AgingCellItem>>(
        this,
        [databasePath, options, target, bucket] {
            auto db = LedgerDatabase::open(databasePath, LedgerDatabase::OpenMode::ExistingOnly);
            return agingCellItems(*db, options, target, bucket);
        },
        [this, currency](Outcome<std::vector<AgingCellItem>> outcome) {
            if (auto* message = std::get_if<std::string>(&outcome)) {
                summary_->setText(tr("The documents could not be read: %1").arg(QString::fromStdString(*message)));
                return;
            }
            const auto& list = std::get<std::vector<AgingCellItem>>(outcome);
            items_->setRowCount(static_cast<int>(list.size()));
            for (int r = 0; r < static_cast<int>(list.size()); ++r) {
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
            summary_->setText(tr("%n document(s) in %1", nullptr, static_cast<int>(list.size())).arg(currency));
            emit loaded();
        });
}

} // namespace duedesk::app
