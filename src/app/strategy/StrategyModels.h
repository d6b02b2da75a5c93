// The collection-strategy editor's tables as models: the strategies (name,
// active, steps, accounts that follow each), one strategy's steps, edited
// in place, and the segment rules in rank order.
#pragma once

#include "app/common/RowTableModel.h"

#include "duedesk/domain/CollectionStrategy.h"
#include "duedesk/domain/Currency.h"

#include <QAbstractTableModel>

#include <functional>
#include <optional>
#include <vector>

namespace duedesk::app {

struct StrategyListRow {
    Strategy strategy;
    int following = 0; // accounts that follow it now
    bool changed = false; // not saved yet
};

enum class StrategyColumn { Name, Active, Steps, Accounts, Count };

class StrategiesModel final : public RowTableModel<StrategyListRow, StrategyColumn> {
    Q_OBJECT
public:
    using RowTableModel::RowTableModel;
    static int section(StrategyColumn column) { return static_cast<int>(column); }
    // A strategy not saved yet shows in italics.
    QVariant data(const QModelIndex& index, int role) const override;

protected:
    QString heading(StrategyColumn column) const override;
    QString text(const StrategyListRow& row, StrategyColumn column) const override;
    QVariant rawValue(const StrategyListRow& row, StrategyColumn column) const override;
    bool isNumeric(StrategyColumn column) const override;
};

enum class StepColumn { DaysPastDue, Action, Label, Count };

// One strategy's steps in the order the team leader typed them. Under
// Qt::EditRole: the days as an int, the action by its name ("call"), the
// label as text.
class StepsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;
    static int section(StepColumn column) { return static_cast<int>(column); }

    void setSteps(std::vector<StrategyStep> steps);
    const std::vector<StrategyStep>& steps() const { return steps_; }
    // A step after the last: a few days after it, the same action.
    int addStep();
    void removeStep(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    // A step was changed, added or removed by the user.
    void edited();

private:
    std::vector<StrategyStep> steps_;
};

enum class RuleColumn { Rank, RiskClass, CustomerType, Overdue, Strategy, Challenger, Count };

class RulesModel final : public RowTableModel<StrategyRule, RuleColumn> {
    Q_OBJECT
public:
    using RowTableModel::RowTableModel;
    static int section(RuleColumn column) { return static_cast<int>(column); }
    // How a strategy's id is named in the table.
    void setStrategyName(std::function<QString(StrategyId)> name) { name_ = std::move(name); }
    // The currency the overdue bounds are in; without one they are minor units.
    void setReportingCurrency(std::optional<Currency> currency) { reporting_ = currency; }
    QString boundText(std::int64_t minor) const;

protected:
    QString heading(RuleColumn column) const override;
    QString text(const StrategyRule& row, RuleColumn column) const override;
    QVariant rawValue(const StrategyRule& row, RuleColumn column) const override;
    bool isNumeric(RuleColumn column) const override { return column == RuleColumn::Rank; }

private:
    std::function<QString(StrategyId)> name_;
    std::optional<Currency> reporting_;
};

} // namespace duedesk::app
