// The refer dialog's behaviour; its layout is ui/ReferDialog.ui.
#include "app/escalation/ReferDialog.h"

#include "ui_ReferDialog.h"

#include "duedesk/services/EscalationService.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

namespace duedesk::app {
namespace {
QString q(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }
} // namespace

ReferDialog::ReferDialog(AppSession& session, AccountId account, const QString& what, const QString& balance,
                         QWidget* parent)
    : ChangeDialog(session, parent), ui_(std::make_unique<Ui::ReferDialog>()), account_(account) {
    ui_->setupUi(this);
    useFrame(*ui_->changeError, *ui_->buttons);
    ui_->referWhat->setText(what);
    ui_->referAmount->setText(tr("Amount referred: %1 (the open balance today)").arg(balance));
    for (const ReferralRecommendation r : referralRecommendations())
        ui_->referRecommendation->addItem(q(referralRecommendationLabel(r)), q(referralRecommendationName(r)));
    addField("party", *ui_->referParty);
}

ReferDialog::~ReferDialog() = default;

std::vector<FieldProblem> ReferDialog::problems() const {
    if (ui_->referParty->text().trimmed().isEmpty())
        return {{"party", "Say which agency or solicitor the account goes to."}};
    return {};
}

ChangeDialog::Change ReferDialog::change() {
    ReferralRequest request;
    request.account = account_;
    request.recommendation =
        referralRecommendationFromName(ui_->referRecommendation->currentData().toString().toStdString())
            .value_or(ReferralRecommendation::CollectionAgency);
    request.party = ui_->referParty->text().trimmed().toStdString();
    request.note = ui_->referNote->text().trimmed().toStdString();
    return [request, by = session().actor()](LedgerDatabase& db) { EscalationService(db).refer(request, by); };
}

} // namespace duedesk::app
