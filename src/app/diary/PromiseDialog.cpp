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
#include <QLocale>

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
    ui_->promiseFollowUp->hide(); // said only when a contact's follow-up depends on it
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

void PromiseDialog::returnToContact(const CommitmentTerms& terms) {
    toContact_ = terms;
    ui_->promiseFollowUp->show();
    connect(ui_->promiseFor, &QDateEdit::dateChanged, this, &PromiseDialog::showFollowUp);
    showFollowUp();
}

void PromiseDialog::showFollowUp() {
    if (!toContact_) return;
    const Date checkOn = commitmentCheckDay(fromQDate(ui_->promiseFor->date()), *toContact_);
    ui_->promiseFollowUp->setText(
        tr("The contact's follow-up moves to %1, the day after the promise's grace period ends.")
            .arg(QLocale().toString(toQDate(checkOn), QStringLiteral("ddd d MMM yyyy"))));
}

void PromiseDialog::fillFrom(const Promise& promise) {
    suggestAmount(promise.amount);
    ui_->promiseFor->setDate(toQDate(promise.promisedFor));
    ui_->promiseNote->setText(QString::fromStdString(promise.note));
}

void PromiseDialog::accept() {
    if (!toContact_) {
        ChangeDialog::accept();
        return;
    }
    if (!checked()) return;
    const auto promise = typed();
    QDialog::accept();
    emit promiseTyped(*promise);
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
