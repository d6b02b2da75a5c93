// Cells of the ledger list.
#include "app/ledger/LedgerModel.h"

#include "app/common/ModelRoles.h"
#include "app/common/MoneyText.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>

namespace duedesk::app {
namespace {
QString q(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }
} // namespace

LedgerModel::LedgerModel(QObject* parent) : QAbstractTableModel(parent) {}

void LedgerModel::setListing(LedgerListing listing) {
    beginResetModel();
    reportingCurrency_ = listing.reportingCurrency;
    selection_.setRows(std::move(listing.rows));
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

void LedgerModel::setFilter(LedgerFilter filter) {
    beginResetModel();
    selection_.setFilter(std::move(filter));
    endResetModel();
}

void LedgerModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= columnCount()) return;
    beginResetModel();
    selection_.sortBy(static_cast<LedgerColumn>(column),
                      order == Qt::AscendingOrder ? SortOrder::Ascending : SortOrder::Descending);
    endResetModel();
}

int LedgerModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(selection_.shownCount());
}

int LedgerModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(kLedgerColumnCount);
}

QVariant LedgerModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) return {};
    const LedgerRow& r = ledgerRow(index.row());
    const auto column = static_cast<LedgerColumn>(index.column());
    const LedgerColumnSpec& spec = ledgerColumnSpec(column);
    if (column == LedgerColumn::NextFollowUp && isFollowUpDue(r, asOf_)) {
        // Work waiting: the follow-up has come.
        if (role == Qt::ForegroundRole) return QColor(0xb0, 0x00, 0x20);
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
    }
    switch (role) {
    case Qt::DisplayRole: return text(r, column);
    case RawValueRole:
        if (spec.sortKind == LedgerSortKind::Integer) return QVariant::fromValue<qint64>(ledgerSortInteger(r, column));
        return q(ledgerSortText(r, column));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(spec.numeric ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    default: return {};
    }
}

QString LedgerModel::text(const LedgerRow& r, LedgerColumn column) const {
    switch (column) {
    case LedgerColumn::Number: return q(r.number);
    case LedgerColumn::Name: return q(r.name);
    case LedgerColumn::Analyst: return r.analyst.empty() ? tr("(unassigned)") : q(r.analyst);
    case LedgerColumn::Currency: return q(r.currency.code());
    case LedgerColumn::Balance: return moneyText(r.balance, r.currency, locale_);
    case LedgerColumn::Unapplied: return r.unapplied ? moneyText(r.unapplied, r.currency, locale_) : QString();
    case LedgerColumn::Overdue: return moneyText(r.overdue, r.currency, locale_);
    case LedgerColumn::NetOverdue: return moneyText(r.netOverdue, r.currency, locale_);
    case LedgerColumn::NetOverdueConverted:
        // Never a guess: a currency without a rate says so.
        return r.netOverdueConverted ? moneyText(*r.netOverdueConverted, reportingCurrency_, locale_) : tr("no rate");
    case LedgerColumn::Disputed: return r.disputed ? moneyText(r.disputed, r.currency, locale_) : QString();
    case LedgerColumn::OldestDays: return r.oldestDaysPastDue ? locale_.toString(r.oldestDaysPastDue) : QString();
    case LedgerColumn::CreditLimit: return r.creditLimit ? moneyText(*r.creditLimit, r.currency, locale_) : QString();
    case LedgerColumn::CreditUse:
        return r.creditUsePercent ? QStringLiteral("%1%").arg(*r.creditUsePercent) : QString();
    case LedgerColumn::Risk: return q(r.riskClass);
    case LedgerColumn::LastContact: return r.lastContact ? q(r.lastContact->toIso()) : QString();
    case LedgerColumn::NextFollowUp: return r.nextFollowUp ? q(r.nextFollowUp->toIso()) : QString();
    }
    return {};
}

QVariant LedgerModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount()) return {};
    const auto column = static_cast<LedgerColumn>(section);
    if (column == LedgerColumn::NetOverdueConverted) {
        const QString code = q(reportingCurrency_.code());
        if (role == Qt::DisplayRole) return tr("Net overdue in %1").arg(code);
        if (role == Qt::ToolTipRole)
            return tr("Net overdue converted into %1 at the rates in force on the day; used to rank and filter "
                      "across currencies. Document amounts are never converted.")
                .arg(code);
    }
    if (column == LedgerColumn::Disputed && role == Qt::ToolTipRole)
        return tr("Open invoices under a dispute: withheld from chasing until it is resolved");
    if (column == LedgerColumn::NetOverdue && role == Qt::ToolTipRole)
        return tr("Overdue less the unapplied cash the customer has already sent, not below zero");
    if (role != Qt::DisplayRole) return {};
    // The core's headings are English literals; they translate in one
    // context of their own.
    return QCoreApplication::translate("duedesk::LedgerColumns",
                                       ledgerColumnSpec(static_cast<LedgerColumn>(section)).heading.data());
}

} // namespace duedesk::app
