// The credit memo dialog's behaviour; its layout is ui/CreditMemoDialog.ui.
#include "app/dispute/CreditMemoDialog.h"

#include "ui_CreditMemoDialog.h"

#include "app/common/MoneyText.h"
#include "app/common/TypedAmount.h"

#include "duedesk/services/CreditMemoService.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>

namespace duedesk::app {
namespace {
enum InvoiceColumn { Invoice, Disputed, Credit, ColumnCount };

QString q(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

QString amountText(const Money& m) {
    return q(m.currency().code()) + QLatin1Char(' ') + moneyText(m.minorUnits(), m.currency());
}

// "invoices: INV-2 is listed twice" -> {"invoices", "INV-2 is listed twice."}.
FieldProblem fieldProblem(const std::string& text) {
    const auto colon = text.find(": ");
    if (colon == std::string::npos) return {"", text};
    std::string message = text.substr(colon + 2);
    if (!message.empty()) message[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(message[0])));
    return {text.substr(0, colon), message + "."};
}
} // namespace

CreditMemoDialog::CreditMemoDialog(AppSession& session, Dispute dispute, QWidget* parent)
    : ChangeDialog(session, parent), ui_(std::make_unique<Ui::CreditMemoDialog>()), dispute_(std::move(dispute)) {
    ui_->setupUi(this);
    useFrame(*ui_->changeError, *ui_->buttons);
    ui_->creditMemoDispute->setText(
        tr("Dispute %1 (%2), owner %3: %4")
            .arg(dispute_.id)
            .arg(q(disputeReasonLabel(dispute_.reason)), q(dispute_.owner), q(disputeStateLabel(dispute_.state))));
    QTableWidget* table = ui_->creditMemoInvoices;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels({tr("Invoice"), tr("Disputed"), tr("Credit")});
    table->setRowCount(static_cast<int>(dispute_.invoices.size()));
    table->verticalHeader()->hide();
    // Pre-filled from the dispute: every invoice, for all that is disputed.
    for (int row = 0; row < table->rowCount(); ++row) {
        const DisputedInvoice& d = dispute_.invoices[static_cast<std::size_t>(row)];
        auto* number = new QTableWidgetItem(QString::fromStdString(d.number));
        number->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        number->setCheckState(Qt::Checked);
        table->setItem(row, Invoice, number);
        auto* disputed = new QTableWidgetItem(amountText(d.amount));
        disputed->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        disputed->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, Disputed, disputed);
        auto* credit = new QTableWidgetItem(QString::fromStdString(d.amount.toDecimalString()));
        credit->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        credit->setToolTip(tr("Empty: all that is disputed"));
        table->setItem(row, Credit, credit);
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    addField("invoices", *ui_->creditMemoInvoices);
    addField("justification", *ui_->creditMemoJustification);
    ui_->creditMemoJustification->setFocus();
}

CreditMemoDialog::~CreditMemoDialog() = default;

void CreditMemoDialog::setInvoice(DocumentId invoice, bool ticked, const QString& amount) {
    for (std::size_t i = 0; i < dispute_.invoices.size(); ++i)
        if (dispute_.invoices[i].document == invoice) {
            const int row = static_cast<int>(i);
            ui_->creditMemoInvoices->item(row, Invoice)->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
            ui_->creditMemoInvoices->item(row, Credit)->setText(amount);
        }
}

CreditMemoRequest CreditMemoDialog::typed(std::vector<FieldProblem>* problems) const {
    CreditMemoRequest r;
    r.disputeId = dispute_.id;
    r.justification = ui_->creditMemoJustification->text().trimmed().toStdString();
    for (std::size_t i = 0; i < dispute_.invoices.size(); ++i) {
        const int row = static_cast<int>(i);
        if (ui_->creditMemoInvoices->item(row, Invoice)->checkState() != Qt::Checked) continue;
        const DisputedInvoice& d = dispute_.invoices[i];
        CreditMemoItem item{d.document, d.number, d.amount};
        // The amount is read in the invoice's currency, as shown beside it.
        const QString typedAmount = ui_->creditMemoInvoices->item(row, Credit)->text().trimmed();
        if (!typedAmount.isEmpty()) {
            const auto amount = app::typedAmount(typedAmount, d.amount.currency(), d.number, "invoices", problems);
            if (!amount) continue;
            item.amount = *amount;
        }
        r.items.push_back(item);
    }
    return r;
}

std::vector<FieldProblem> CreditMemoDialog::problems() const {
    std::vector<FieldProblem> found;
    const CreditMemoRequest r = typed(&found);
    if (!found.empty()) return found;
    for (const std::string& p : creditMemoEntryProblems(r)) found.push_back(fieldProblem(p));
    return found;
}

ChangeDialog::Change CreditMemoDialog::change() {
    return [r = typed(), by = session().actor()](LedgerDatabase& db) { CreditMemoService(db).request(r, by); };
}

} // namespace duedesk::app
