// The payment plan dialog's behaviour; its layout is ui/PaymentPlanDialog.ui.
#include "app/diary/PaymentPlanDialog.h"

#include "ui_PaymentPlanDialog.h"

#include "app/account/CommitmentModels.h"
#include "app/common/MoneyText.h"
#include "app/common/QtDate.h"

#include "duedesk/domain/CommitmentEntryRules.h"
#include "duedesk/domain/InstalmentSchedule.h"
#include "duedesk/services/DiaryService.h"
#include "duedesk/services/PaymentPlanService.h"

#include <algorithm>
#include <utility>

#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

namespace duedesk::app {
namespace {
QString q(const std::string& s) { return QString::fromStdString(s); }
QString code(const Currency& c) { return QString::fromLatin1(c.code().data(), 3); }
// The fields the core's refusals name that this form shows beside a field.
constexpr const char* kInstalments = "instalments";
constexpr const char* kInvoices = "invoices";
} // namespace

PaymentPlanDialog::PaymentPlanDialog(AppSession& session, AccountId account, const QString& what,
                                     const std::vector<Document>& openInvoices, QWidget* parent)
    : ChangeDialog(session, parent), ui_(std::make_unique<Ui::PaymentPlanDialog>()), account_(account),
      invoices_(openInvoices), refusal_(std::make_shared<std::optional<std::string>>()) {
    ui_->setupUi(this);
    useFrame(*ui_->changeError, *ui_->buttons);
    const Date today = session.actor().on;
    ui_->planAccount->setText(what);
    for (const Document& d : invoices_) {
        const QString c = code(d.openAmount.currency());
        if (ui_->planCurrency->findText(c) < 0) ui_->planCurrency->addItem(c);
    }
    ui_->planSplitCount->setMaximum(kMaxMonthlyInstalments);
    ui_->planSplitFrom->setDate(toQDate(today.addDays(7)));
    ui_->planSplitFrom->setMinimumDate(toQDate(today));
    ui_->planInstalments->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    addField(kInvoices, *ui_->planInvoices);
    // The split's own message shows only while "Fill in" cannot split.
    errorLabelOf(*ui_->planSplitAmount).hide();
    addField(kInstalments, *ui_->planInstalments);

    connect(ui_->planCurrency, &QComboBox::currentIndexChanged, this, [this] {
        showInvoices();
        suggestSplitAmount();
    });
    connect(ui_->planInvoices, &QListWidget::itemChanged, this, &PaymentPlanDialog::suggestSplitAmount);
    connect(ui_->planSplit, &QPushButton::clicked, this, &PaymentPlanDialog::split);
    connect(ui_->planAddInstalment, &QPushButton::clicked, this, [this] {
        const int n = instalmentCount();
        const Date next =
            n ? fromQDate(instalmentDue(n - 1)->date()).addMonths(1) : fromQDate(ui_->planSplitFrom->date());
        addInstalment(next, QString());
        instalmentAmount(n)->setFocus();
    });
    connect(ui_->planRemoveInstalment, &QPushButton::clicked, this, [this] {
        const int row = ui_->planInstalments->currentRow();
        if (row < 0) return;
        ui_->planInstalments->removeRow(row);
        updateTotal();
    });
    // A refusal the core names a field for shows beside it.
    connect(this, &ChangeDialog::saveFinished, this, [this](bool written) {
        if (!written) showRefusal();
    });
    showInvoices();
    suggestSplitAmount();
    split();
}

PaymentPlanDialog::~PaymentPlanDialog() = default;

QDateEdit* PaymentPlanDialog::instalmentDue(int row) const {
    return qobject_cast<QDateEdit*>(ui_->planInstalments->cellWidget(row, 0));
}

QLineEdit* PaymentPlanDialog::instalmentAmount(int row) const {
    return qobject_cast<QLineEdit*>(ui_->planInstalments->cellWidget(row, 1));
}

int PaymentPlanDialog::instalmentCount() const { return ui_->planInstalments->rowCount(); }

std::optional<Currency> PaymentPlanDialog::currency() const {
    return Currency::fromCode(ui_->planCurrency->currentText().toStdString());
}

void PaymentPlanDialog::showInvoices() {
    QListWidget* list = ui_->planInvoices;
    const QSignalBlocker quiet(list);
    list->clear();
    const auto c = currency();
    for (const Document& d : invoices_) {
        if (!c || d.openAmount.currency() != *c) continue;
        auto* item = new QListWidgetItem(
            tr("%1   due %2   %3 open")
                .arg(q(d.number), q(d.dueDate.toIso()), moneyText(d.openAmount.minorUnits(), d.openAmount.currency())),
            list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(Qt::UserRole, QVariant::fromValue<qint64>(d.id));
    }
}

void PaymentPlanDialog::suggestSplitAmount() {
    // What the plan is to pay off: the ticked invoices, or all of them.
    const auto c = currency();
    if (!c) return;
    Money ticked = Money::zero(*c);
    Money all = Money::zero(*c);
    for (const Document& d : invoices_) {
        if (d.openAmount.currency() != *c) continue;
        all += d.openAmount;
        for (int i = 0; i < ui_->planInvoices->count(); ++i) {
            const QListWidgetItem* item = ui_->planInvoices->item(i);
            if (item->checkState() == Qt::Checked && item->data(Qt::UserRole).toLongLong() == d.id)
                ticked += d.openAmount;
        }
    }
    ui_->planSplitAmount->setText(q((ticked.isPositive() ? ticked : all).toDecimalString()));
}

void PaymentPlanDialog::split() {
    QLabel& error = errorLabelOf(*ui_->planSplitAmount);
    const auto c = currency();
    std::string reason;
    const auto total =
        c ? Money::parse(ui_->planSplitAmount->text().trimmed().toStdString(), *c, &reason) : std::nullopt;
    const auto instalments =
        total ? monthlyInstalments(*total, ui_->planSplitCount->value(), fromQDate(ui_->planSplitFrom->date()))
              : std::vector<Instalment>{};
    if (instalments.empty()) {
        error.setText(
            !c      ? tr("The account owes nothing to agree a plan for.")
            : total ? tr("Amount: too small to share out in %1.").arg(instalmentsText(ui_->planSplitCount->value()))
                    : tr("Amount: %1.").arg(q(reason)));
        error.show();
        return;
    }
    error.hide();
    ui_->planInstalments->setRowCount(0);
    for (const Instalment& i : instalments) addInstalment(i.dueOn, q(i.amount.toDecimalString()));
}

void PaymentPlanDialog::addInstalment(Date dueOn, const QString& amount) {
    QTableWidget* table = ui_->planInstalments;
    const int row = table->rowCount();
    table->insertRow(row);
    auto* due = new QDateEdit(toQDate(dueOn));
    due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    due->setCalendarPopup(true);
    due->setFrame(false);
    auto* edit = new QLineEdit(amount);
    edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    edit->setFrame(false);
    edit->setPlaceholderText(tr("e.g. 250.00"));
    connect(edit, &QLineEdit::textChanged, this, &PaymentPlanDialog::updateTotal);
    table->setCellWidget(row, 0, due);
    table->setCellWidget(row, 1, edit);
    updateTotal();
}

void PaymentPlanDialog::updateTotal() {
    const auto c = currency();
    if (!c) return;
    Money total = Money::zero(*c);
    int counted = 0;
    for (int row = 0; row < instalmentCount(); ++row)
        if (const auto m = Money::parse(instalmentAmount(row)->text().trimmed().toStdString(), *c)) {
            total += *m;
            ++counted;
        }
    ui_->planTotal->setText(
        tr("Total %1 %2 in %3").arg(code(*c), moneyText(total.minorUnits(), *c), instalmentsText(counted)));
}

std::optional<PaymentPlan> PaymentPlanDialog::typed(std::vector<FieldProblem>* problems) const {
    const auto c = currency();
    if (!c) {
        if (problems) problems->push_back({kInstalments, "The account owes nothing to agree a plan for."});
        return std::nullopt;
    }
    PaymentPlan plan;
    plan.accountId = account_;
    plan.currency = *c;
    plan.agreedOn = session().actor().on;
    plan.note = ui_->planNote->text().trimmed().toStdString();
    for (int i = 0; i < ui_->planInvoices->count(); ++i)
        if (const QListWidgetItem* item = ui_->planInvoices->item(i); item->checkState() == Qt::Checked)
            plan.documents.push_back(item->data(Qt::UserRole).toLongLong());
    bool readable = true;
    for (int row = 0; row < instalmentCount(); ++row) {
        std::string reason;
        const auto amount = Money::parse(instalmentAmount(row)->text().trimmed().toStdString(), *c, &reason);
        if (!amount) {
            readable = false;
            if (problems)
                problems->push_back({kInstalments, "Instalment " + std::to_string(row + 1) + ": " + reason + "."});
            continue;
        }
        Instalment i;
        i.seq = row + 1;
        i.dueOn = fromQDate(instalmentDue(row)->date());
        i.amount = *amount;
        plan.instalments.push_back(i);
    }
    if (!readable) return std::nullopt;
    return plan;
}

std::vector<FieldProblem> PaymentPlanDialog::problems() const {
    std::vector<FieldProblem> found;
    if (const auto plan = typed(&found)) found = paymentPlanProblems(*plan, session().actor().on);
    return found;
}

ChangeDialog::Change PaymentPlanDialog::change() {
    refusal_->reset();
    return [plan = typed(), by = session().actor(), refusal = refusal_](LedgerDatabase& db) {
        try {
            PaymentPlanService(db).agree(*plan, by);
        } catch (const CommitmentRejected& e) {
            // The frame shows it as the core words it, until showRefusal
            // moves it beside its field.
            *refusal = e.what();
            throw;
        }
    };
}

void PaymentPlanDialog::showRefusal() {
    const auto refusal = std::exchange(*refusal_, std::nullopt);
    if (!refusal) return;
    const auto colon = refusal->find(": ");
    const std::string field = colon == std::string::npos ? std::string() : refusal->substr(0, colon);
    QWidget* beside = field == kInstalments ? static_cast<QWidget*>(ui_->planInstalments)
                      : field == kInvoices  ? static_cast<QWidget*>(ui_->planInvoices)
                                            : nullptr;
    if (!beside) return; // stays in the error line
    QLabel& label = errorLabelOf(*beside);
    // "instalments: they add up to ..." beside the instalments reads "They add up to ...".
    QString why = q(refusal->substr(colon + 2));
    if (!why.isEmpty()) why[0] = why[0].toUpper();
    label.setText(why);
    label.show();
    ui_->changeError->hide();
    beside->setFocus(Qt::OtherFocusReason);
}

} // namespace duedesk::app
