// WriteOffDecisionDialog: "Approve…" or "Reject…" on the Write-offs page:
// the request as the approver decides it (account, amount, reason,
// evidence, who asked and when) and, to reject, why. Written by
// WriteOffService off the UI thread, on the approver's day; what the core
// refuses (a total above the approver's limit, their own request, a
// rejection without a reason) shows in the dialog, which stays open. The
// layout is ui/WriteOffDecisionDialog.ui.
#pragma once

#include "app/account/ContactDialogs.h"

#include "duedesk/reports/WriteOffListing.h"

#include <memory>

namespace Ui {
class WriteOffDecisionDialog;
}

namespace duedesk::app {

class WriteOffDecisionDialog final : public ChangeDialog {
    Q_OBJECT
public:
    enum class Decision { Approve, Reject };
    WriteOffDecisionDialog(AppSession& session, Decision decision, const WriteOffListingRow& request,
                           QWidget* parent = nullptr);
    ~WriteOffDecisionDialog() override;

private:
    Change change() override;
    std::unique_ptr<Ui::WriteOffDecisionDialog> ui_;
    Decision decision_;
    WriteOffId id_;
};

} // namespace duedesk::app
