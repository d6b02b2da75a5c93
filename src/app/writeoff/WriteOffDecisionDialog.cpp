// The write-off decision's behaviour; its layout is ui/WriteOffDecisionDialog.ui.
#include "app/writeoff/WriteOffDecisionDialog.h"

#include "ui_WriteOffDecisionDialog.h"

#include "app/common/MoneyText.h"
#include "app/writeoff/WriteOffModels.h"

#include "duedesk/services/WriteOffService.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringList>

namespace duedesk::app {
namespace {
QString q(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

// "Write-off 3 on A1 Acme Ltd: GBP 450.50 (INV-2 GBP 200.00, INV-3 GBP
// 250.50). Customer insolvent: <evidence>. Requested by Alice Morgan on
// 2026-06-30."
QString summaryOf(const WriteOffListingRow& row) {
    const WriteOff& w = row.writeOff;
    QStringList items;
    for (const WriteOffItem& i : w.items)
        items << q(i.number) + QLatin1Char(' ') + q(i.amount.currency().code()) + QLatin1Char(' ') +
                     moneyText(i.amount.minorUnits(), i.amount.currency());
    return QObject::tr("Write-off %1 on %2 %3: %4 (%5).\n%6: %7\nRequested by %8 on %9.")
        .arg(w.id)
        .arg(q(row.accountNumber), q(row.accountName), writeOffTotalsText(row.totals), items.join(QStringLiteral(", ")),
             q(writeOffReasonLabel(w.reason)), q(w.evidence), q(row.requester), q(w.requestedOn.toIso()));
}
} // namespace

WriteOffDecisionDialog::WriteOffDecisionDialog(AppSession& session, Decision decision,
                                               const WriteOffListingRow& request, QWidget* parent)
    : ChangeDialog(session, parent), ui_(std::make_unique<Ui::WriteOffDecisionDialog>()), decision_(decision),
      id_(request.writeOff.id) {
    ui_->setupUi(this);
    useFrame(*ui_->changeError, *ui_->buttons);
    ui_->writeOffDecisionSummary->setText(summaryOf(request));
    const bool rejecting = decision_ == Decision::Reject;
    setWindowTitle(rejecting ? tr("Reject write-off %1").arg(id_) : tr("Approve write-off %1").arg(id_));
    ui_->buttons->button(QDialogButtonBox::Ok)->setText(rejecting ? tr("Reject") : tr("Approve"));
    ui_->writeOffRejectionLabel->setVisible(rejecting);
    ui_->writeOffRejection->setVisible(rejecting);
    // The core says what a rejection lacks ("reason: ..."); the label
    // beside the field is the form's, for the frame to manage.
    if (rejecting)
        addField("reason", *ui_->writeOffRejection);
    else
        ui_->writeOffRejectionError->hide();
}

WriteOffDecisionDialog::~WriteOffDecisionDialog() = default;

ChangeDialog::Change WriteOffDecisionDialog::change() {
    const Actor by = session().actor();
    if (decision_ == Decision::Approve)
        return [id = id_, by](LedgerDatabase& db) { WriteOffService(db).approve(id, by); };
    return [id = id_, reason = ui_->writeOffRejection->text().trimmed().toStdString(), by](LedgerDatabase& db) {
        WriteOffService(db).reject(id, reason, by);
    };
}

} // namespace duedesk::app
