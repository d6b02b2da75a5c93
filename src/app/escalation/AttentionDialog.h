// AttentionDialog: "Ask for attention…": asks a team leader, chosen from
// the active ones, to look at the account, with the reason; the request
// is on that team leader's My day until answered. Written by
// EscalationService::askAttention off the UI thread as the signed-in
// user; the core's refusals show in the dialog. The layout is
// ui/AttentionDialog.ui.
#pragma once

#include "app/account/ContactDialogs.h"

#include <memory>

namespace Ui {
class AttentionDialog;
}

namespace duedesk::app {

class AttentionDialog final : public ChangeDialog {
    Q_OBJECT
public:
    // `what`: the account as the user knows it ("A1  Acme Ltd").
    AttentionDialog(AppSession& session, AccountId account, const QString& what, QWidget* parent = nullptr);
    ~AttentionDialog() override;

private:
    std::vector<FieldProblem> problems() const override;
    Change change() override;
    std::unique_ptr<Ui::AttentionDialog> ui_;
    AccountId account_;
};

} // namespace duedesk::app
