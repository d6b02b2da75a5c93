// The dispute follow-up dialog's behaviour; its layout is
// ui/DisputeChangeDialog.ui.
#include "app/dispute/DisputeChangeDialog.h"

#include "ui_DisputeChangeDialog.h"

#include "app/dispute/DisputeModels.h"

#include "duedesk/domain/DisputeRules.h"
#include "duedesk/services/DisputeService.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

namespace duedesk::app {
namespace {
QString q(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }
// The combo's value for "no new state": a new owner or a note alone.
const QString kNoStateChange = QStringLiteral("note");
} // namespace

DisputeChangeDialog::DisputeChangeDialog(AppSession& session, const Dispute& dispute, QWidget* parent)
    : ChangeDialog(session, parent), ui_(std::make_unique<Ui::DisputeChangeDialog>()), dispute_(dispute) {
    ui_->setupUi(this);
    useFrame(*ui_->changeError, *ui_->buttons);
    QStringList numbers;
    for (const DisputedInvoice& inv : dispute.invoices) numbers << QString::fromStdString(inv.number);
    ui_->disputeWhat->setText(tr("%1 on %2, raised %3: %4")
                                  .arg(q(disputeReasonLabel(dispute.reason)), numbers.join(QStringLiteral(", ")),
                                       QString::fromStdString(dispute.raisedOn.toIso()),
                                       disputeStateText(dispute.state).toLower()));
    // Only the moves the core allows from where the dispute is now.
    for (const DisputeState to : disputeStates())
        if (!disputeTransitionProblem(dispute.state, to))
            ui_->disputeAction->addItem(disputeStateText(to), q(disputeStateName(to)));
    ui_->disputeAction->addItem(tr("A new owner or a note only"), kNoStateChange);
    ui_->disputeNewOwner->setText(QString::fromStdString(dispute.owner));
    // A dispute closes with its owner as it is: the owner changes while it
    // is followed up.
    const auto followChoice = [this] {
        const auto to = chosen();
        const bool closing = to && !isActive(*to);
        if (closing) ui_->disputeNewOwner->setText(QString::fromStdString(dispute_.owner));
        ui_->disputeNewOwner->setEnabled(!closing);
    };
    connect(ui_->disputeAction, &QComboBox::currentIndexChanged, this, followChoice);
    followChoice();
    addField("owner", *ui_->disputeNewOwner);
    addField("note", *ui_->disputeChangeNote);
    ui_->disputeAction->setFocus();
}

DisputeChangeDialog::~DisputeChangeDialog() = default;

void DisputeChangeDialog::choose(std::optional<DisputeState> to) {
    const int at = ui_->disputeAction->findData(to ? q(disputeStateName(*to)) : kNoStateChange);
    if (at >= 0) ui_->disputeAction->setCurrentIndex(at);
}

std::optional<DisputeState> DisputeChangeDialog::chosen() const {
    return disputeStateFromName(ui_->disputeAction->currentData().toString().toStdString());
}

std::vector<FieldProblem> DisputeChangeDialog::problems() const {
    std::vector<FieldProblem> found;
    const std::string owner = ui_->disputeNewOwner->text().trimmed().toStdString();
    const std::string note = ui_->disputeChangeNote->text().trimmed().toStdString();
    const auto to = chosen();
    if (owner.empty()) found.push_back({"owner", "Say who must resolve the dispute."});
    if (to && !isActive(*to) && note.empty())
        found.push_back({"note", "A note is required to close a dispute: say why."});
    if (!to && owner == dispute_.owner && note.empty())
        found.push_back({"note", "Nothing changes: give the dispute a new owner or a note."});
    return found;
}

ChangeDialog::Change DisputeChangeDialog::change() {
    DisputeUpdate update;
    update.state = chosen();
    const std::string owner = ui_->disputeNewOwner->text().trimmed().toStdString();
    if (owner != dispute_.owner) update.owner = owner;
    update.note = ui_->disputeChangeNote->text().trimmed().toStdString();
    return [id = dispute_.id, update, by = session().actor()](LedgerDatabase& db) {
        DisputeService service(db);
        // Credited, rejected and withdrawn close it; investigating, a new
        // owner and a note follow it up.
        if (update.state && !isActive(*update.state)) {
            service.resolve(id, *update.state, update.note, by);
        } else {
            service.update(id, update, by);
        }
    };
}

} // namespace duedesk::app
