// WriteOffRequestDialog: "Request write-off…": the account's open invoices
// to tick, each written off for its whole open amount unless a smaller one
// is typed, the reason and the evidence. Checked with the core's
// writeOffEntryProblems, written by WriteOffService::request off the UI
// thread; a refusal (more than is open, an invoice already in a pending
// write-off) shows in the form, which keeps what was typed. The layout is
// ui/WriteOffRequestDialog.ui.
#pragma once

#include "app/account/ContactDialogs.h"

#include "duedesk/domain/Document.h"
#include "duedesk/domain/WriteOff.h"

#include <memory>
#include <vector>

namespace Ui {
class WriteOffRequestDialog;
}

namespace duedesk::app {

class WriteOffRequestDialog final : public ChangeDialog {
    Q_OBJECT
public:
    // `invoices`: the account's open invoices, offered in this order;
    // `what`: the account as the user knows it ("A1  Acme Ltd").
    WriteOffRequestDialog(AppSession& session, AccountId account, const QString& what, std::vector<Document> invoices,
                          QWidget* parent = nullptr);
    ~WriteOffRequestDialog() override;
    // Ticks an invoice, writing off `amount` of it (its open amount when
    // empty, as typed otherwise).
    void tick(DocumentId invoice, const QString& amount = {});

private:
    void showTotal();
    // The request as typed; amounts that are not numbers are problems.
    WriteOff typed(std::vector<FieldProblem>* problems = nullptr) const;
    std::vector<FieldProblem> problems() const override;
    Change change() override;
    std::unique_ptr<Ui::WriteOffRequestDialog> ui_;
    AccountId account_;
    std::vector<Document> invoices_;
};

} // namespace duedesk::app
