// The reassign dialog's behaviour; its layout is ui/ReassignDialog.ui.
#include "app/diary/ReassignDialog.h"

#include "ui_ReassignDialog.h"

#include "app/diary/DiaryLoads.h"

#include "duedesk/services/AccountAssignment.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

namespace duedesk::app {
namespace {
QString q(const std::string& s) { return QString::fromStdString(s); }
QString accountsText(int n) {
    return n == 1 ? ReassignDialog::tr("1 account") : ReassignDialog::tr("%1 accounts").arg(n);
}
} // namespace

ReassignDialog::ReassignDialog(AppSession& session, std::vector<AccountId> accounts, const std::optional<User>& from,
                               QWidget* parent)
    : ChangeDialog(session, parent), ui_(std::make_unique<Ui::ReassignDialog>()), accounts_(std::move(accounts)) {
    ui_->setupUi(this);
    useFrame(*ui_->changeError, *ui_->buttons);
    if (from) setWindowTitle(tr("Reassign %1's accounts").arg(q(from->fullName.empty() ? from->name : from->fullName)));
    // The people who may own accounts: a handful, read on the UI thread's
    // connection.
    QComboBox* to = ui_->reassignTo;
    for (const User& u : queueOwners(session.database())) {
        if (from && u.id == from->id) continue;
        to->addItem(u.fullName.empty() || u.fullName == u.name ? q(u.name)
                                                               : tr("%1 (%2)").arg(q(u.fullName), q(u.name)),
                    QVariant::fromValue<qint64>(u.id));
    }
    to->setCurrentIndex(-1);
    to->setPlaceholderText(tr("Choose the analyst"));
    addField("to", *to);
    connect(to, &QComboBox::currentIndexChanged, this, &ReassignDialog::showConfirmation);
    showConfirmation();
}

ReassignDialog::~ReassignDialog() = default;

void ReassignDialog::showConfirmation() {
    const QString count = accountsText(accountCount());
    QPushButton* ok = ui_->buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Reassign %1").arg(count));
    ok->setEnabled(!accounts_.empty());
    ui_->reassignSummary->setText(
        ui_->reassignTo->currentIndex() < 0
            ? tr("%1 will move, with their open follow-ups, to the analyst you choose.").arg(count)
            : tr("%1 will move, with their open follow-ups, to %2.").arg(count, ui_->reassignTo->currentText()));
}

std::vector<FieldProblem> ReassignDialog::problems() const {
    if (ui_->reassignTo->currentIndex() < 0) return {{"to", "Choose who is to collect the accounts."}};
    return {};
}

ChangeDialog::Change ReassignDialog::change() {
    const UserId to = ui_->reassignTo->currentData().toLongLong();
    return [accounts = accounts_, to, by = session().actor()](LedgerDatabase& db) {
        AccountAssignment(db).reassign(accounts, to, by);
    };
}

} // namespace duedesk::app
