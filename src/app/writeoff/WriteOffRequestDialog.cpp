// The write-off request's behaviour; its layout is ui/WriteOffRequestDialog.ui.
#include "app/writeoff/WriteOffRequestDialog.h"

#include "ui_WriteOffRequestDialog.h"

#include "app/common/MoneyText.h"
#include "app/common/TypedAmount.h"
#include "app/writeoff/WriteOffModels.h"

#include "duedesk/services/WriteOffService.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>

#include <algorithm>

namespace duedesk::app {
namespace {
enum InvoiceColumn { Invoice, Due, Open, WrittenOff, ColumnCount };

QString q(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

QString amountText(const Money& m) {
    return q(m.currency().code()) + QLatin1Char(' ') + moneyText(m.minorUnits(), m.currency());
}

// "documents: INV-2 is listed twice" -> {"documents", "INV-2 is listed twice."}.
FieldProblem fieldProblem(const std::string& text) {
    const auto colon = text.find(": ");
    if (colon == std::string::npos) return {"", text};
    return {text.substr(0, colon), refusalSentence(text).toStdString()};
}
} // namespace

WriteOffRequestDialog::WriteOffRequestDialog(AppSession& session, AccountId account, const QString& what,
                                             std::vector<Document> invoices, QWidget* parent)
    : ChangeDialog(session, parent), ui_(std::make_unique<Ui::WriteOffRequestDialog>()), account_(account),
      invoices_(std::move(invoices)) {
    ui_->setupUi(this);
    useFrame(*ui_->changeError, *ui_->buttons);
    ui_->writeOffAccount->setText(what);
    for (const WriteOffReason r : writeOffReasons())
        ui_->writeOffReason->addItem(q(writeOffReasonLabel(r)), q(writeOffReasonName(r)));

    QTableWidget* table = ui_->writeOffInvoices;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels({tr("Invoice"), tr("Due"), tr("Open"), tr("Write off")});
    table->setRowCount(static_cast<int>(invoices_.size()));
    table->verticalHeader()->hide();
    for (int row = 0; row < table->rowCount(); ++row) {
        const Document& d = invoices_[static_cast<std::size_t>(row)];
        auto* number = new QTableWidgetItem(QString::fromStdString(d.number));
        number->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        number->setCheckState(Qt::Unchecked);
        table->setItem(row, Invoice, number);
        auto* due = new QTableWidgetItem(QString::fromStdString(d.dueDate.toIso()));
        due->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        table->setItem(row, Due, due);
        auto* open = new QTableWidgetItem(amountText(d.openAmount));
        open->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        open->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, Open, open);
        // The whole open amount unless the user lowers it, as Money::parse
        // reads it back ("1250.00").
        auto* amount = new QTableWidgetItem(QString::fromStdString(d.openAmount.toDecimalString()));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        amount->setToolTip(tr("What is written off: at most what is open"));
        table->setItem(row, WrittenOff, amount);
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    connect(table, &QTableWidget::itemChanged, this, &WriteOffRequestDialog::showTotal);
    addField("documents", *ui_->writeOffInvoices);
    addField("evidence", *ui_->writeOffEvidence);
    showTotal();
    ui_->writeOffInvoices->setFocus();
}

WriteOffRequestDialog::~WriteOffRequestDialog() = default;

void WriteOffRequestDialog::tick(DocumentId invoice, const QString& amount) {
    for (std::size_t i = 0; i < invoices_.size(); ++i)
        if (invoices_[i].id == invoice) {
            const int row = static_cast<int>(i);
            ui_->writeOffInvoices->item(row, Invoice)->setCheckState(Qt::Checked);
            if (!amount.isEmpty()) ui_->writeOffInvoices->item(row, WrittenOff)->setText(amount);
        }
}

void WriteOffRequestDialog::showTotal() {
    std::vector<Money> totals;
    for (const WriteOffItem& i : typed().items) {
        auto same = std::find_if(totals.begin(), totals.end(),
                                 [&](const Money& m) { return m.currency() == i.amount.currency(); });
        if (same == totals.end())
            totals.push_back(i.amount);
        else
            *same += i.amount;
    }
    ui_->writeOffTotal->setText(totals.empty() ? tr("Nothing ticked yet.")
                                               : tr("To write off: %1").arg(writeOffTotalsText(totals)));
}

WriteOff WriteOffRequestDialog::typed(std::vector<FieldProblem>* problems) const {
    WriteOff w;
    w.accountId = account_;
    w.reason = writeOffReasonFromName(ui_->writeOffReason->currentData().toString().toStdString())
                   .value_or(WriteOffReason::Other);
    w.evidence = ui_->writeOffEvidence->text().trimmed().toStdString();
    for (std::size_t i = 0; i < invoices_.size(); ++i) {
        const int row = static_cast<int>(i);
        const QTableWidgetItem* ticked = ui_->writeOffInvoices->item(row, Invoice);
        const QTableWidgetItem* typedAmount = ui_->writeOffInvoices->item(row, WrittenOff);
        if (!ticked || !typedAmount || ticked->checkState() != Qt::Checked) continue;
        const Document& doc = invoices_[i];
        WriteOffItem item;
        item.document = doc.id;
        item.number = doc.number;
        const auto amount =
            app::typedAmount(typedAmount->text(), doc.openAmount.currency(), doc.number, "documents", problems);
        if (!amount) continue;
        item.amount = *amount;
        w.items.push_back(item);
    }
    return w;
}

std::vector<FieldProblem> WriteOffRequestDialog::problems() const {
    std::vector<FieldProblem> found;
    const WriteOff w = typed(&found);
    if (!found.empty()) return found;
    for (const std::string& p : writeOffEntryProblems(w)) found.push_back(fieldProblem(p));
    return found;
}

ChangeDialog::Change WriteOffRequestDialog::change() {
    return [w = typed(), by = session().actor()](LedgerDatabase& db) { WriteOffService(db).request(w, by); };
}

} // namespace duedesk::app
