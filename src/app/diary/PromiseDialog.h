// PromiseDialog: "Promise to pay": the amount, its currency (one the
// account owes in) and the day the money is to arrive, taken today by the
// signed-in user. Opens in the same flow as a contact logged with the
// outcome "Promise to pay". Checked with the core's promiseProblems,
// written by PromiseService off the UI thread. The layout is
// ui/PromiseDialog.ui.
#pragma once

#include "app/account/ContactDialogs.h"

#include "duedesk/domain/CommitmentRules.h"
#include "duedesk/domain/Promise.h"

#include <memory>
#include <vector>

namespace Ui {
class PromiseDialog;
}

namespace duedesk::app {

class PromiseDialog final : public ChangeDialog {
    Q_OBJECT
public:
    // `currencies`: those the account has open invoices in, the first
    // chosen; `what`: the account as the user knows it ("A1 Acme Ltd").
    PromiseDialog(AppSession& session, AccountId account, const QString& what, const std::vector<Currency>& currencies,
                  QWidget* parent = nullptr);
    ~PromiseDialog() override;
    // Fills in the amount (what is overdue in that currency), selected so
    // that typing replaces it.
    void suggestAmount(const Money& amount);
    // Opened from a contact being logged: OK hands the promise back
    // (promiseTyped) to be written with the contact, instead of writing it
    // alone; the form says when the contact's follow-up will fall.
    void returnToContact(const CommitmentTerms& terms);
    // The fields as `promise` had them (a promise typed before).
    void fillFrom(const Promise& promise);
    void accept() override;

signals:
    void promiseTyped(const duedesk::Promise& promise);

private:
    void showFollowUp();
    // The promise as typed; nothing when the amount is not a number.
    std::optional<Promise> typed(std::vector<FieldProblem>* problems = nullptr) const;
    std::vector<FieldProblem> problems() const override;
    Change change() override;
    std::unique_ptr<Ui::PromiseDialog> ui_;
    AccountId account_;
    std::optional<CommitmentTerms> toContact_;
};

} // namespace duedesk::app
