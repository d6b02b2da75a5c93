// WriteOffsModel: write-off requests as the Write-offs page and an
// account's Write-offs tab list them: the id, account, customer, amount,
// reason, requester, day requested, state and who decided it. For an
// approver, a request they may not approve (their own, above their limit)
// is greyed, says so in its last column, and its tooltip gives the core's
// reason. The account's tab hides the account's columns.
#pragma once

#include "app/common/RowTableModel.h"

#include "duedesk/reports/WriteOffListing.h"

#include <vector>

namespace duedesk::app {

// The state as a window shows it: "Awaiting approval", "Approved", ...
QString writeOffStateText(WriteOffState state);
// The total per currency: "GBP 1,250.00" (", " between currencies).
QString writeOffTotalsText(const std::vector<Money>& totals);
// A core refusal as a sentence: "approval: frank's write-off limit ..." ->
// "Frank's write-off limit ...".
QString refusalSentence(const std::string& refusal);
// What marks a request the viewer may not approve: "Your own request",
// "Above your limit", ... (empty when they may).
QString approvalMarkText(const WriteOffListingRow& row);

enum class WriteOffColumn {
    Id,
    Account,
    Customer,
    Amount,
    Reason,
    Requester,
    RequestedOn,
    State,
    Approver,
    ForYou,
    Count
};

class WriteOffsModel final : public RowTableModel<WriteOffListingRow, WriteOffColumn> {
    Q_OBJECT
public:
    using RowTableModel::RowTableModel;
    QVariant data(const QModelIndex& index, int role) const override;

protected:
    QString heading(WriteOffColumn column) const override;
    QString text(const WriteOffListingRow& row, WriteOffColumn column) const override;
    QVariant rawValue(const WriteOffListingRow& row, WriteOffColumn column) const override;
    bool isNumeric(WriteOffColumn column) const override {
        return column == WriteOffColumn::Id || column == WriteOffColumn::Amount;
    }
};

} // namespace duedesk::app
