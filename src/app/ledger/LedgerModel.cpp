// Cells of the ledger list.
#include "app/ledger/LedgerModel.h"

#include "app/common/MoneyText.h"

#include <QColor>
#include <QFont>

namespace duedesk::app {

static_assert(static_cast<int>(LedgerSortKey::NextFollowUp) == LedgerModel::NextFollowUp,
              "the model's columns follow the core's sort keys");

LedgerModel::LedgerModel(QObject* parent) : QAbstractTableModel(parent) {}

void LedgerModel::setRows(std::vector<LedgerRow> rows) {
    beginResetModel();
    selection_.setRows(std::move(rows));
    endResetModel();
}

void LedgerModel::setFilter(LedgerFilter filter) {
    beginResetModel();
    selection_.setFilter(std::move(filter));
    endResetModel();
}

void LedgerModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= ColumnCount) return;
    beginResetModel();
    // The columns are declared in the order of the core's sort keys.
    selection_.sortBy(static_cast<LedgerSortKey>(column),
                      order == Qt::AscendingOrder ? SortOrder::Ascending : SortOrder::Descending);
    endResetModel();
}

int LedgerModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(selection_.shownCount());
}

int LedgerModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant LedgerModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) return {};
    const LedgerRow& r = ledgerRow(index.row());
    const auto text = [](const std::string& s) { return QString::fromStdString(s); };
    const bool numeric = index.column() >= Balance && index.column() <= CreditUse;
    if (index.column() == NextFollowUp && isFollowUpDue(r, asOf_)) {
        // Work waiting: the follow-up has come.
        if (role == Qt::ForegroundRole) return QColor(0xb0, 0x00, 0x20);
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(numeric ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
    case Number: return text(r.number);
    case Name: return text(r.name);
    case Analyst: return r.analyst.empty() ? tr("(unassigned)") : text(r.analyst);
    case CurrencyCode: return QString::fromLatin1(r.currency.code().data(), 3);
    case Balance: return moneyText(r.balance, r.currency, locale_);
    case Overdue: return moneyText(r.overdue, r.currency, locale_);
    case OldestDays: return r.oldestDaysPastDue ? QVariant(r.oldestDaysPastDue) : QVariant(QString());
    case CreditLimit: return r.creditLimit ? moneyText(*r.creditLimit, r.currency, locale_) : QString();
    case CreditUse: return r.creditUsePercent ? QStringLiteral("%1%").arg(*r.creditUsePercent) : QString();
    case Risk: return text(r.riskClass);
    case LastContact: return r.lastContact ? text(r.lastContact->toIso()) : QString();
    case NextFollowUp: return r.nextFollowUp ? text(r.nextFollowUp->toIso()) : QString();
    }
    return {};
}

QVariant LedgerModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Number: return tr("Account");
    case Name: return tr("Name");
    case Analyst: return tr("Analyst");
    case CurrencyCode: return tr("Currency");
    case Balance: return tr("Balance");
    case Overdue: return tr("Overdue");
    case OldestDays: return tr("Oldest days");
    case CreditLimit: return tr("Credit limit");
    case CreditUse: return tr("Use");
    case Risk: return tr("Risk");
    case LastContact: return tr("Last contact");
    case NextFollowUp: return tr("Follow-up");
    }
    return {};
}

} // namespace duedesk::app
