// ReassignDialog: "Reassign…": the team leader picks the analyst who is to
// collect the chosen accounts; the dialog says how many move (and their
// open diary entries with them) before anything is written. Written by
// AccountAssignment::reassign off the UI thread as the signed-in user. The
// layout is ui/ReassignDialog.ui.
#pragma once

#include "app/account/ContactDialogs.h"

#include <memory>
#include <vector>

namespace Ui {
class ReassignDialog;
}

namespace duedesk::app {

class ReassignDialog final : public ChangeDialog {
    Q_OBJECT
public:
    // `from`: whose accounts they are, for the title, when they are one
    // analyst's; that analyst is not offered as the new one.
    ReassignDialog(AppSession& session, std::vector<AccountId> accounts, const std::optional<User>& from = {},
                   QWidget* parent = nullptr);
    ~ReassignDialog() override;
    int accountCount() const { return static_cast<int>(accounts_.size()); }

private:
    void showConfirmation();
    std::vector<FieldProblem> problems() const override;
    Change change() override;
    std::unique_ptr<Ui::ReassignDialog> ui_;
    std::vector<AccountId> accounts_;
};

} // namespace duedesk::app
