// DisputeChangeDialog: "Follow up…" on a dispute: what happened (the
// business is investigating it, it was resolved as credited or rejected,
// the customer withdrew it, or just a new owner or a note), checked by the
// core's transition rules and written by DisputeService off the UI thread.
// Closing one needs a note saying why. The layout is
// ui/DisputeChangeDialog.ui.
#pragma once

#include "app/account/ContactDialogs.h"

#include "duedesk/domain/Dispute.h"

#include <memory>

namespace Ui {
class DisputeChangeDialog;
}

namespace duedesk::app {

class DisputeChangeDialog final : public ChangeDialog {
    Q_OBJECT
public:
    DisputeChangeDialog(AppSession& session, const Dispute& dispute, QWidget* parent = nullptr);
    ~DisputeChangeDialog() override;
    // Picks what happened: a state the dispute moves to, or nothing for a
    // new owner or a note alone.
    void choose(std::optional<DisputeState> to);

private:
    std::optional<DisputeState> chosen() const;
    std::vector<FieldProblem> problems() const override;
    Change change() override;
    std::unique_ptr<Ui::DisputeChangeDialog> ui_;
    Dispute dispute_;
};

} // namespace duedesk::app
