// DecisionDialog: approving or rejecting a request someone else made (a
// write-off, a credit memo): what it is and, to reject, why. Written off
// the UI thread by the subclass's change(); what the core refuses (above
// the approver's limit, their own request, a rejection without a reason)
// shows in the dialog, which stays open. The layout is ui/DecisionDialog.ui.
#pragma once

#include "app/account/ContactDialogs.h"

#include <memory>

namespace Ui {
class DecisionDialog;
}

namespace duedesk::app {

class DecisionDialog : public ChangeDialog {
    Q_OBJECT
public:
    enum class Decision { Approve, Reject };
    ~DecisionDialog() override;

protected:
    struct Wording {
        QString title; // "Approve write-off 3"
        QString summary; // what is decided, as the approver reads it
        QString reasonHint; // the reason field's placeholder
    };
    DecisionDialog(AppSession& session, Decision decision, const Wording& wording, QWidget* parent);
    Decision decision() const { return decision_; }
    // The reason typed, trimmed (empty unless rejecting).
    std::string reason() const;

private:
    std::unique_ptr<Ui::DecisionDialog> ui_;
    Decision decision_;
};

} // namespace duedesk::app
