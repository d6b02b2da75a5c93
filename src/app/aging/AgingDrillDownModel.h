// AgingDrillDownModel: the documents behind one aging cell as a table,
// largest first: account, document, dates, days past due and the open
// amount, each cell with its raw value under RawValueRole.
#pragma once

#include "app/common/RowTableModel.h"

#include "duedesk/reports/AgingDrillDown.h"

namespace duedesk::app {

enum class DrillDownColumn { Account, Document, Date, Due, Days, Open, Count };

class AgingDrillDownModel final : public RowTableModel<AgingCellItem, DrillDownColumn> {
    Q_OBJECT
public:
    using RowTableModel::RowTableModel;

protected:
    QString heading(DrillDownColumn column) const override;
    QString text(const AgingCellItem& row, DrillDownColumn column) const override;
    QVariant rawValue(const AgingCellItem& row, DrillDownColumn column) const override;
    bool isNumeric(DrillDownColumn column) const override;
};

} // namespace duedesk::app
