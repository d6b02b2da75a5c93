// CreditMemoDialog: "Request credit memo…" on a dispute: its invoices,
// ticked, each for what is disputed on it unless a smaller amount is
// typed, and the justification. Checked with the core's
// creditMemoEntryProblems, written by CreditMemoService off the UI thread.
// The layout is ui/CreditMemoDialog.ui.
#pragma once

#include "app/account/ContactDialogs.h"

#include "duedesk/domain/CreditMemo.h"
#include "duedesk/domain/Dispute.h"

#include <memory>

namespace Ui {
class CreditMemoDialog;
}

namespace duedesk::app {

class CreditMemoDialog final : public ChangeDialog {
    Q_OBJECT
public:
    CreditMemoDialog(AppSession& session, Dispute dispute, QWidget* parent = nullptr);
    ~CreditMemoDialog() override;
    // Ticks or clears an invoice, crediting `amount` of it (what is
    // disputed when empty).
    void setInvoice(DocumentId invoice, bool ticked, const QString& amount = {});

private:
    // The request as typed; amounts that are not numbers are problems.
    CreditMemoRequest typed(std::vector<FieldProblem>* problems = nullptr) const;
    std::vector<FieldProblem> problems() const override;
    Change change() override;
    std::unique_ptr<Ui::CreditMemoDialog> ui_;
    Dispute dispute_;
};

} // namespace duedesk::app
