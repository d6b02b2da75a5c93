// DisputeReportModel: the disputes active on a day by reason, per
// currency: how many, how much, and how many are past their service level.
#pragma once

#include "app/common/RowTableModel.h"

#include "duedesk/reports/DisputeReport.h"

namespace duedesk::app {

enum class DisputeReportColumn { Reason, Currency, Disputes, Amount, Late, Count };

class DisputeReportModel final : public RowTableModel<DisputeReportLine, DisputeReportColumn> {
    Q_OBJECT
public:
    using RowTableModel::RowTableModel;

protected:
    QString heading(DisputeReportColumn column) const override;
    QString text(const DisputeReportLine& row, DisputeReportColumn column) const override;
    QVariant rawValue(const DisputeReportLine& row, DisputeReportColumn column) const override;
    bool isNumeric(DisputeReportColumn column) const override {
        return column == DisputeReportColumn::Disputes || column == DisputeReportColumn::Amount ||
               column == DisputeReportColumn::Late;
    }
};

} // namespace duedesk::app
