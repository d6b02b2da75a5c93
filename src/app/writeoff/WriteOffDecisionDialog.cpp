// The write-off decision: what the approver reads and what is written.
#include "app/writeoff/WriteOffDecisionDialog.h"

#include "app/common/MoneyText.h"
#include "app/writeoff/WriteOffModels.h"

#include "duedesk/services/WriteOffService.h"

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
    : DecisionDialog(session, decision,
                     {decision == Decision::Reject ? tr("Reject write-off %1").arg(request.writeOff.id)
                                                   : tr("Approve write-off %1").arg(request.writeOff.id),
                      summaryOf(request), tr("e.g. the customer paid part on 2 July; chase the rest")},
                     parent),
      id_(request.writeOff.id) {}

ChangeDialog::Change WriteOffDecisionDialog::change() {
    const Actor by = session().actor();
    if (decision() == Decision::Approve)
        return [id = id_, by](LedgerDatabase& db) { WriteOffService(db).approve(id, by); };
    return [id = id_, reason = reason(), by](LedgerDatabase& db) { WriteOffService(db).reject(id, reason, by); };
}

} // namespace duedesk::app
