// The attention dialog's behaviour; its layout is ui/AttentionDialog.ui.
#include "app/escalation/AttentionDialog.h"

#include "ui_AttentionDialog.h"

#include "duedesk/services/EscalationService.h"
#include "duedesk/storage/UserRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

namespace duedesk::app {

AttentionDialog::AttentionDialog(AppSession& session, AccountId account, const QString& what, QWidget* parent)
    : ChangeDialog(session, parent), ui_(std::make_unique<Ui::AttentionDialog>()), account_(account) {
    ui_->setupUi(this);
    useFrame(*ui_->changeError, *ui_->buttons);
    ui_->attentionWhat->setText(what);
    // The team leaders who may answer, the one asking left out.
    for (const User& u : session.database().users().all())
        if (u.role == Role::TeamLeader && u.active && u.id != session.user().id)
            ui_->attentionLeader->addItem(
                QStringLiteral("%1 (%2)").arg(QString::fromStdString(u.fullName), QString::fromStdString(u.name)),
                QVariant::fromValue<qint64>(u.id));
    addField("team leader", *ui_->attentionLeader);
    addField("reason", *ui_->attentionReason);
}

AttentionDialog::~AttentionDialog() = default;

std::vector<FieldProblem> AttentionDialog::problems() const {
    std::vector<FieldProblem> found;
    if (ui_->attentionLeader->currentIndex() < 0) found.push_back({"team leader", "There is no team leader to ask."});
    if (ui_->attentionReason->text().trimmed().isEmpty())
        found.push_back({"reason", "Say what needs the team leader's attention."});
    return found;
}

ChangeDialog::Change AttentionDialog::change() {
    return [account = account_, leader = static_cast<UserId>(ui_->attentionLeader->currentData().toLongLong()),
            reason = ui_->attentionReason->text().trimmed().toStdString(), by = session().actor()](LedgerDatabase& db) {
        EscalationService(db).askAttention(account, leader, reason, by);
    };
}

} // namespace duedesk::app
