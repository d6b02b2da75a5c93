// The promise dialog's behaviour; its layout is ui/PromiseDialog.ui.
#include "app/diary/PromiseDialog.h"

#include "ui_PromiseDialog.h"

#include "app/common/QtDate.h"

#include "duedesk/domain/CommitmentEntryRules.h"
#include "duedesk/services/PromiseService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>

namespace duedesk::app {

PromiseDialog::PromiseDialog(AppSession& session, AccountId account, const QString& what,
                             const std::vector<Currency>& currencies, QWidget* parent)
    : ChangeDialog(session, parent), ui_(std::make_unique<Ui::PromiseDialog>()), account_(account) {
    ui_->setupUi(this);
    const Date today = session.actor().on;
    // The frame's date is the day promised: from today to the horizon.
    useFrame(*ui_->promiseFor, tr("promised date"), DateRange{today, today.addDays(kPromiseHorizonDays)},
             *ui_->changeError, *ui_->buttons);
    ui_->promiseFor->setDate(toQDate(today.addDays(7)));
    ui_->promiseAccount->setText(what);
    for (const Currency& c : currencies) ui_->promiseCurrency->addItem(QString::fromLatin1(c.code().data(), 3));
    addField("amount", *ui_->promiseAmount);
    addField("promisedFor", *ui_->promiseFor);
    ui_->promiseAmount->setFocus();
}

PromiseDialog::~PromiseDialog() = default;

void PromiseDialog::suggestAmount(const Money& amount) {
    const int index = ui_->promiseCurrency->findText(QString::fromLatin1(amount.currency().code().data(), 3));
    if (index < 0) return;
    ui_->promiseCurrency->setCurrentIndex(index);
    ui_->promiseAmount->setText(QString::fromStdString(amount.toDecimalString()));
    ui_->promiseAmount->selectAll();
}

std::optional<Promise> PromiseDialog::typed(std::vector<FieldProblem>* problems) const {
    const auto currency = Currency::fromCode(ui_->promiseCurrency->currentText().toStdString());
    std::string reason;
    const auto amount =
        currency ? Money::parse(ui_->promiseAmount->text().trimmed().toStdString(), *currency, &reason) : std::nullopt;
    if (!amount) {
        if (problems)
            problems->push_back(
                {"amount", currency ? "Amount: " + reason + "." : "The account owes nothing to promise."});
        return std::nullopt;
    }
    Promise p;
    p.accountId = account_;
    p.amount = *amount;
    p.promisedFor = fromQDate(ui_->promiseFor->date());
    p.takenOn = session().actor().on;
    p.note = ui_->promiseNote->text().trimmed().toStdString();
    return p;
}

std::vector<FieldProblem> PromiseDialog::problems() const {
    std::vector<FieldProblem> found;
    if (const auto p = typed(&found)) found = promiseProblems(*p, session().actor().on);
    return found;
}

ChangeDialog::Change PromiseDialog::change() {
    return [p = typed(), by = session().actor()](LedgerDatabase& db) { PromiseService(db).take(*p, by); };
}

} // namespace duedesk::app
