// DisputesModel: an account's disputes as its Disputes tab lists them,
// newest first: raised, reason, invoices, amount disputed, owner, state,
// due (in bold red once past its service level), closed, the latest note.
#pragma once

#include "app/common/RowTableModel.h"

#include "duedesk/domain/Date.h"
#include "duedesk/domain/Dispute.h"

namespace duedesk::app {

// The state as a window shows it, capitalised: "Resolved as credited".
QString disputeStateText(DisputeState state);

enum class DisputeColumn { Raised, Reason, Invoices, Disputed, Owner, State, Due, Closed, Note, Count };

class DisputesModel final : public RowTableModel<Dispute, DisputeColumn> {
    Q_OBJECT
public:
    using RowTableModel::RowTableModel;
    // The day the service levels are judged on.
    void setDay(Date day) { day_ = day; }
    QVariant data(const QModelIndex& index, int role) const override;

protected:
    QString heading(DisputeColumn column) const override;
    QString text(const Dispute& row, DisputeColumn column) const override;
    QVariant rawValue(const Dispute& row, DisputeColumn column) const override;
    bool isNumeric(DisputeColumn column) const override { return column == DisputeColumn::Disputed; }

private:
    Date day_ = Date::fromDayNumber(0);
};

} // namespace duedesk::app
