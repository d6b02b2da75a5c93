// WriteOffDecisionDialog: "Approve…" or "Reject…" on the Write-offs page:
// the request as the approver decides it (account, amount, reason,
// evidence, who asked and when) and, to reject, why. Written by
// WriteOffService off the UI thread, on the approver's day; what the core
// refuses (a total above the approver's limit, their own request, a
// rejection without a reason) shows in the dialog, which stays open (see
// DecisionDialog).
#pragma once

#include "app/common/DecisionDialog.h"

#include "duedesk/reports/WriteOffListing.h"

namespace duedesk::app {

class WriteOffDecisionDialog final : public DecisionDialog {
    Q_OBJECT
public:
    WriteOffDecisionDialog(AppSession& session, Decision decision, const WriteOffListingRow& request,
                           QWidget* parent = nullptr);

private:
    Change change() override;
    WriteOffId id_;
};

} // namespace duedesk::app
