// The strategy editor's models.
#include "app/strategy/StrategyModels.h"

#include "app/account/AccountTexts.h"
#include "app/common/MoneyText.h"

#include <QFont>

namespace duedesk::app {
namespace {
QString q(const std::string& s) { return QString::fromStdString(s); }
} // namespace

QVariant StrategiesModel::data(const QModelIndex& index, int role) const {
    if (role == Qt::FontRole && index.isValid() && index.row() < rowCount() && rowAt(index.row()).changed) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    return RowTableModel::data(index, role);
}

QString StrategiesModel::heading(StrategyColumn column) const {
    switch (column) {
    case StrategyColumn::Name: return tr("Strategy");
    case StrategyColumn::Active: return tr("Active");
    case StrategyColumn::Steps: return tr("Steps");
    case StrategyColumn::Accounts: return tr("Accounts");
    case StrategyColumn::Count: break;
    }
    return {};
}

QString StrategiesModel::text(const StrategyListRow& row, StrategyColumn column) const {
    switch (column) {
    case StrategyColumn::Name: return q(row.strategy.name);
    case StrategyColumn::Active: return row.strategy.active ? tr("yes") : tr("no");
    case StrategyColumn::Steps: return QString::number(row.strategy.steps.size());
    case StrategyColumn::Accounts: return QString::number(row.following);
    case StrategyColumn::Count: break;
    }
    return {};
}

QVariant StrategiesModel::rawValue(const StrategyListRow& row, StrategyColumn column) const {
    switch (column) {
    case StrategyColumn::Steps: return static_cast<int>(row.strategy.steps.size());
    case StrategyColumn::Accounts: return row.following;
    default: return text(row, column);
    }
}

bool StrategiesModel::isNumeric(StrategyColumn column) const {
    return column == StrategyColumn::Steps || column == StrategyColumn::Accounts;
}

void StepsModel::setSteps(std::vector<StrategyStep> steps) {
    beginResetModel();
    steps_ = std::move(steps);
    endResetModel();
}

int StepsModel::addStep() {
    StrategyStep step;
    if (!steps_.empty()) {
        step.daysPastDue = steps_.back().daysPastDue + 5;
        step.action = steps_.back().action;
    }
    const int row = rowCount();
    beginInsertRows({}, row, row);
    steps_.push_back(step);
    endInsertRows();
    emit edited();
    return row;
}

void StepsModel::removeStep(int row) {
    if (row < 0 || row >= rowCount()) return;
    beginRemoveRows({}, row, row);
    steps_.erase(steps_.begin() + row);
    endRemoveRows();
    emit edited();
}

int StepsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(steps_.size());
}

int StepsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(StepColumn::Count);
}

QVariant StepsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const StrategyStep& step = steps_[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<StepColumn>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case StepColumn::DaysPastDue: return QStringLiteral("+%1").arg(step.daysPastDue);
        case StepColumn::Action: return diaryActionText(step.action);
        case StepColumn::Label: return q(step.label);
        case StepColumn::Count: break;
        }
        return {};
    case Qt::EditRole:
        switch (column) {
        case StepColumn::DaysPastDue: return step.daysPastDue;
        case StepColumn::Action: return QString::fromLatin1(diaryActionName(step.action));
        case StepColumn::Label: return q(step.label);
        case StepColumn::Count: break;
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(column == StepColumn::DaysPastDue ? Qt::AlignRight | Qt::AlignVCenter
                                                                     : Qt::AlignLeft | Qt::AlignVCenter);
    default: return {};
    }
}

bool StepsModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !index.isValid() || index.row() >= rowCount()) return false;
    StrategyStep& step = steps_[static_cast<std::size_t>(index.row())];
    switch (static_cast<StepColumn>(index.column())) {
    case StepColumn::DaysPastDue: {
        bool ok = false;
        const int days = value.toInt(&ok);
        if (!ok) return false;
        step.daysPastDue = days;
        break;
    }
    case StepColumn::Action: {
        const auto action = diaryActionFromName(value.toString().toStdString());
        if (!action) return false;
        step.action = *action;
        break;
    }
    case StepColumn::Label: step.label = value.toString().toStdString(); break;
    case StepColumn::Count: return false;
    }
    emit dataChanged(index, index);
    emit edited();
    return true;
}

Qt::ItemFlags StepsModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

QVariant StepsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole) return {};
    if (orientation == Qt::Vertical) return section + 1;
    switch (static_cast<StepColumn>(section)) {
    case StepColumn::DaysPastDue: return tr("Days past due");
    case StepColumn::Action: return tr("Action");
    case StepColumn::Label: return tr("What the step is");
    case StepColumn::Count: break;
    }
    return {};
}

QString RulesModel::boundText(std::int64_t minor) const {
    if (!reporting_) return tr("%1 (minor units)").arg(minor);
    return QStringLiteral("%1 %2").arg(q(std::string(reporting_->code())), moneyText(minor, *reporting_));
}

QString RulesModel::heading(RuleColumn column) const {
    switch (column) {
    case RuleColumn::Rank: return tr("Rank");
    case RuleColumn::RiskClass: return tr("Risk class");
    case RuleColumn::CustomerType: return tr("Customer type");
    case RuleColumn::Overdue: return tr("Overdue");
    case RuleColumn::Strategy: return tr("Strategy");
    case RuleColumn::Challenger: return tr("Challenger");
    case RuleColumn::Count: break;
    }
    return {};
}

QString RulesModel::text(const StrategyRule& r, RuleColumn column) const {
    const auto name = [this](StrategyId id) { return name_ ? name_(id) : QString::number(id); };
    switch (column) {
    case RuleColumn::Rank: return QString::number(r.rank);
    case RuleColumn::RiskClass: return r.riskClass.empty() ? tr("any") : q(r.riskClass);
    case RuleColumn::CustomerType: return r.customerType.empty() ? tr("any") : q(r.customerType);
    case RuleColumn::Overdue:
        if (r.minOverdue && r.maxOverdue)
            return tr("%1 to below %2").arg(boundText(*r.minOverdue), boundText(*r.maxOverdue));
        if (r.minOverdue) return tr("at least %1").arg(boundText(*r.minOverdue));
        if (r.maxOverdue) return tr("below %1").arg(boundText(*r.maxOverdue));
        return tr("any");
    case RuleColumn::Strategy: return r.strategyId == 0 ? tr("(none chosen)") : name(r.strategyId);
    case RuleColumn::Challenger:
        return r.challengerId ? tr("%1% take %2").arg(r.challengerPercent).arg(name(*r.challengerId)) : tr("none");
    case RuleColumn::Count: break;
    }
    return {};
}

QVariant RulesModel::rawValue(const StrategyRule& r, RuleColumn column) const {
    if (column == RuleColumn::Rank) return r.rank;
    return text(r, column);
}

} // namespace duedesk::app
