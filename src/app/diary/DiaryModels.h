// The diary tables as models: the ranked worklist of one analyst's day,
// and the team leader's overview with a row per analyst. Cells give their
// text and, under RawValueRole, the raw value they sort on; an item with a
// missed promise or instalment shows in bold with its reasons in red.
#pragma once

#include "app/common/RowTableModel.h"
#include "app/diary/DiaryLoads.h"

namespace duedesk::app {

enum class WorkItemColumn { Rank, Score, Account, Name, Overdue, DaysPastDue, Action, FollowUp, Reasons, Count };

class WorkItemsModel final : public RowTableModel<WorkItem, WorkItemColumn> {
    Q_OBJECT
public:
    using RowTableModel::RowTableModel;
    static int section(WorkItemColumn column) { return static_cast<int>(column); }
    QVariant data(const QModelIndex& index, int role) const override;

protected:
    QString heading(WorkItemColumn column) const override;
    QString text(const WorkItem& row, WorkItemColumn column) const override;
    QVariant rawValue(const WorkItem& row, WorkItemColumn column) const override;
    bool isNumeric(WorkItemColumn column) const override;
};

enum class TeamQueueColumn { Analyst, Due, Worked, FollowUpsLate, MissedPromises, Accounts, Overdue, Count };

class TeamQueuesModel final : public RowTableModel<AnalystQueue, TeamQueueColumn> {
    Q_OBJECT
public:
    using RowTableModel::RowTableModel;
    static int section(TeamQueueColumn column) { return static_cast<int>(column); }
    // The currency the overdue column is converted into.
    void setReportingCurrency(Currency currency) { reporting_ = currency; }

protected:
    QString heading(TeamQueueColumn column) const override;
    QString text(const AnalystQueue& row, TeamQueueColumn column) const override;
    QVariant rawValue(const AnalystQueue& row, TeamQueueColumn column) const override;
    bool isNumeric(TeamQueueColumn column) const override;

private:
    Currency reporting_;
};

} // namespace duedesk::app
