// ReferDialog: "Refer…": hands the account to a collection agency or a
// solicitor with the team's recommendation; the amount referred is its
// open balance, shown. Checked before writing (the party is required) and
// written by EscalationService::refer off the UI thread as the signed-in
// user; the core's refusals (an open referral already, a role that may
// not refer) show in the dialog. The layout is ui/ReferDialog.ui.
#pragma once

#include "app/account/ContactDialogs.h"

#include "duedesk/domain/CurrencyTotals.h"
#include "duedesk/domain/Escalation.h"

#include <memory>

namespace Ui {
class ReferDialog;
}

namespace duedesk::app {

class ReferDialog final : public ChangeDialog {
    Q_OBJECT
public:
    // `what`: the account as the user knows it ("A1  Acme Ltd"); `balance`
    // what it owes now, per currency.
    ReferDialog(AppSession& session, AccountId account, const QString& what, const QString& balance,
                QWidget* parent = nullptr);
    ~ReferDialog() override;

private:
    std::vector<FieldProblem> problems() const override;
    Change change() override;
    std::unique_ptr<Ui::ReferDialog> ui_;
    AccountId account_;
};

} // namespace duedesk::app
