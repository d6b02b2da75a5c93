// Cells of the drill-down list.
#include "app/aging/AgingDrillDownModel.h"

#include "app/common/MoneyText.h"

namespace duedesk::app {

QString AgingDrillDownModel::heading(DrillDownColumn column) const {
    switch (column) {
    case DrillDownColumn::Account: return tr("Account");
    case DrillDownColumn::Document: return tr("Document");
    case DrillDownColumn::Date: return tr("Date");
    case DrillDownColumn::Due: return tr("Due");
    case DrillDownColumn::Days: return tr("Days");
    case DrillDownColumn::Open: return tr("Open");
    case DrillDownColumn::Count: break;
    }
    return {};
}

QString AgingDrillDownModel::text(const AgingCellItem& i, DrillDownColumn column) const {
    switch (column) {
    case DrillDownColumn::Account: return QString::fromStdString(i.accountNumber);
    case DrillDownColumn::Document: return QString::fromStdString(i.documentNumber);
    case DrillDownColumn::Date: return QString::fromStdString(i.documentDate.toIso());
    case DrillDownColumn::Due: return QString::fromStdString(i.dueDate.toIso());
    case DrillDownColumn::Days: return i.daysPastDue ? QString::number(i.daysPastDue) : QString();
    case DrillDownColumn::Open: return moneyText(i.open.minorUnits(), i.open.currency());
    case DrillDownColumn::Count: break;
    }
    return {};
}

QVariant AgingDrillDownModel::rawValue(const AgingCellItem& i, DrillDownColumn column) const {
    switch (column) {
    case DrillDownColumn::Date: return QVariant::fromValue<qint64>(i.documentDate.dayNumber());
    case DrillDownColumn::Due: return QVariant::fromValue<qint64>(i.dueDate.dayNumber());
    case DrillDownColumn::Days: return i.daysPastDue;
    case DrillDownColumn::Open: return QVariant::fromValue<qint64>(i.open.minorUnits());
    default: return text(i, column);
    }
}

bool AgingDrillDownModel::isNumeric(DrillDownColumn column) const {
    return column == DrillDownColumn::Days || column == DrillDownColumn::Open;
}

} // namespace duedesk::app
