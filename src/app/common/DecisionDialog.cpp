// The decision's frame; its layout is ui/DecisionDialog.ui.
#include "app/common/DecisionDialog.h"

#include "ui_DecisionDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace duedesk::app {

DecisionDialog::DecisionDialog(AppSession& session, Decision decision, const Wording& wording, QWidget* parent)
    : ChangeDialog(session, parent), ui_(std::make_unique<Ui::DecisionDialog>()), decision_(decision) {
    ui_->setupUi(this);
    useFrame(*ui_->changeError, *ui_->buttons);
    ui_->decisionSummary->setText(wording.summary);
    setWindowTitle(wording.title);
    const bool rejecting = decision_ == Decision::Reject;
    ui_->buttons->button(QDialogButtonBox::Ok)->setText(rejecting ? tr("Reject") : tr("Approve"));
    ui_->decisionReasonLabel->setVisible(rejecting);
    ui_->decisionReason->setVisible(rejecting);
    ui_->decisionReason->setPlaceholderText(wording.reasonHint);
    // The core says what a rejection lacks ("reason: ..."); the label
    // beside the field is the form's, for the frame to manage.
    if (rejecting)
        addField("reason", *ui_->decisionReason);
    else
        ui_->decisionReasonError->hide();
}

DecisionDialog::~DecisionDialog() = default;

std::string DecisionDialog::reason() const { return ui_->decisionReason->text().trimmed().toStdString(); }

} // namespace duedesk::app
