// PaymentPlanDialog: "Agree a plan…": a schedule of instalments agreed
// with the customer today by the signed-in user: its currency (one the
// account owes in), optionally the invoices it settles (the account's open
// invoices in that currency), the instalments (due date and amount each;
// "Fill in" splits a total into monthly instalments with the core's
// monthlyInstalments) and a note. Checked with the core's
// paymentPlanProblems, written by PaymentPlanService off the UI thread;
// what the core refuses shows beside the instalments or the invoices. The
// layout is ui/PaymentPlanDialog.ui.
#pragma once

#include "app/account/ContactDialogs.h"

#include "duedesk/domain/Document.h"
#include "duedesk/domain/Promise.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

class QDateEdit;
class QLineEdit;

namespace Ui {
class PaymentPlanDialog;
}

namespace duedesk::app {

class PaymentPlanDialog final : public ChangeDialog {
    Q_OBJECT
public:
    // `openInvoices`: the account's invoices with something open (their
    // currencies are offered, in the order they come); `what`: the account
    // as the user knows it ("A1 Acme Ltd").
    PaymentPlanDialog(AppSession& session, AccountId account, const QString& what,
                      const std::vector<Document>& openInvoices, QWidget* parent = nullptr);
    ~PaymentPlanDialog() override;

    // The instalments table's editors of row `row` (from 0).
    QDateEdit* instalmentDue(int row) const;
    QLineEdit* instalmentAmount(int row) const;
    int instalmentCount() const;

private:
    void showInvoices();
    void suggestSplitAmount();
    void split();
    void addInstalment(Date dueOn, const QString& amount);
    void updateTotal();
    std::optional<Currency> currency() const;
    // The plan as typed; nothing when an amount is not a number (then
    // `problems` says which).
    std::optional<PaymentPlan> typed(std::vector<FieldProblem>* problems = nullptr) const;
    std::vector<FieldProblem> problems() const override;
    Change change() override;
    void showRefusal();

    std::unique_ptr<Ui::PaymentPlanDialog> ui_;
    AccountId account_;
    std::vector<Document> invoices_;
    // The core's refusal of the last save, "field: why", set on the pool
    // thread before the save finishes.
    std::shared_ptr<std::optional<std::string>> refusal_;
};

} // namespace duedesk::app
