// HoldDialog: "Pause chasing…": an account leaves the worklist from today
// until a day, for a reason (one of suggestedHoldReasons() or any text).
// Checked with the core's holdProblems, written by DiaryService::placeHold
// off the UI thread as the signed-in user. The layout is ui/HoldDialog.ui.
#pragma once

#include "app/account/ContactDialogs.h"

#include "duedesk/domain/Diary.h"

#include <memory>

namespace Ui {
class HoldDialog;
}

namespace duedesk::app {

class HoldDialog final : public ChangeDialog {
    Q_OBJECT
public:
    // `what`: the account as the user knows it ("A1 Acme Ltd").
    HoldDialog(AppSession& session, AccountId account, const QString& what, QWidget* parent = nullptr);
    ~HoldDialog() override;

private:
    Hold typed() const;
    std::vector<FieldProblem> problems() const override;
    Change change() override;
    std::unique_ptr<Ui::HoldDialog> ui_;
    AccountId account_;
};

} // namespace duedesk::app
