// The posting confirmation's behaviour; its layout is ui/WriteOffPostDialog.ui.
#include "app/writeoff/WriteOffPostDialog.h"

#include "ui_WriteOffPostDialog.h"

#include "app/writeoff/WriteOffModels.h"

#include "duedesk/services/WriteOffService.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

namespace duedesk::app {
namespace {
enum PostColumn { Id, Account, Customer, Amount, Approved, ColumnCount };

QTableWidgetItem* readOnly(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}
} // namespace

WriteOffPostDialog::WriteOffPostDialog(AppSession& session, std::vector<WriteOffListingRow> approved, QWidget* parent)
    : ChangeDialog(session, parent), ui_(std::make_unique<Ui::WriteOffPostDialog>()), approved_(std::move(approved)) {
    ui_->setupUi(this);
    useFrame(*ui_->changeError, *ui_->buttons);
    ui_->buttons->button(QDialogButtonBox::Ok)->setText(tr("Mark posted"));
    ui_->writeOffPostIntro->setText(
        tr("Mark these write-offs posted only once the ERP has booked them from the journal. Their open amounts "
           "close on %1; this cannot be undone.")
            .arg(QString::fromStdString(session.actor().on.toIso())));
    QTableWidget* table = ui_->writeOffPostList;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels({tr("Write-off"), tr("Account"), tr("Customer"), tr("Amount"), tr("Approved")});
    table->setRowCount(static_cast<int>(approved_.size()));
    table->verticalHeader()->hide();
    for (int row = 0; row < table->rowCount(); ++row) {
        const WriteOffListingRow& r = approved_[static_cast<std::size_t>(row)];
        auto* id = new QTableWidgetItem(QString::number(r.writeOff.id));
        id->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        id->setCheckState(Qt::Checked);
        table->setItem(row, Id, id);
        table->setItem(row, Account, readOnly(QString::fromStdString(r.accountNumber)));
        table->setItem(row, Customer, readOnly(QString::fromStdString(r.accountName)));
        auto* amount = readOnly(writeOffTotalsText(r.totals));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, Amount, amount);
        table->setItem(row, Approved,
                       readOnly(tr("%1 by %2")
                                    .arg(QString::fromStdString(r.writeOff.decidedOn ? r.writeOff.decidedOn->toIso()
                                                                                     : std::string()),
                                         QString::fromStdString(r.decidedBy))));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
}

WriteOffPostDialog::~WriteOffPostDialog() = default;

void WriteOffPostDialog::setTicked(WriteOffId id, bool ticked) {
    for (std::size_t i = 0; i < approved_.size(); ++i)
        if (approved_[i].writeOff.id == id)
            ui_->writeOffPostList->item(static_cast<int>(i), Id)->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
}

std::vector<WriteOffId> WriteOffPostDialog::ticked() const {
    std::vector<WriteOffId> ids;
    for (std::size_t i = 0; i < approved_.size(); ++i)
        if (ui_->writeOffPostList->item(static_cast<int>(i), Id)->checkState() == Qt::Checked)
            ids.push_back(approved_[i].writeOff.id);
    return ids;
}

ChangeDialog::Change WriteOffPostDialog::change() {
    return [ids = ticked(), by = session().actor()](LedgerDatabase& db) { WriteOffService(db).post(ids, by); };
}

} // namespace duedesk::app
