// Cells of the diary tables.
#include "app/diary/DiaryModels.h"

#include "app/account/AccountTexts.h"
#include "app/common/MoneyText.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QStringList>

#include <limits>

namespace duedesk::app {
namespace {
QString q(const std::string& s) { return QString::fromStdString(s); }
QString q(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }
// The code first, so that the digits of every row end at the same edge.
QString money(const Money& m) {
    return q(m.currency().code()) + QLatin1Char(' ') + moneyText(m.minorUnits(), m.currency());
}
} // namespace

QVariant WorkItemsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return RowTableModel::data(index, role);
    const WorkItem& item = rowAt(index.row());
    const bool missed = item.missedCommitments > 0;
    const auto column = static_cast<WorkItemColumn>(index.column());
    switch (role) {
    case Qt::FontRole:
        // A colleague's request for attention stands out as a broken promise does.
        if (missed || item.attention) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if (missed && column == WorkItemColumn::Reasons) return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case Qt::ToolTipRole:
        if (column == WorkItemColumn::Reasons) return text(item, column);
        return {};
    default: return RowTableModel::data(index, role);
    }
}

QString WorkItemsModel::heading(WorkItemColumn column) const {
    switch (column) {
    case WorkItemColumn::Rank: return tr("#");
    case WorkItemColumn::Score: return tr("Score");
    case WorkItemColumn::Account: return tr("Account");
    case WorkItemColumn::Name: return tr("Name");
    case WorkItemColumn::Overdue: return tr("Overdue");
    case WorkItemColumn::DaysPastDue: return tr("Days past due");
    case WorkItemColumn::Action: return tr("Action");
    case WorkItemColumn::FollowUp: return tr("Follow-up");
    case WorkItemColumn::Reasons: return tr("Why today");
    case WorkItemColumn::Count: break;
    }
    return {};
}

QString WorkItemsModel::text(const WorkItem& item, WorkItemColumn column) const {
    switch (column) {
    case WorkItemColumn::Rank: {
        // The rank is the item's place in the core's order, which the
        // model keeps.
        const auto at = &item - rows().data();
        return QString::number(at + 1);
    }
    case WorkItemColumn::Score: return QString::number(item.score);
    case WorkItemColumn::Account: return q(item.number);
    case WorkItemColumn::Name: return q(item.name);
    // A request for attention on an account that is not the team
    // leader's own has no overdue money of theirs to show.
    case WorkItemColumn::Overdue: return item.attention && item.overdue.isZero() ? QString() : money(item.overdue);
    case WorkItemColumn::DaysPastDue: return item.daysPastDue > 0 ? QString::number(item.daysPastDue) : QString();
    case WorkItemColumn::Action: return diaryActionText(item.action);
    case WorkItemColumn::FollowUp: return item.followUpDue ? q(item.followUpDue->toIso()) : QString();
    case WorkItemColumn::Reasons: {
        QStringList reasons;
        for (const std::string& r : item.reasons) reasons << q(r);
        return reasons.join(QStringLiteral("; "));
    }
    case WorkItemColumn::Count: break;
    }
    return {};
}

QVariant WorkItemsModel::rawValue(const WorkItem& item, WorkItemColumn column) const {
    switch (column) {
    case WorkItemColumn::Rank: return static_cast<qint64>(&item - rows().data());
    case WorkItemColumn::Score: return item.score;
    case WorkItemColumn::Overdue: return QVariant::fromValue<qint64>(item.overdue.minorUnits());
    case WorkItemColumn::DaysPastDue: return item.daysPastDue;
    case WorkItemColumn::FollowUp:
        // None sorts after every date.
        return QVariant::fromValue<qint64>(item.followUpDue ? item.followUpDue->dayNumber()
                                                            : std::numeric_limits<qint64>::max());
    default: return text(item, column);
    }
}

bool WorkItemsModel::isNumeric(WorkItemColumn column) const {
    return column == WorkItemColumn::Rank || column == WorkItemColumn::Score || column == WorkItemColumn::Overdue ||
           column == WorkItemColumn::DaysPastDue;
}

QString TeamQueuesModel::heading(TeamQueueColumn column) const {
    switch (column) {
    case TeamQueueColumn::Analyst: return tr("Analyst");
    case TeamQueueColumn::Due: return tr("Due");
    case TeamQueueColumn::Worked: return tr("Worked today");
    case TeamQueueColumn::FollowUpsLate: return tr("Follow-ups late");
    case TeamQueueColumn::MissedPromises: return tr("Missed promises/instalments");
    case TeamQueueColumn::Accounts: return tr("Accounts");
    case TeamQueueColumn::Overdue: return tr("Overdue (%1)").arg(q(reporting_.code()));
    case TeamQueueColumn::Count: break;
    }
    return {};
}

QString TeamQueuesModel::text(const AnalystQueue& row, TeamQueueColumn column) const {
    switch (column) {
    case TeamQueueColumn::Analyst:
        return row.analyst.fullName.empty() || row.analyst.fullName == row.analyst.name
                   ? q(row.analyst.name)
                   : tr("%1 (%2)").arg(q(row.analyst.fullName), q(row.analyst.name));
    case TeamQueueColumn::Due: return QString::number(row.day.due);
    case TeamQueueColumn::Worked: return QString::number(row.day.worked);
    case TeamQueueColumn::FollowUpsLate: return QString::number(row.day.overdueFollowUps);
    case TeamQueueColumn::MissedPromises: return QString::number(row.day.missedCommitments);
    case TeamQueueColumn::Accounts: return QString::number(row.accounts.size());
    case TeamQueueColumn::Overdue: {
        // What no rate converts is marked, and the view says what it is.
        QString total = moneyText(row.overdueConverted, reporting_);
        if (!row.overdueWithoutRate.empty()) total += QStringLiteral(" *");
        return total;
    }
    case TeamQueueColumn::Count: break;
    }
    return {};
}

QVariant TeamQueuesModel::rawValue(const AnalystQueue& row, TeamQueueColumn column) const {
    switch (column) {
    case TeamQueueColumn::Analyst: return q(row.analyst.name);
    case TeamQueueColumn::Due: return row.day.due;
    case TeamQueueColumn::Worked: return row.day.worked;
    case TeamQueueColumn::FollowUpsLate: return row.day.overdueFollowUps;
    case TeamQueueColumn::MissedPromises: return row.day.missedCommitments;
    case TeamQueueColumn::Accounts: return static_cast<qint64>(row.accounts.size());
    case TeamQueueColumn::Overdue: return QVariant::fromValue<qint64>(row.overdueConverted);
    case TeamQueueColumn::Count: break;
    }
    return {};
}

bool TeamQueuesModel::isNumeric(TeamQueueColumn column) const { return column != TeamQueueColumn::Analyst; }

} // namespace duedesk::app
