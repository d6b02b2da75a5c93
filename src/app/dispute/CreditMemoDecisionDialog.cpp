// The credit memo decision: what the team leader reads and what is written.
#include "app/dispute/CreditMemoDecisionDialog.h"

#include "duedesk/services/CreditMemoService.h"

#include <QStringList>

namespace duedesk::app {
namespace {
QString q(const std::string& s) { return QString::fromStdString(s); }

// "CMR-000001 on dispute 4: GBP 370.50 (INV-1 GBP 120.00, INV-3 GBP
// 250.50).\nJustification: <text>\nRequested on 2026-07-03."
QString summaryOf(const CreditMemoRequest& r) {
    QStringList items;
    for (const CreditMemoItem& i : r.items)
        items << q(i.number) + QLatin1Char(' ') + q(std::string(i.amount.currency().code())) + QLatin1Char(' ') +
                     q(i.amount.toGroupedString());
    const Money total = r.total();
    return QObject::tr("%1 on dispute %2: %3 %4 (%5).\nJustification: %6\nRequested on %7.")
        .arg(q(creditMemoNumber(r.id)))
        .arg(r.disputeId)
        .arg(q(std::string(total.currency().code())), q(total.toGroupedString()), items.join(QStringLiteral(", ")),
             q(r.justification), q(r.requestedOn.toIso()));
}
} // namespace

CreditMemoDecisionDialog::CreditMemoDecisionDialog(AppSession& session, Decision decision,
                                                   const CreditMemoRequest& request, QWidget* parent)
    : DecisionDialog(session, decision,
                     {decision == Decision::Reject ? tr("Reject %1").arg(q(creditMemoNumber(request.id)))
                                                   : tr("Approve %1").arg(q(creditMemoNumber(request.id))),
                      summaryOf(request), tr("e.g. the price list applies: the customer must pay")},
                     parent),
      id_(request.id) {}

ChangeDialog::Change CreditMemoDecisionDialog::change() {
    const Actor by = session().actor();
    if (decision() == Decision::Approve)
        return [id = id_, by](LedgerDatabase& db) { CreditMemoService(db).approve(id, by); };
    return [id = id_, reason = reason(), by](LedgerDatabase& db) { CreditMemoService(db).reject(id, reason, by); };
}

} // namespace duedesk::app
