// The withdraw/cancel dialog's behaviour; its layout is
// ui/EndCommitmentDialog.ui.
#include "app/diary/EndCommitmentDialog.h"

#include "ui_EndCommitmentDialog.h"

#include "duedesk/services/DiaryService.h"
#include "duedesk/services/PaymentPlanService.h"
#include "duedesk/services/PromiseService.h"

#include <algorithm>

#include <QDateEdit>
#include <QLabel>

namespace duedesk::app {

EndCommitmentDialog::EndCommitmentDialog(AppSession& session, Kind kind, std::int64_t id, Date madeOn,
                                         const QString& what, QWidget* parent)
    : ChangeDialog(session, parent), ui_(std::make_unique<Ui::EndCommitmentDialog>()), kind_(kind), id_(id) {
    ui_->setupUi(this);
    const Date today = session.actor().on;
    const bool promise = kind == Kind::WithdrawPromise;
    setWindowTitle(promise ? tr("Withdraw promise") : tr("Cancel payment plan"));
    ui_->endCommitmentWhat->setText(
        promise ? tr("Withdraw the promise %1. It stays in the account's history and no longer counts.").arg(what)
                : tr("Cancel the payment plan %1. It stays in the account's history and no longer counts; its "
                     "invoices may go into a new plan.")
                      .arg(what));
    ui_->endCommitmentOnLabel->setText(promise ? tr("&Withdrawn on:") : tr("&Cancelled on:"));
    // The core takes a day from the one it was made to today.
    useFrame(*ui_->endCommitmentOn, promise ? tr("withdrawal date") : tr("cancellation date"),
             DateRange{std::min(madeOn, today), today}, *ui_->changeError, *ui_->buttons);
    addField("date", *ui_->endCommitmentOn);
}

EndCommitmentDialog::~EndCommitmentDialog() = default;

ChangeDialog::Change EndCommitmentDialog::change() {
    return [kind = kind_, id = id_, on = effectiveOn(), by = session().actor()](LedgerDatabase& db) {
        if (kind == Kind::WithdrawPromise)
            PromiseService(db).withdraw(id, on, by);
        else
            PaymentPlanService(db).cancel(id, on, by);
    };
}

} // namespace duedesk::app
