// DisputesModel: disputes as the Disputes page and an account's Disputes
// tab list them: the account, raised, reason, invoices, amount disputed,
// owner, state, due (in bold red once past its service level), closed and
// the latest note. The account's tab hides the account's columns.
#pragma once

#include "app/common/RowTableModel.h"

#include "duedesk/domain/Date.h"
#include "duedesk/domain/Dispute.h"
#include "duedesk/reports/DisputeReport.h"

#include <vector>

namespace duedesk::app {

// A dispute with the account it is on, as the user knows it.
struct DisputeRow {
    Dispute dispute;
    std::string accountNumber;
    std::string accountName;
};

// The listing's disputes as rows; `newestFirst` reverses the listing's
// order (by account, then the day raised), as an account's tab wants.
std::vector<DisputeRow> disputeRows(const DisputeListing& listing, bool newestFirst);
// "3 open · 1 past their service level".
QString disputeCountsText(const std::vector<DisputeRow>& rows, Date day);

// The state as a window shows it, capitalised: "Resolved as credited".
QString disputeStateText(DisputeState state);

enum class DisputeColumn { Account, Name, Raised, Reason, Invoices, Disputed, Owner, State, Due, Closed, Note, Count };

class DisputesModel final : public RowTableModel<DisputeRow, DisputeColumn> {
    Q_OBJECT
public:
    using RowTableModel::RowTableModel;
    // The day the service levels are judged on.
    void setDay(Date day) { day_ = day; }
    QVariant data(const QModelIndex& index, int role) const override;

protected:
    QString heading(DisputeColumn column) const override;
    QString text(const DisputeRow& row, DisputeColumn column) const override;
    QVariant rawValue(const DisputeRow& row, DisputeColumn column) const override;
    bool isNumeric(DisputeColumn column) const override { return column == DisputeColumn::Disputed; }

private:
    Date day_ = Date::fromDayNumber(0);
};

} // namespace duedesk::app
