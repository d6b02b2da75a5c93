// Cells of the Disputes page's summary by reason.
#include "app/dispute/DisputeReportModel.h"

#include "app/common/MoneyText.h"

namespace duedesk::app {

QString DisputeReportModel::heading(DisputeReportColumn column) const {
    switch (column) {
    case DisputeReportColumn::Reason: return tr("Reason");
    case DisputeReportColumn::Currency: return tr("Currency");
    case DisputeReportColumn::Disputes: return tr("Disputes");
    case DisputeReportColumn::Amount: return tr("Disputed");
    case DisputeReportColumn::Late: return tr("Past service level");
    case DisputeReportColumn::Count: break;
    }
    return {};
}

QString DisputeReportModel::text(const DisputeReportLine& row, DisputeReportColumn column) const {
    switch (column) {
    case DisputeReportColumn::Reason: return QString::fromStdString(row.key);
    case DisputeReportColumn::Currency: return QString::fromLatin1(row.currency.code().data(), 3);
    case DisputeReportColumn::Disputes: return QString::number(row.disputes);
    case DisputeReportColumn::Amount: return moneyText(row.amount, row.currency);
    case DisputeReportColumn::Late: return QString::number(row.pastServiceLevel);
    case DisputeReportColumn::Count: break;
    }
    return {};
}

QVariant DisputeReportModel::rawValue(const DisputeReportLine& row, DisputeReportColumn column) const {
    switch (column) {
    case DisputeReportColumn::Disputes: return row.disputes;
    case DisputeReportColumn::Amount: return QVariant::fromValue<qint64>(row.amount);
    case DisputeReportColumn::Late: return row.pastServiceLevel;
    default: return text(row, column);
    }
}

} // namespace duedesk::app
