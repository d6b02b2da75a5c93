// The dispute dialog's behaviour; its layout is ui/DisputeDialog.ui.
#include "app/dispute/DisputeDialog.h"

#include "ui_DisputeDialog.h"

#include "app/common/MoneyText.h"
#include "app/common/QtDate.h"
#include "app/common/TypedAmount.h"

#include "duedesk/domain/DisputeRules.h"
#include "duedesk/services/DisputeService.h"
#include "duedesk/storage/SettingsRepository.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableWidget>

namespace duedesk::app {
namespace {
enum InvoiceColumn { Invoice, Due, Open, Disputed, ColumnCount };

QString q(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

// "invoices: INV-2 is listed twice" -> {"invoices", "INV-2 is listed twice"}.
FieldProblem fieldProblem(const std::string& text) {
    const auto colon = text.find(": ");
    if (colon == std::string::npos) return {"", text};
    std::string message = text.substr(colon + 2);
    if (!message.empty()) message[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(message[0])));
    return {text.substr(0, colon), message + "."};
}
} // namespace

DisputeDialog::DisputeDialog(AppSession& session, AccountId account, const QString& what,
                             std::vector<Document> invoices, QWidget* parent)
    : ChangeDialog(session, parent), ui_(std::make_unique<Ui::DisputeDialog>()), account_(account),
      invoices_(std::move(invoices)) {
    ui_->setupUi(this);
    useFrame(*ui_->changeError, *ui_->buttons);
    ui_->disputeAccount->setText(what);
    levels_ = readDisputeServiceLevels(session.database().settings());
    for (const DisputeReason r : disputeReasons())
        ui_->disputeReason->addItem(q(disputeReasonLabel(r)), q(disputeReasonName(r)));
    connect(ui_->disputeReason, &QComboBox::currentIndexChanged, this, &DisputeDialog::showDueDate);
    showDueDate();

    QTableWidget* table = ui_->disputeInvoices;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels({tr("Invoice"), tr("Due"), tr("Open"), tr("Disputed amount")});
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
        auto* open = new QTableWidgetItem(q(d.openAmount.currency().code()) + QLatin1Char(' ') +
                                          moneyText(d.openAmount.minorUnits(), d.openAmount.currency()));
        open->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        open->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, Open, open);
        auto* amount = new QTableWidgetItem();
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        amount->setToolTip(tr("Empty: the whole open amount"));
        table->setItem(row, Disputed, amount);
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    addField("owner", *ui_->disputeOwner);
    addField("invoices", *ui_->disputeInvoices);
    ui_->disputeReason->setFocus();
}

DisputeDialog::~DisputeDialog() = default;

void DisputeDialog::tick(DocumentId invoice, const QString& amount) {
    for (std::size_t i = 0; i < invoices_.size(); ++i)
        if (invoices_[i].id == invoice) {
            const int row = static_cast<int>(i);
            ui_->disputeInvoices->item(row, Invoice)->setCheckState(Qt::Checked);
            ui_->disputeInvoices->item(row, Disputed)->setText(amount);
        }
}

void DisputeDialog::showDueDate() {
    const auto reason = disputeReasonFromName(ui_->disputeReason->currentData().toString().toStdString());
    if (!reason) return;
    const Date today = session().actor().on;
    ui_->disputeDue->setText(
        tr("To be resolved by %1 (%2 days for this reason).")
            .arg(QLocale().toString(toQDate(disputeDueDate(today, *reason, levels_)), QStringLiteral("ddd d MMM yyyy")))
            .arg(levels_.daysFor(*reason)));
}

Dispute DisputeDialog::typed(std::vector<FieldProblem>* problems) const {
    Dispute d;
    d.accountId = account_;
    d.reason = disputeReasonFromName(ui_->disputeReason->currentData().toString().toStdString())
                   .value_or(DisputeReason::Other);
    d.owner = ui_->disputeOwner->text().trimmed().toStdString();
    d.note = ui_->disputeNote->text().trimmed().toStdString();
    d.raisedOn = session().actor().on;
    for (std::size_t i = 0; i < invoices_.size(); ++i) {
        const int row = static_cast<int>(i);
        if (ui_->disputeInvoices->item(row, Invoice)->checkState() != Qt::Checked) continue;
        const Document& doc = invoices_[i];
        DisputedInvoice inv;
        inv.document = doc.id;
        inv.number = doc.number;
        inv.amount = doc.openAmount;
        const QString typedAmount = ui_->disputeInvoices->item(row, Disputed)->text().trimmed();
        if (!typedAmount.isEmpty()) {
            const auto amount =
                app::typedAmount(typedAmount, doc.openAmount.currency(), doc.number, "invoices", problems);
            if (!amount) continue;
            inv.amount = *amount;
        }
        d.invoices.push_back(inv);
    }
    return d;
}

std::vector<FieldProblem> DisputeDialog::problems() const {
    std::vector<FieldProblem> found;
    const Dispute d = typed(&found);
    if (!found.empty()) return found;
    for (const std::string& p : disputeEntryProblems(d)) found.push_back(fieldProblem(p));
    return found;
}

ChangeDialog::Change DisputeDialog::change() {
    return [d = typed(), by = session().actor()](LedgerDatabase& db) { DisputeService(db).open(d, by); };
}

} // namespace duedesk::app
