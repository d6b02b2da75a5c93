// EndCommitmentDialog: "Withdraw promise…" (recorded in error or
// replaced) and "Cancel plan…" (the schedule no longer holds): from which
// day, between the day it was made and today. Written by PromiseService
// or PaymentPlanService off the UI thread as the signed-in user; the
// core's refusal shows in the error line. The layout is
// ui/EndCommitmentDialog.ui.
#pragma once

#include "app/account/ContactDialogs.h"

#include <cstdint>
#include <memory>

namespace Ui {
class EndCommitmentDialog;
}

namespace duedesk::app {

class EndCommitmentDialog final : public ChangeDialog {
    Q_OBJECT
public:
    enum class Kind { WithdrawPromise, CancelPlan };
    // `madeOn`: the day the promise was taken or the plan agreed; `what`:
    // the commitment as the user knows it ("GBP 450.50 promised for
    // 2026-07-10").
    EndCommitmentDialog(AppSession& session, Kind kind, std::int64_t id, Date madeOn, const QString& what,
                        QWidget* parent = nullptr);
    ~EndCommitmentDialog() override;

private:
    Change change() override;
    std::unique_ptr<Ui::EndCommitmentDialog> ui_;
    Kind kind_;
    std::int64_t id_;
};

} // namespace duedesk::app
