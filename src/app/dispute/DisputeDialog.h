// DisputeDialog: "Raise a dispute…": the reason (its service level says by
// when it is to be resolved), who must resolve it, the invoices it covers
// (ticked from the account's open invoices, each for its whole open
// amount unless a smaller one is typed) and a note. Checked with the
// core's disputeEntryProblems, written by DisputeService off the UI thread.
// The layout is ui/DisputeDialog.ui.
#pragma once

#include "app/account/ContactDialogs.h"

#include "duedesk/domain/Dispute.h"
#include "duedesk/domain/Document.h"

#include <memory>
#include <vector>

namespace Ui {
class DisputeDialog;
}

namespace duedesk::app {

class DisputeDialog final : public ChangeDialog {
    Q_OBJECT
public:
    // `invoices`: the account's open invoices, offered in this order;
    // `what`: the account as the user knows it ("A1  Acme Ltd").
    DisputeDialog(AppSession& session, AccountId account, const QString& what, std::vector<Document> invoices,
                  QWidget* parent = nullptr);
    ~DisputeDialog() override;
    // Ticks an invoice, disputing `amount` of it (its open amount when
    // empty, as typed otherwise).
    void tick(DocumentId invoice, const QString& amount = {});

private:
    void showDueDate();
    // The dispute as typed; amounts that are not numbers are problems.
    Dispute typed(std::vector<FieldProblem>* problems = nullptr) const;
    std::vector<FieldProblem> problems() const override;
    Change change() override;
    std::unique_ptr<Ui::DisputeDialog> ui_;
    AccountId account_;
    std::vector<Document> invoices_;
    DisputeServiceLevels levels_;
};

} // namespace duedesk::app
