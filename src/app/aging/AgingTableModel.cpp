// Cells of the aging table.
#include "app/aging/AgingTableModel.h"

#include "app/common/ModelRoles.h"
#include "app/common/MoneyText.h"

#include <QFont>

namespace duedesk::app {

AgingTableModel::AgingTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void AgingTableModel::setTable(AgingTable table) {
    beginResetModel();
    table_ = std::move(table);
    endResetModel();
}

const AgingRow& AgingTableModel::agingRow(int row) const {
    const auto r = static_cast<std::size_t>(row);
    return r < table_.rows.size() ? table_.rows[r] : table_.totals[r - table_.rows.size()];
}

int AgingTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(table_.rows.size() + table_.totals.size());
}

int AgingTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : bucketCount() + 5; }

QVariant AgingTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) return {};
    const AgingRow& r = agingRow(index.row());
    const bool isTotal = static_cast<std::size_t>(index.row()) >= table_.rows.size();
    const int c = index.column();
    if (role == Qt::FontRole && isTotal) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(c >= 2 ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != RawValueRole) return {};
    if (c == 0) {
        const QString key = QString::fromStdString(r.key);
        return r.label.empty() ? key : key + QStringLiteral("  ") + QString::fromStdString(r.label);
    }
    if (c == 1) return QString::fromLatin1(r.currency.code().data(), 3);
    std::int64_t amount = 0;
    if (c - 2 < bucketCount())
        amount = r.buckets[static_cast<std::size_t>(c - 2)];
    else if (c - 2 == bucketCount())
        amount = r.unapplied;
    else if (c - 3 == bucketCount())
        amount = r.total;
    else
        amount = r.disputed;
    if (role == RawValueRole) return QVariant::fromValue<qint64>(amount);
    return moneyText(amount, r.currency, locale_);
}

QVariant AgingTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    if (section == 0) {
        switch (table_.options.grouping) {
        case OpenItemGrouping::Analyst: return tr("Analyst");
        case OpenItemGrouping::Account: return tr("Account");
        case OpenItemGrouping::Currency: return tr("Currency group");
        case OpenItemGrouping::RiskClass: return tr("Risk class");
        }
    }
    if (section == 1) return tr("Currency");
    if (section - 2 < bucketCount())
        return QString::fromStdString(table_.options.buckets.label(static_cast<std::size_t>(section - 2)));
    if (section - 2 == bucketCount()) return tr("Unapplied");
    // Part of the total, not added to it: what disputes withhold from chasing.
    return section - 3 == bucketCount() ? tr("Total") : tr("Disputed");
}

AgingSortProxy::AgingSortProxy(AgingTableModel& model, QObject* parent) : QSortFilterProxyModel(parent), model_(model) {
    setSortRole(RawValueRole);
    setSourceModel(&model);
}

bool AgingSortProxy::isTotal(const QModelIndex& index) const {
    return static_cast<std::size_t>(index.row()) >= model_.table().rows.size();
}

bool AgingSortProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    const bool ascending = sortOrder() == Qt::AscendingOrder;
    const bool leftTotal = isTotal(left);
    if (leftTotal != isTotal(right)) return ascending ? !leftTotal : leftTotal; // groups first either way
    // Totals keep the model's order (by currency) in either direction.
    if (leftTotal) return ascending ? left.row() < right.row() : left.row() > right.row();
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace duedesk::app
