// CreditMemoDecisionDialog: "Approve credit memo…" or "Reject credit
// memo…" on the account's Disputes tab: the request as the team leader
// decides it and, to reject, why. Written by CreditMemoService; what the
// core refuses (their own request, a rejection without a reason) shows in
// the dialog (see DecisionDialog).
#pragma once

#include "app/common/DecisionDialog.h"

#include "duedesk/domain/CreditMemo.h"

namespace duedesk::app {

class CreditMemoDecisionDialog final : public DecisionDialog {
    Q_OBJECT
public:
    CreditMemoDecisionDialog(AppSession& session, Decision decision, const CreditMemoRequest& request,
                             QWidget* parent = nullptr);

private:
    Change change() override;
    CreditMemoId id_;
};

} // namespace duedesk::app
